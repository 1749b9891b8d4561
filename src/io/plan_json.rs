//! A day's plan as a JSON file: how a crew lead hands a technician their plan.
//!
//! The plan is wrapped in a small envelope, `{"format": "tournee-plan", "version": 1, "date": …,
//! "plan": …}`, so that a day file, another app's JSON or a plan from a newer version is refused
//! with a clear message rather than read as an empty plan.
//!
//! The plans of several days go in one file as a list of those envelopes, in date order, in
//! an envelope of its own: `{"format": "tournee-plans", "version": 1, "days": [{"format":
//! "tournee-plan", …}, …]}` ([`write_plans_json`]); each day of it is a plan file as one day's.

use super::planned_days::PlannedDays;
use super::{Located, Location};
use crate::model::DayPlan;
use crate::model::{DateError, IsoDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The `format` tag of a plan file.
const FORMAT: &str = "tournee-plan";
/// The envelope version this build writes and reads.
const VERSION: u64 = 1;
/// The `format` tag of a file of several days' plans.
const DAYS_FORMAT: &str = "tournee-plans";

/// What can be wrong with a plan file.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PlanFileError {
    /// The text is not JSON, or a field has the wrong type or an invalid value.
    #[error("{0}")]
    Syntax(String),
    /// The file is not a Tournée plan (a day file, or another app's JSON).
    #[error("not a Tournée plan (format {0:?}, expected \"tournee-plan\")")]
    WrongFormat(Option<String>),
    /// The plan was written by a newer (or unknown) version of the app: the version as written,
    /// `None` when the file has none.
    #[error("unsupported plan version {} (expected 1)", .0.as_deref().unwrap_or("missing"))]
    UnsupportedVersion(Option<String>),
    /// The plan's date is not a valid date.
    #[error(transparent)]
    Date(#[from] DateError),
}

/// A plan read from a file, with the date it is for.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanFile {
    /// The plan's date.
    pub date: IsoDate,
    /// The plan itself.
    pub plan: DayPlan,
}

/// The envelope as written.
#[derive(Serialize)]
struct Envelope<'a> {
    format: &'a str,
    version: u64,
    date: IsoDate,
    plan: &'a DayPlan,
}

/// The envelope of several days, as written.
#[derive(Serialize)]
struct DaysEnvelope<'a> {
    format: &'a str,
    version: u64,
    days: Vec<Envelope<'a>>,
}

/// The envelope's tags, read before the plan so that a foreign file gets the right message.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// The envelope as read, once its tags are known to be right.
#[derive(Deserialize)]
struct Body {
    date: String,
    plan: DayPlan,
}

/// The plan of `date` as pretty-printed JSON in its envelope.
pub fn write_plan_json(date: IsoDate, plan: &DayPlan) -> String {
    let envelope = Envelope { format: FORMAT, version: VERSION, date, plan };
    // Plain structs with string keys and finite numbers: serialising cannot fail.
    serde_json::to_string_pretty(&envelope).expect("a plan always serialises to JSON")
}

/// The plans of several dates as pretty-printed JSON: each day's plan in the envelope
/// [`write_plan_json`] writes, in date order, within an envelope `tournee-plans` of its own.
pub fn write_plans_json(days: &PlannedDays) -> String {
    let days =
        days.iter().map(|(&date, planned)| Envelope { format: FORMAT, version: VERSION, date, plan: planned.plan });
    let envelope = DaysEnvelope { format: DAYS_FORMAT, version: VERSION, days: days.collect() };
    // As for one day: plain structs, string keys, finite numbers.
    serde_json::to_string_pretty(&envelope).expect("plans always serialise to JSON")
}

/// Reads a plan file written by [`write_plan_json`].
///
/// Errors name the line and column: serde's position for syntax and field errors, the line of
/// the `format`, `version` or `date` key for a foreign file, a newer version or a bad date
/// (line 1 when the key is missing).
pub fn read_plan_json(text: &str) -> Result<PlanFile, Located<PlanFileError>> {
    let syntax = |e: serde_json::Error| Located {
        location: Location { line: e.line(), column: Some(e.column().to_string()) },
        error: PlanFileError::Syntax(e.to_string()),
    };
    let at_key = |key: &str, error| Located { location: key_location(text, key), error };
    let header: Header = serde_json::from_str(text).map_err(syntax)?;
    match header.format {
        Some(serde_json::Value::String(format)) if format == FORMAT => {}
        Some(serde_json::Value::String(format)) => {
            return Err(at_key("format", PlanFileError::WrongFormat(Some(format))))
        }
        Some(other) => return Err(at_key("format", PlanFileError::WrongFormat(Some(other.to_string())))),
        None => return Err(at_key("format", PlanFileError::WrongFormat(None))),
    }
    match header.version {
        Some(version) if version.as_u64() == Some(VERSION) => {}
        Some(version) => return Err(at_key("version", PlanFileError::UnsupportedVersion(Some(version.to_string())))),
        None => return Err(at_key("version", PlanFileError::UnsupportedVersion(None))),
    }
    let body: Body = serde_json::from_str(text).map_err(syntax)?;
    let date = body.date.parse::<IsoDate>().map_err(|e| at_key("date", e.into()))?;
    Ok(PlanFile { date, plan: body.plan })
}

