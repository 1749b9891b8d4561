//! The morning import in the app: a CSV file or pasted text adds interventions to the day,
//! a JSON day file replaces the day. Nothing the user entered is lost: the untouched demo
//! day may be replaced, the user's own day is only added to, and a conflicting import
//! keeps the existing intervention.

use super::day_store::DayOrigin;
use crate::io::{import_interventions_csv_bytes, merge_interventions, read_day_json, MergeConflict};
use crate::model::Day;

/// What an import did, for the report shown to the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportReport {
    /// Ids added to the day.
    pub added: Vec<String>,
    /// Ids already there with the same content.
    pub unchanged: usize,
    /// Ids already there with other content: the existing one is kept.
    pub conflicts: Vec<MergeConflict>,
    /// Rows or files refused, with their line and column.
    pub errors: Vec<String>,
    /// Remarks that refused nothing.
    pub warnings: Vec<String>,
    /// Rows read in the file (valid or not).
    pub rows: usize,
    /// What the import replaced.
    pub replaced: Replaced,
}

/// What an import replaced rather than added to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Replaced {
    /// Nothing: interventions were added to the day.
    #[default]
    Nothing,
    /// The demo day's interventions (the demo technicians stay until the user sets their own).
    DemoInterventions,
    /// The whole day (a JSON day file with its technicians).
    WholeDay,
}

/// Imports the file or pasted text `bytes` into `current`.
///
/// Returns the new day (None when nothing valid was found: the day is unchanged) and the report.
pub fn import_into(current: &Day, origin: DayOrigin, bytes: &[u8]) -> (Option<Day>, ImportReport) {
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if without_bom.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        import_day_file(bytes)
    } else {
        import_csv(current, origin, bytes)
    }
}

/// A JSON day file: the whole day, technicians included.
fn import_day_file(bytes: &[u8]) -> (Option<Day>, ImportReport) {
    let text = String::from_utf8_lossy(bytes);
    match read_day_json(&text) {
        Ok(day) => {
            let added = day.interventions.iter().map(|job| job.id.clone()).collect();
            let report = ImportReport {
                added,
                rows: day.interventions.len(),
                replaced: Replaced::WholeDay,
                ..ImportReport::default()
            };
            (Some(day), report)
        }
        Err(error) => (None, ImportReport { errors: vec![error.to_string()], ..ImportReport::default() }),
    }
}

/// CSV rows: added to the user's day, or replacing the demo's interventions.
fn import_csv(current: &Day, origin: DayOrigin, bytes: &[u8]) -> (Option<Day>, ImportReport) {
    let import = import_interventions_csv_bytes(bytes);
    let mut report = ImportReport {
        errors: import.errors.iter().map(ToString::to_string).collect(),
        warnings: import.warnings.iter().map(ToString::to_string).collect(),
        rows: import.rows,
        ..ImportReport::default()
    };
    if import.interventions.is_empty() {
        return (None, report);
    }
    let demo = origin == DayOrigin::Demo;
    let existing = if demo { &[][..] } else { &current.interventions[..] };
    let merged = merge_interventions(existing, import.interventions);
    report.added = merged.added;
    report.unchanged = merged.unchanged.len();
    report.conflicts = merged.conflicts;
    report.replaced = if demo { Replaced::DemoInterventions } else { Replaced::Nothing };
    let day = Day { interventions: merged.interventions, ..current.clone() };
    (Some(day), report)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../static/demo/journee-andorre.json");
    const HAUT_VERDON: &str = include_str!("../../static/demo/interventions-haut-verdon.csv");
    const WITH_ERRORS: &str = include_str!("../../static/demo/interventions-erreurs.csv");

    fn demo() -> Day {
        read_day_json(DEMO).unwrap()
    }

    #[test]
    fn a_csv_replaces_the_untouched_demo_but_adds_to_the_users_day() {
        let (day, report) = import_into(&demo(), DayOrigin::Demo, HAUT_VERDON.as_bytes());
        let day = day.unwrap();
        assert_eq!(report.replaced, Replaced::DemoInterventions);
        assert_eq!(day.interventions.len(), 15);
        assert_eq!(day.technicians, demo().technicians);
        let (mine, report) = import_into(&demo(), DayOrigin::User, HAUT_VERDON.as_bytes());
        assert_eq!(report.replaced, Replaced::Nothing);
        assert_eq!(mine.unwrap().interventions.len(), 25 + 15);
    }

    #[test]
    fn importing_twice_changes_nothing_and_conflicts_keep_the_existing_job() {
        let (day, _) = import_into(&demo(), DayOrigin::Demo, HAUT_VERDON.as_bytes());
        let day = day.unwrap();
        let (again, report) = import_into(&day, DayOrigin::User, HAUT_VERDON.as_bytes());
        assert_eq!(again.unwrap(), day);
        assert_eq!((report.added.len(), report.unchanged), (0, 15));
        let edited = HAUT_VERDON.replacen("1h30", "2h", 1);
        let (kept, report) = import_into(&day, DayOrigin::User, edited.as_bytes());
        assert_eq!(kept.unwrap(), day, "the existing version is kept");
        assert_eq!(report.conflicts.len(), 1);
        assert_eq!(report.conflicts[0].differences(), ["durée"]);
    }

    #[test]
    fn bad_rows_are_reported_with_their_line_and_the_good_ones_kept() {
        let (day, report) = import_into(&demo(), DayOrigin::User, WITH_ERRORS.as_bytes());
        assert!(report.errors.iter().any(|e| e.starts_with("ligne 3")), "{:?}", report.errors);
        assert!(!report.added.is_empty());
        assert_eq!(day.unwrap().interventions.len(), 25 + report.added.len());
    }

    #[test]
    fn a_json_day_replaces_the_day_and_a_broken_one_changes_nothing() {
        let (day, report) = import_into(&demo(), DayOrigin::User, DEMO.as_bytes());
        assert_eq!(report.replaced, Replaced::WholeDay);
        assert_eq!(day.unwrap(), demo());
        let broken = DEMO.replacen("\"08:00\"", "\"8 heures\"", 1);
        let (day, report) = import_into(&demo(), DayOrigin::User, broken.as_bytes());
        assert!(day.is_none());
        assert!(report.errors[0].starts_with("ligne "), "{:?}", report.errors);
    }
}
