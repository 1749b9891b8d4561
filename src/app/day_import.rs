//! The morning import in the app: a CSV file or pasted text adds interventions to the day,
//! a JSON day file replaces the day. Nothing the user entered is lost: the untouched demo
//! day may be replaced, the user's own day is only added to, and a conflicting import
//! keeps the existing intervention.

use super::day_store::DayOrigin;
use crate::io::{
    import_interventions_csv_bytes, merge_interventions, read_day_json, CsvError, CsvWarning, DayFileError, Located,
    MergeConflict, MAX_CSV_BYTES,
};
use crate::model::{free_day, Day, IsoDate};
use crate::plan::day_problem::MAX_DAY_INTERVENTIONS;

/// What an import did, for the report shown to the user.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportReport {
    /// Ids added to the day.
    pub added: Vec<String>,
    /// Ids already there with the same content.
    pub unchanged: usize,
    /// Ids already there with other content: the existing one is kept.
    pub conflicts: Vec<MergeConflict>,
    /// Rows or files refused, with their line and column (worded by [`super::import_texts`]).
    pub errors: Vec<ImportIssue>,
    /// Remarks that refused nothing, with their line and column.
    pub warnings: Vec<Located<CsvWarning>>,
    /// Rows read in the file (valid or not).
    pub rows: usize,
    /// What the import replaced.
    pub replaced: Replaced,
    /// Jobs added to other days (a CSV with a date column), by date.
    pub other_days: Vec<(IsoDate, usize)>,
}

/// What an import gives: the day on screen changed (None: unchanged), the other days it changed
/// (each whole, to store), and the report.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Imported {
    /// The day on screen, if the import changed it.
    pub day: Option<Day>,
    /// The other days the import added to, by date.
    pub other_days: Vec<Day>,
    /// What was done.
    pub report: ImportReport,
}

/// Why an import, or a row of it, was refused.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportIssue {
    /// The text (or the file named) is over `max` bytes: refused before it is read.
    TooBig {
        /// The file chosen; None for pasted text.
        file: Option<String>,
        /// Size of the text.
        bytes: usize,
        /// The most accepted.
        max: usize,
    },
    /// The day would hold more interventions than the optimiser plans: nothing is imported.
    OverPlannerLimit {
        /// Interventions the day would hold.
        interventions: usize,
        /// The most the optimiser plans.
        max: usize,
    },
    /// The browser could not read the file chosen.
    FileUnreadable {
        /// Its name.
        file: String,
    },
    /// The day is not loaded yet, so there is nothing to import into.
    DayNotLoaded,
    /// A CSV row (or the whole CSV file) refused.
    Row(Located<CsvError>),
    /// A JSON day file refused.
    DayFile(Located<DayFileError>),
}

impl ImportIssue {
    /// Whether it refuses the whole file (nothing is imported), not one row of it.
    pub fn refuses_the_file(&self) -> bool {
        !matches!(self, ImportIssue::Row(_))
    }
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

/// Imports the file or pasted text `bytes` into `current`; rows of a CSV dated another day go to
/// that day (`stored` gives the one kept on the phone, else it is an empty day of `current`'s
/// crew).
///
/// The day on screen is None in the result when nothing valid was found for it, or when a day
/// would hold more than the optimiser can plan (then nothing at all is imported). Text over
/// [`MAX_CSV_BYTES`], file or pasted, is refused before it is read.
pub fn import_into(
    current: &Day,
    origin: DayOrigin,
    bytes: &[u8],
    stored: &dyn Fn(IsoDate) -> Option<Day>,
) -> Imported {
    if bytes.len() > MAX_CSV_BYTES {
        let error = ImportIssue::TooBig { file: None, bytes: bytes.len(), max: MAX_CSV_BYTES };
        return Imported {
            report: ImportReport { errors: vec![error], ..ImportReport::default() },
            ..Imported::default()
        };
    }
    let without_bom = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut imported = if without_bom.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        let (day, report) = import_day_file(bytes);
        Imported { day, other_days: Vec::new(), report }
    } else {
        import_csv(current, origin, bytes, stored)
    };
    let too_big =
        imported.day.iter().chain(&imported.other_days).find(|day| day.interventions.len() > MAX_DAY_INTERVENTIONS);
    if let Some(day) = too_big {
        let error =
            ImportIssue::OverPlannerLimit { interventions: day.interventions.len(), max: MAX_DAY_INTERVENTIONS };
        imported.report.errors.push(error);
        imported.report.added.clear();
        imported.report.other_days.clear();
        imported.day = None;
        imported.other_days.clear();
    }
    imported
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
        Err(error) => (None, ImportReport { errors: vec![ImportIssue::DayFile(error)], ..ImportReport::default() }),
    }
}

