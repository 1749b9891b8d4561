//! `tournee import`: the interventions of a CSV file, of one day or of several (a date column),
//! become day files for `tournee solve` and `tournee export`, with the crew of a model day.

use super::core_errors::CoreError;
use super::help::HelpLanguage;
use super::messages::{Message, Needed};
use super::Args;
use crate::io::{import_interventions_csv_bytes, read_day_json, CsvImport, InterventionsByDate};
use crate::model::Day;
use std::path::Path;

/// Reads the CSV file named first and the crew's model day (`--day`), and writes one day file
/// per date into the folder `-o`: `journee-YYYY-MM-DD.json`, the model day with that date and
/// the file's interventions of that date. A file without a date column gives one day, at the
/// model day's date.
///
/// Every problem of the file is listed, located, and nothing is written while there is one, so
/// the file is fixed once and the days never go out half imported. Returns what was written
/// and the import's warnings.
pub fn run(args: &Args) -> Result<String, String> {
    let path = args.positional(0, Needed::InterventionsFile)?;
    let model_path = args.option("day").ok_or(Message::MissingOption(Needed::ModelDay))?;
    let folder = args.option("o").ok_or(Message::MissingOption(Needed::OutputFolder))?;
    let bytes = std::fs::read(path).map_err(|e| Message::at(path, e))?;
    let model_text = std::fs::read_to_string(model_path).map_err(|e| Message::at(model_path, e))?;
    let model = read_day_json(&model_text).map_err(|e| Message::at(model_path, CoreError::from(e)))?;
    let import = import_interventions_csv_bytes(&bytes);
    if !import.errors.is_empty() {
        let problems: Vec<String> = import.errors.iter().map(|e| format!("  {}", CoreError::from(e.clone()))).collect();
        let refused = Message::ImportRefused { file: path.to_string(), problems: import.errors.len() };
        return Err(format!("{refused}\n{}", problems.join("\n")));
    }
    let language = HelpLanguage::from_environment().words();
    let warnings = import.warnings.iter().map(|w| format!("  {}", language.import_warning(&w.location, &w.error)));
    let warnings: Vec<String> = warnings.collect();
    let mut lines = Vec::new();
    for (date, interventions) in days_of(import, &model) {
        let day = Day { date, interventions, ..model.clone() };
        let written = Path::new(folder).join(format!("journee-{date}.json"));
        // A day of plain data (validated ids, calendar dates, finite coordinates) always serialises.
        let text = serde_json::to_string_pretty(&day).expect("a day always serialises to JSON");
        std::fs::write(&written, text).map_err(|e| Message::at(written.display(), e))?;
        let path = written.display().to_string();
        lines.push(Message::DayWritten { path, interventions: day.interventions.len() }.to_string());
    }
    lines.extend(warnings);
    Ok(lines.join("\n"))
}

/// The interventions of each day: the file's dates, or the model day's date for a file without.
fn days_of(import: CsvImport, model: &Day) -> InterventionsByDate {
    match import.days {
        Some(days) => days,
        None => InterventionsByDate::from([(model.date, import.interventions)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::IsoDate;

    const MODEL: &str = include_str!("../../static/demo/journee-andorre.json");

    /// A fresh folder holding the model day and `csv`, and `tournee import` run on them.
    fn import(name: &str, csv: &str) -> (std::path::PathBuf, Result<String, String>) {
        let dir = std::env::temp_dir().join(format!("tournee-import-{name}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (model, file) = (dir.join("model.json"), dir.join("interventions.csv"));
        std::fs::write(&model, MODEL).unwrap();
        std::fs::write(&file, csv).unwrap();
        let words = [file.to_str().unwrap(), "--day", model.to_str().unwrap(), "-o", dir.to_str().unwrap()];
        let outcome = run(&Args::parse(&words).unwrap());
        (dir, outcome)
    }

    fn day_file(dir: &Path, date: &str) -> Day {
        read_day_json(&std::fs::read_to_string(dir.join(format!("journee-{date}.json"))).unwrap()).unwrap()
    }

    #[test]
    fn a_file_of_several_days_becomes_one_day_file_per_date_with_the_models_crew() {
        let csv = "id;jour;commune;durée\nA;2026-12-09;Allos;30\nB;08/12/2026;Colmars;45\nC;09/12/2026;Allos;20\n";
        let (dir, outcome) = import("days", csv);
        let printed = outcome.unwrap();
        assert_eq!(printed.lines().count(), 2, "{printed}");
        let model = read_day_json(MODEL).unwrap();
        let tuesday = day_file(&dir, "2026-12-08");
        assert_eq!(tuesday.date, "2026-12-08".parse::<IsoDate>().unwrap());
        assert_eq!(tuesday.technicians, model.technicians, "the crew of the model day");
        let ids = |day: &Day| day.interventions.iter().map(|job| job.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&tuesday), ["B"]);
        assert_eq!(ids(&day_file(&dir, "2026-12-09")), ["A", "C"]);
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_file_without_dates_is_the_model_days_and_a_file_with_problems_writes_nothing() {
        let (dir, outcome) = import("one", "id;commune;durée\nA;Allos;30\n");
        outcome.unwrap();
        let model = read_day_json(MODEL).unwrap();
        let day = day_file(&dir, &model.date.to_string());
        assert_eq!(day.interventions.len(), 1);
        std::fs::remove_dir_all(&dir).unwrap();

        let (dir, outcome) = import("bad", "id;date;commune;durée\nA;2026-12-08;Allos;30\nB;31/04/2026;Allos;30\n");
        let refused = outcome.unwrap_err();
        assert!(refused.contains("31/04/2026"), "{refused}");
        assert!(!dir.join("journee-2026-12-08.json").exists(), "nothing written while a row is wrong");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