/// Line and column of the key `key` of the outermost JSON object of `text` (line 1 if absent).
///
/// serde keeps no positions once a value is read, so the text is scanned again: strings are
/// skipped whole (a customer named "format" is no key), and only keys at depth 1 count.
fn key_location(text: &str, key: &str) -> Location {
    let (mut line, mut column, mut depth) = (1, 0, 0usize);
    let mut candidate: Option<(usize, usize)> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        column += 1;
        if c.is_whitespace() {
            if c == '\n' {
                (line, column) = (line + 1, 0);
            }
            continue;
        }
        if let Some((key_line, key_column)) = candidate.take() {
            if c == ':' {
                return Location { line: key_line, column: Some(key_column.to_string()) };
            }
        }
        match c {
            '{' | '[' => depth += 1,
            '}' | ']' => depth = depth.saturating_sub(1),
            '"' => {
                let (start_line, start_column) = (line, column);
                let mut content = String::new();
                while let Some(inner) = chars.next() {
                    column += 1;
                    match inner {
                        '"' => break,
                        '\\' => {
                            content.push(inner);
                            content.extend(chars.next());
                            column += 1;
                        }
                        '\n' => (line, column) = (line + 1, 0),
                        _ => content.push(inner),
                    }
                }
                if depth == 1 && content == key {
                    candidate = Some((start_line, start_column));
                }
            }
            _ => {}
        }
    }
    Location { line: 1, column: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::export_fixture;

    #[test]
    fn a_plan_round_trips_through_its_envelope() {
        let plan = export_fixture::plan();
        let text = write_plan_json(export_fixture::date(), &plan);
        assert!(text.starts_with("{\n  \"format\": \"tournee-plan\",\n  \"version\": 1,\n  \"date\": \"2026-11-26\""));
        let read = read_plan_json(&text).unwrap();
        assert_eq!(read, PlanFile { date: export_fixture::date(), plan });
    }

    #[test]
    fn a_day_file_is_refused_as_not_a_plan() {
        let day = serde_json::to_string_pretty(&export_fixture::day()).unwrap();
        let error = read_plan_json(&day).unwrap_err();
        assert_eq!(error.error, PlanFileError::WrongFormat(None));
        assert_eq!(error.location.line, 1);
        assert_eq!(error.to_string(), "line 1: not a Tournée plan (format None, expected \"tournee-plan\")");
    }

    #[test]
    fn a_wrong_format_or_version_is_located_at_its_key() {
        let text = write_plan_json(export_fixture::date(), &export_fixture::plan());
        let other = text.replace("\"tournee-plan\"", "\"tournee-jour\"");
        let error = read_plan_json(&other).unwrap_err();
        assert_eq!(error.error, PlanFileError::WrongFormat(Some("tournee-jour".into())));
        assert_eq!(error.location, Location { line: 2, column: Some("3".into()) });
        let newer = text.replace("\"version\": 1", "\"version\": 2");
        let error = read_plan_json(&newer).unwrap_err();
        assert_eq!(error.error, PlanFileError::UnsupportedVersion(Some("2".into())));
        assert_eq!(error.location.line, 3);
        assert!(error.to_string().starts_with("line 3, column 3: unsupported plan version 2"), "{error}");
        let unversioned = text.replace("\"version\": 1,", "");
        let error = read_plan_json(&unversioned).unwrap_err();
        assert_eq!(error.error, PlanFileError::UnsupportedVersion(None));
        assert!(error.to_string().ends_with("unsupported plan version missing (expected 1)"), "{error}");
        let bad_date = text.replace("2026-11-26", "2026-11-31");
        let error = read_plan_json(&bad_date).unwrap_err();
        assert!(matches!(error.error, PlanFileError::Date(DateError::Day { days_in_month: 30, .. })));
        assert_eq!(error.location.line, 4);
    }

    #[test]
    fn keys_inside_the_plan_or_inside_strings_are_not_mistaken_for_the_envelope() {
        let text = "{\"plan\": {\"format\": 1, \"note\": \"\\\"format\\\": 2\"},\n \"format\": \"x\"}";
        assert_eq!(key_location(text, "format"), Location { line: 2, column: Some("2".into()) });
        assert_eq!(key_location(text, "version"), Location { line: 1, column: None });
    }

    #[test]
    fn broken_json_is_located_by_serde() {
        let text = write_plan_json(export_fixture::date(), &export_fixture::plan()).replace("\"back_at\"", "back_at");
        let error = read_plan_json(&text).unwrap_err();
        assert!(matches!(error.error, PlanFileError::Syntax(_)));
        assert!(error.location.line > 4 && error.location.column.is_some(), "{error}");
    }
}