/// CSV rows: added to the user's day, or replacing the demo's interventions; rows dated another
/// day added to that day.
fn import_csv(current: &Day, origin: DayOrigin, bytes: &[u8], stored: &dyn Fn(IsoDate) -> Option<Day>) -> Imported {
    let import = import_interventions_csv_bytes(bytes);
    let mut report = ImportReport {
        errors: import.errors.into_iter().map(ImportIssue::Row).collect(),
        warnings: import.warnings,
        rows: import.rows,
        ..ImportReport::default()
    };
    let (todays, dated) = match import.days {
        None => (import.interventions, Default::default()),
        Some(mut days) => (days.remove(&current.date).unwrap_or_default(), days),
    };
    let mut other_days = Vec::new();
    for (date, jobs) in dated {
        let base = stored(date).unwrap_or_else(|| free_day(current, date));
        let merged = merge_interventions(&base.interventions, jobs);
        report.other_days.push((date, merged.added.len()));
        report.unchanged += merged.unchanged.len();
        report.conflicts.extend(merged.conflicts);
        if !merged.added.is_empty() {
            other_days.push(Day { interventions: merged.interventions, ..base });
        }
    }
    if todays.is_empty() {
        return Imported { day: None, other_days, report };
    }
    let demo = origin == DayOrigin::Demo;
    let existing = if demo { &[][..] } else { &current.interventions[..] };
    let merged = merge_interventions(existing, todays);
    report.added = merged.added;
    report.unchanged += merged.unchanged.len();
    report.conflicts.extend(merged.conflicts);
    report.replaced = if demo { Replaced::DemoInterventions } else { Replaced::Nothing };
    let day = Day { interventions: merged.interventions, ..current.clone() };
    Imported { day: Some(day), other_days, report }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Intervention;

    const DEMO: &str = include_str!("../../static/demo/journee-andorre.json");
    const HAUT_VERDON: &str = include_str!("../../static/demo/interventions-haut-verdon.csv");
    const WITH_ERRORS: &str = include_str!("../../static/demo/interventions-erreurs.csv");

    /// An import into `current` alone (no other day stored).
    fn import_today(current: &Day, origin: DayOrigin, bytes: &[u8]) -> (Option<Day>, ImportReport) {
        let imported = import_into(current, origin, bytes, &|_| None);
        assert!(imported.other_days.is_empty(), "rows of one day only");
        (imported.day, imported.report)
    }

    fn demo() -> Day {
        read_day_json(DEMO).unwrap()
    }

    #[test]
    fn a_csv_replaces_the_untouched_demo_but_adds_to_the_users_day() {
        let (day, report) = import_today(&demo(), DayOrigin::Demo, HAUT_VERDON.as_bytes());
        let day = day.unwrap();
        assert_eq!(report.replaced, Replaced::DemoInterventions);
        assert_eq!(day.interventions.len(), 15);
        assert_eq!(day.technicians, demo().technicians);
        let (mine, report) = import_today(&demo(), DayOrigin::User, HAUT_VERDON.as_bytes());
        assert_eq!(report.replaced, Replaced::Nothing);
        assert_eq!(mine.unwrap().interventions.len(), 25 + 15);
    }

    #[test]
    fn importing_twice_changes_nothing_and_conflicts_keep_the_existing_job() {
        let (day, _) = import_today(&demo(), DayOrigin::Demo, HAUT_VERDON.as_bytes());
        let day = day.unwrap();
        let (again, report) = import_today(&day, DayOrigin::User, HAUT_VERDON.as_bytes());
        assert_eq!(again.unwrap(), day);
        assert_eq!((report.added.len(), report.unchanged), (0, 15));
        let edited = HAUT_VERDON.replacen("1h30", "2h", 1);
        let (kept, report) = import_today(&day, DayOrigin::User, edited.as_bytes());
        assert_eq!(kept.unwrap(), day, "the existing version is kept");
        assert_eq!(report.conflicts.len(), 1);
        assert_eq!(report.conflicts[0].differences(), ["durée"]);
    }

    /// A CSV of `rows` interventions in Colmars, ids starting with `prefix`.
    fn many_rows(prefix: &str, rows: usize) -> String {
        let mut csv = String::from("id,client,commune,durée\n");
        for i in 0..rows {
            csv.push_str(&format!("{prefix}{i},Client {i},Colmars,30\n"));
        }
        csv
    }

    #[test]
    fn imports_that_would_pass_what_the_optimiser_plans_are_refused_whole_even_added_up() {
        let (day, _) = import_today(&demo(), DayOrigin::User, many_rows("A", 1_000).as_bytes());
        let day = day.expect("1,025 interventions: planned");
        let (refused, report) = import_today(&day, DayOrigin::User, many_rows("B", 500).as_bytes());
        assert_eq!(refused, None, "1,525 once added up");
        assert!(report.added.is_empty());
        assert_eq!(report.errors, [ImportIssue::OverPlannerLimit { interventions: 1525, max: 1500 }]);
        let mut big = demo();
        let job = big.interventions[0].clone();
        big.interventions =
            (0..=MAX_DAY_INTERVENTIONS).map(|i| Intervention { id: format!("J{i}"), ..job.clone() }).collect();
        let (refused, report) = import_today(&demo(), DayOrigin::User, &serde_json::to_vec(&big).unwrap());
        assert_eq!(refused, None, "a day file too");
        assert_eq!(report.errors, [ImportIssue::OverPlannerLimit { interventions: 1501, max: 1500 }], "a day file too");
        let huge = format!("{{\"date\":\"{}\"}}", " ".repeat(MAX_CSV_BYTES));
        let (refused, report) = import_today(&demo(), DayOrigin::User, huge.as_bytes());
        assert_eq!(refused, None);
        assert_eq!(report.errors, [ImportIssue::TooBig { file: None, bytes: huge.len(), max: MAX_CSV_BYTES }]);
    }

    #[test]
    fn bad_rows_are_reported_with_their_line_and_the_good_ones_kept() {
        let (day, report) = import_today(&demo(), DayOrigin::User, WITH_ERRORS.as_bytes());
        assert!(
            report.errors.iter().any(|e| matches!(e, ImportIssue::Row(row) if row.location.line == 3)),
            "{:?}",
            report.errors
        );
        assert!(!report.added.is_empty());
        assert_eq!(day.unwrap().interventions.len(), 25 + report.added.len());
    }

    #[test]
    fn a_json_day_replaces_the_day_and_a_broken_one_changes_nothing() {
        let (day, report) = import_today(&demo(), DayOrigin::User, DEMO.as_bytes());
        assert_eq!(report.replaced, Replaced::WholeDay);
        assert_eq!(day.unwrap(), demo());
        let broken = DEMO.replacen("\"08:00\"", "\"8 heures\"", 1);
        let (day, report) = import_today(&demo(), DayOrigin::User, broken.as_bytes());
        assert!(day.is_none());
        assert!(
            matches!(&report.errors[..], [ImportIssue::DayFile(Located { error: DayFileError::Time { .. }, location })] if location.line > 1),
            "{:?}",
            report.errors
        );
    }

    #[test]
    fn a_dated_csv_adds_todays_rows_to_the_day_and_the_others_to_their_days() {
        let today = demo();
        let rows = |date: &str, ids: &[&str]| -> String {
            ids.iter().map(|id| format!("{id},Client {id},42.5345,1.5805,30,{date}\n")).collect()
        };
        let csv = format!(
            "id,client,lat,lon,duree,date\n{}{}{}",
            rows("2026-11-26", &["D-1"]),
            rows("27/11/2026", &["D-2", "D-3"]),
            rows("2026-11-30", &["D-4"])
        );
        let mut friday = free_day(&today, "2026-11-27".parse().unwrap());
        friday.interventions = today.interventions[..1].to_vec();
        let kept = friday.clone();
        let imported = import_into(&today, DayOrigin::User, csv.as_bytes(), &move |date| {
            (date == kept.date).then(|| kept.clone())
        });
        assert!(imported.report.errors.is_empty(), "{:?}", imported.report.errors);
        assert_eq!(imported.report.added, ["D-1"]);
        assert_eq!(imported.day.unwrap().interventions.len(), 26);
        let dates: Vec<String> = imported.report.other_days.iter().map(|(d, n)| format!("{d}:{n}")).collect();
        assert_eq!(dates, ["2026-11-27:2", "2026-11-30:1"]);
        let [friday_after, monday] = &imported.other_days[..] else { panic!("two other days") };
        assert_eq!(friday_after.interventions.len(), 3, "added to the day kept on the phone");
        assert_eq!(friday_after.technicians, today.technicians);
        assert_eq!(monday.interventions.len(), 1, "a new day of the same crew");
        assert_eq!(monday.technicians, today.technicians);

        let elsewhere = format!("id,client,lat,lon,duree,date\n{}", rows("2026-11-30", &["D-9"]));
        let imported = import_into(&today, DayOrigin::User, elsewhere.as_bytes(), &|_| None);
        assert_eq!(imported.day, None, "nothing for the day on screen: it is left as it is");
        assert_eq!(imported.other_days.len(), 1);
    }
}
