//! What can be wrong with a day file, typed: the JSON reader's failure turned into a code with
//! the field and the value it concerns, so the app can say it in the user's language.

use super::{DateError, IsoDate, Located, Location};
use crate::model::{CoordinateError, DayError, LatLon, TimeError, TimeOfDay, TimeWindow};
use serde_json::error::Category;
use serde_json::Value;
use serde_path_to_error::{Path, Segment};
use thiserror::Error;

/// What can be wrong with a day file.
#[derive(Debug, Clone, PartialEq, Error, serde::Serialize, serde::Deserialize)]
pub enum DayFileError {
    /// The text stops being JSON here (a comma, a quote or a brace missing or in excess).
    #[error("not JSON")]
    NotJson,
    /// The text ends before the day does (a file cut short).
    #[error("the file ends too early")]
    CutShort,
    /// A field the day needs is absent.
    #[error("missing field \"{field}\"")]
    MissingField {
        /// Its JSON name.
        field: String,
    },
    /// A field given twice in the same object.
    #[error("field \"{field}\" given twice")]
    DuplicateField {
        /// Its JSON name.
        field: String,
    },
    /// A field holds the wrong kind of value (text where a number is expected, a number out of
    /// its type's range…).
    #[error("wrong kind of value in {}", field.as_deref().unwrap_or("the day"))]
    WrongKind {
        /// Its JSON name; `None` when the file as a whole is not a day (a list, a number).
        field: Option<String>,
    },
    /// A field holds a word it does not know (a priority `"haute"`, a skill `"plomberie"`).
    #[error("unknown value \"{word}\" in \"{field}\"")]
    UnknownWord {
        /// Its JSON name.
        field: String,
        /// The word given.
        word: String,
    },
    /// A time or an appointment window that is not one (`"25:00"`, an end before the start).
    #[error("\"{field}\": {error}")]
    Time {
        /// The JSON name of the time or of the window's list.
        field: String,
        /// What is wrong with it.
        error: TimeError,
    },
    /// A place whose latitude or longitude is out of range.
    #[error("\"{field}\": {error}")]
    Coordinate {
        /// The JSON name of the place.
        field: String,
        /// What is wrong with it.
        error: CoordinateError,
    },
    /// The JSON is well formed but the day cannot be planned as given.
    #[error(transparent)]
    Day(#[from] DayError),
    /// The date is not a calendar date: it decides which passes are closed, so it is never guessed.
    #[error("date: {0}")]
    Date(DateError),
}

/// The typed problem of a day file the JSON reader refused, at the line and column where it
/// stopped.
///
/// `text` is the whole file (to look again at the value the reader refused), `error` the
/// reader's failure and `path` the field it was reading (`None` once the day is read, for
/// text after it).
pub(super) fn day_file_error(text: &str, error: &serde_json::Error, path: Option<&Path>) -> Located<DayFileError> {
    let location = Location { line: error.line().max(1), column: Some(error.column().to_string()) };
    let error = match (error.classify(), path) {
        (Category::Eof, _) => DayFileError::CutShort,
        (Category::Data, Some(path)) => data_error(text, &error.to_string(), path),
        (Category::Data, None) => DayFileError::WrongKind { field: None },
        (Category::Syntax | Category::Io, _) => DayFileError::NotJson,
    };
    Located { location, error }
}

/// A well-formed file whose value at `path` is not what the day wants.
///
/// serde says which case it is by its `message` (`missing field`, `duplicate field`, `unknown
/// variant`, `invalid type` / `invalid value`); anything else is one of the model's own checks,
/// typed again from the value itself.
fn data_error(text: &str, message: &str, path: &Path) -> DayFileError {
    let field = path.iter().rev().find_map(|segment| match segment {
        Segment::Map { key } => Some(key.clone()),
        _ => None,
    });
    if let Some(name) = message.strip_prefix("missing field ").and_then(quoted_name) {
        return DayFileError::MissingField { field: name };
    }
    if let Some(name) = message.strip_prefix("duplicate field ").and_then(quoted_name) {
        return DayFileError::DuplicateField { field: name };
    }
    let value = serde_json::from_str::<Value>(text).ok().and_then(|whole| value_at(whole, path));
    match (field, value) {
        (Some(field), Some(Value::String(word))) if message.starts_with("unknown variant") => {
            DayFileError::UnknownWord { field, word }
        }
        (field, _) if message.starts_with("invalid type") || message.starts_with("invalid value") => {
            DayFileError::WrongKind { field }
        }
        (Some(field), Some(value)) => {
            checked_value_error(field.clone(), &value).unwrap_or(DayFileError::WrongKind { field: Some(field) })
        }
        (field, _) => DayFileError::WrongKind { field },
    }
}

/// The name between serde's backquotes: `` `id` `` → `id`.
fn quoted_name(text: &str) -> Option<String> {
    let rest = text.strip_prefix('`')?;
    rest.find('`').map(|end| rest[..end].to_string())
}

/// The value the reader was at, found again in the whole file.
fn value_at(whole: Value, path: &Path) -> Option<Value> {
    path.iter().try_fold(whole, |value, segment| match (segment, value) {
        (Segment::Map { key }, Value::Object(mut map)) => map.remove(key),
        (Segment::Seq { index }, Value::Array(mut items)) => (*index < items.len()).then(|| items.swap_remove(*index)),
        _ => None,
    })
}

/// Which of the model's checks refuses `value`: a date, a time, a window or a place.
fn checked_value_error(field: String, value: &Value) -> Option<DayFileError> {
    match value {
        Value::String(text) if field == "date" => text.parse::<IsoDate>().err().map(DayFileError::Date),
        Value::String(text) => text.parse::<TimeOfDay>().err().map(|error| DayFileError::Time { field, error }),
        Value::Object(map) => {
            if let (Some(Value::String(start)), Some(Value::String(end))) = (map.get("start"), map.get("end")) {
                let window = start.parse().and_then(|start| TimeWindow::new(start, end.parse()?));
                return window.err().map(|error| DayFileError::Time { field, error });
            }
            let lat = map.get("lat").and_then(Value::as_f64)?;
            let lon = map.get("lon").and_then(Value::as_f64)?;
            LatLon::new(lat, lon).err().map(|error| DayFileError::Coordinate { field, error })
        }
        _ => None,
    }
}

/// A sound day file: one technician, one job, each thing on its own line; the tests of the
/// day file's errors and of their words break it in one place each.
#[cfg(test)]
pub(crate) const SOUND_DAY_FILE: &str = r#"{
  "date": "2026-11-26",
  "technicians": [
    {"id": "T1", "name": "Léa", "skills": ["fibre"],
     "shift": {"start": "08:00", "end": "17:00",
               "start_place": {"lat": 43.85, "lon": 6.51}, "end_place": {"lat": 43.85, "lon": 6.51}}}
  ],
  "interventions": [
    {"id": "F-1", "customer": "Mairie de Thorame", "service_s": 1800, "priority": "normal",
     "location": {"lat": 44.1, "lon": 6.55},
     "skills": ["fibre", "copper"],
     "windows": [{"start": "08:00", "end": "10:00"}]}
  ]
}"#;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::read_day_json;

    const DAY: &str = SOUND_DAY_FILE;

    /// The typed error and its line for `DAY` with `from` replaced by `to`.
    fn refused(from: &str, to: &str) -> (DayFileError, usize) {
        assert!(DAY.contains(from), "{from}");
        let error = read_day_json(&DAY.replacen(from, to, 1)).unwrap_err();
        (error.error, error.location.line)
    }

    fn field(name: &str) -> String {
        name.to_string()
    }

    #[test]
    fn the_sound_day_reads() {
        let day = read_day_json(DAY).unwrap();
        assert_eq!(day.interventions[0].windows[0].to_string(), "08:00–10:00");
        assert_eq!(day.technicians[0].shift.start.to_string(), "08:00");
    }

    #[test]
    fn a_bad_time_or_window_is_typed_with_its_field_and_line() {
        let (start, end) = (TimeOfDay::from_hm(8, 0).unwrap(), TimeOfDay::from_hm(7, 0).unwrap());
        assert_eq!(
            refused("\"end\": \"10:00\"", "\"end\": \"07:00\""),
            (DayFileError::Time { field: field("windows"), error: TimeError::EndBeforeStart { start, end } }, 12)
        );
        assert_eq!(
            refused("\"end\": \"10:00\"", "\"end\": \"25:00\""),
            (DayFileError::Time { field: field("end"), error: TimeError::OutOfDay("25:00".into()) }, 12)
        );
        assert_eq!(
            refused("\"start\": \"08:00\", \"end\": \"17:00\"", "\"start\": \"8 heures\", \"end\": \"17:00\""),
            (DayFileError::Time { field: field("start"), error: TimeError::Unreadable("8 heures".into()) }, 5)
        );
    }

    #[test]
    fn a_place_off_the_map_is_typed_with_its_field_and_line() {
        assert_eq!(
            refused("\"lat\": 44.1", "\"lat\": 144.1"),
            (DayFileError::Coordinate { field: field("location"), error: CoordinateError::Latitude(144.1) }, 10)
        );
        assert_eq!(
            refused(
                "\"end_place\": {\"lat\": 43.85, \"lon\": 6.51}",
                "\"end_place\": {\"lat\": 43.85, \"lon\": 186.51}"
            ),
            (DayFileError::Coordinate { field: field("end_place"), error: CoordinateError::Longitude(186.51) }, 6)
        );
    }

    #[test]
    fn a_date_that_is_not_a_calendar_date_is_typed_at_its_line_not_taken_for_summer() {
        let (error, line) = refused("2026-11-26", "2026-02-30");
        assert_eq!(line, 2);
        assert_eq!(error, DayFileError::Date(DateError::Day { text: "2026-02-30".into(), days_in_month: 28 }));
        for bad in ["26/11/2026", "2026-13-01", ""] {
            let (error, line) = refused("2026-11-26", bad);
            assert!(matches!(error, DayFileError::Date(_)), "{bad}: {error}");
            assert_eq!(line, 2, "{bad}");
        }
    }

    #[test]
    fn unknown_words_wrong_kinds_and_missing_fields_are_typed() {
        assert_eq!(
            refused("\"fibre\", \"copper\"", "\"fibre\", \"plomberie\""),
            (DayFileError::UnknownWord { field: field("skills"), word: "plomberie".into() }, 11)
        );
        assert_eq!(refused("1800", "\"30 min\""), (DayFileError::WrongKind { field: Some(field("service_s")) }, 9));
        assert_eq!(refused("1800", "-5"), (DayFileError::WrongKind { field: Some(field("service_s")) }, 9));
        assert_eq!(
            refused("\"customer\": \"Mairie de Thorame\", ", ""),
            (DayFileError::MissingField { field: field("customer") }, 12)
        );
        assert_eq!(
            refused("\"service_s\": 1800,", "\"service_s\": 1800, \"service_s\": 900,"),
            (DayFileError::DuplicateField { field: field("service_s") }, 9)
        );
        assert_eq!(read_day_json("[1, 2]").unwrap_err().error, DayFileError::WrongKind { field: None });
    }

    #[test]
    fn text_that_is_not_json_or_is_cut_short_is_typed_at_its_line() {
        assert_eq!(refused("\"date\": \"2026-11-26\",", "\"date\": \"2026-11-26\""), (DayFileError::NotJson, 3));
        assert_eq!(refused("\n  ]\n}", "\n  ]\n}\n{}"), (DayFileError::NotJson, 15));
        let cut = read_day_json(&DAY[..200]).unwrap_err();
        assert_eq!(cut.error, DayFileError::CutShort);
        assert_eq!(cut.location.line, DAY[..200].lines().count());
        assert_eq!(read_day_json("").unwrap_err().error, DayFileError::CutShort);
    }
}
