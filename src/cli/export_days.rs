//! `tournee export`: day files planned and exported together, as one calendar, one spreadsheet
//! or one list of plan files covering their dates, its words in the locale's language.

use super::core_errors::CoreError;
use super::help::HelpLanguage;
use super::messages::{Message, Needed};
use super::solve::{options, plan_day, router};
use super::Args;
use crate::io::{
    export_days_file_name, read_day_json, write_ics_days, write_plan_csv_days, write_plans_json, PlannedDay,
    PlannedDays, UtcTime,
};
use crate::model::{Day, DayPlan};
use std::path::Path;

/// Plans each day file named (as `tournee solve` does, with its options) and writes the plans
/// of all their dates into one file of the folder `-o`, in the `--format` asked: `ics` (a
/// calendar; `--technician ID` keeps that technician's stops), `csv` (a spreadsheet with a date
/// column) or `json` (the plan files of the days). The file is named after the first and last
/// dates. Two files of the same date are refused, naming both.
pub fn run(args: &Args) -> Result<String, String> {
    args.positional(0, Needed::DayFile)?;
    let format = args.option("format").ok_or(Message::MissingOption(Needed::ExportFormat))?;
    if !["ics", "csv", "json"].contains(&format) {
        return Err(Message::UnknownExportFormat(format.to_string()).into());
    }
    let folder = args.option("o").ok_or(Message::MissingOption(Needed::OutputFolder))?;
    let router = router(args)?;
    let options = options(args)?;
    let mut days: Vec<(Day, DayPlan, &str)> = Vec::new();
    for path in &args.positional {
        let text = std::fs::read_to_string(path).map_err(|e| Message::at(path, e))?;
        let day = read_day_json(&text).map_err(|e| Message::at(path, CoreError::from(e)))?;
        if let Some((_, _, first)) = days.iter().find(|(other, _, _)| other.date == day.date) {
            let (date, first, second) = (day.date.to_string(), first.to_string(), path.clone());
            return Err(Message::SameDateTwice { date, first, second }.into());
        }
        let plan = plan_day(&day, router.as_ref(), options, args).map_err(|e| Message::at(path, e))?.plan;
        days.push((day, plan, path));
    }
    let planned: PlannedDays = days.iter().map(|(day, plan, _)| (day.date, PlannedDay { day, plan })).collect();
    let language = HelpLanguage::from_environment().words();
    let technician = args.option("technician").filter(|_| format == "ics");
    let text = match format {
        "ics" => write_ics_days(&planned, technician, now(), &language).map_err(|e| language.export_error(&e))?,
        "csv" => write_plan_csv_days(&planned, &language),
        _ => write_plans_json(&planned),
    };
    let name = technician.and_then(|id| {
        let technicians = days.iter().flat_map(|(_, plan, _)| &plan.technicians);
        technicians.into_iter().find(|tech| tech.technician == id).map(|tech| tech.name.as_str())
    });
    // At least one day file was read (the first positional is required), so the range exists.
    let (first, last) = (days.iter().map(|d| d.0.date).min(), days.iter().map(|d| d.0.date).max());
    let (Some(first), Some(last)) = (first, last) else { return Err(Message::MissingArgument(Needed::DayFile).into()) };
    let written = Path::new(folder).join(export_days_file_name(first, last, name, format));
    std::fs::write(&written, text).map_err(|e| Message::at(written.display(), e))?;
    Ok(Message::ExportWritten { path: written.display().to_string(), days: planned.len() }.to_string())
}

/// This moment, for the calendar's stamps.
fn now() -> UtcTime {
    let since_epoch = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    UtcTime::from_unix_seconds(i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MODEL: &str = include_str!("../../static/demo/journee-andorre.json");

    /// A fresh folder holding the demo day moved to each of `dates`, and their paths.
    fn folder_of_days(name: &str, dates: &[&str]) -> (std::path::PathBuf, Vec<String>) {
        let dir = std::env::temp_dir().join(format!("tournee-export-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let mut paths = Vec::new();
        for (index, date) in dates.iter().enumerate() {
            let day = Day { date: date.parse().unwrap(), ..read_day_json(MODEL).unwrap() };
            let path = dir.join(format!("day-{index}.json"));
            std::fs::write(&path, serde_json::to_string(&day).unwrap()).unwrap();
            paths.push(path.display().to_string());
        }
        (dir, paths)
    }

    fn export(paths: &[String], dir: &Path, extra: &[&str]) -> Result<String, String> {
        let mut words: Vec<&str> = paths.iter().map(String::as_str).collect();
        words.extend(["-o", dir.to_str().unwrap(), "--iterations", "50"]);
        words.extend(extra);
        run(&Args::parse(&words).unwrap())
    }

    #[test]
    fn three_day_files_give_one_file_per_format_named_after_the_range() {
        let (dir, paths) = folder_of_days("range", &["2026-12-10", "2026-12-08", "2026-12-09"]);
        export(&paths, &dir, &["--format", "csv"]).unwrap();
        let csv = std::fs::read_to_string(dir.join("tournee-2026-12-08-2026-12-10.csv")).unwrap();
        let dates: Vec<&str> = csv.split("\r\n").skip(1).filter(|row| !row.is_empty()).map(|row| &row[..10]).collect();
        assert_eq!(dates.first().copied(), Some("2026-12-08"));
        assert_eq!(dates.last().copied(), Some("2026-12-10"));
        assert!(dates.windows(2).all(|pair| pair[0] <= pair[1]), "rows in date order: {dates:?}");
        export(&paths, &dir, &["--format", "json"]).unwrap();
        let json = std::fs::read_to_string(dir.join("tournee-2026-12-08-2026-12-10.json")).unwrap();
        let json: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(json["days"].as_array().unwrap().len(), 3);
        let printed = export(&paths, &dir, &["--format", "ics"]).unwrap();
        assert!(printed.contains("tournee-2026-12-08-2026-12-10.ics"), "{printed}");
        let ics = std::fs::read_to_string(dir.join("tournee-2026-12-08-2026-12-10.ics")).unwrap();
        for date in ["20261208T", "20261209T", "20261210T"] {
            assert!(ics.contains(&format!("DTSTART:{date}")), "an event on {date}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn two_files_of_one_date_and_an_unknown_format_are_refused() {
        let (dir, paths) = folder_of_days("twice", &["2026-12-08", "2026-12-08"]);
        let refused = export(&paths, &dir, &["--format", "csv"]).unwrap_err();
        assert!(refused.contains(&paths[0]) && refused.contains(&paths[1]), "{refused}");
        let refused = export(&paths[..1], &dir, &["--format", "pdf"]).unwrap_err();
        assert!(refused.contains("pdf"), "{refused}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
