//! Reading and writing days and plans in the formats users bring.
//!
//! Every format converts into the one model of [`crate::model`]. Errors name
//! the line and column so a dispatcher can fix the file, and valid rows are
//! kept (see [`Located`]). The morning's interventions come in as CSV
//! ([`import_interventions_csv`]) and join the day without losing anything
//! already there ([`merge_interventions`]).
//!
//! A day's plan leaves the app as a calendar for the phone ([`write_ics`]), a GPS file for
//! navigation apps ([`write_gpx`]), a spreadsheet for the office ([`write_plan_csv`]) or a
//! plan file a crew lead hands to a technician ([`write_plan_json`]), named by
//! [`export_file_name`]. The plans of several days go out together ([`PlannedDays`]: a
//! calendar, a spreadsheet with a date column, a list of plan files), named by
//! [`export_days_file_name`]. Times go from Paris wall-clock to UTC through [`paris_to_utc`].

mod csv_columns;
mod csv_date;
mod csv_errors;
mod csv_fields;
mod csv_interventions;
mod csv_reader;
mod csv_row;
mod day_file_error;
mod day_report_json;
#[cfg(test)]
mod export_days_tests;
mod export_error;
#[cfg(test)]
pub(crate) mod export_fixture;
mod export_words;
mod file_name;
mod gpx;
mod ics;
mod ics_text;
mod intervention_fields;
mod json_day;
mod located;
mod merge;
pub mod paris_time;
mod plan_csv;
mod plan_json;
mod planned_days;
mod technician_fields;

pub use crate::model::{DateChar, DateError, IsoDate};
pub use csv_errors::{CsvError, CsvWarning};
pub use csv_fields::parse_skills;
pub use csv_interventions::{
    import_interventions_csv, import_interventions_csv_bytes, CsvImport, InterventionsByDate, MAX_CSV_BYTES,
    MAX_CSV_ROWS,
};
pub use day_file_error::DayFileError;
#[cfg(test)]
pub(crate) use day_file_error::SOUND_DAY_FILE;
pub use day_report_json::write_day_report_json;
pub use export_error::ExportError;
pub use export_words::{ExportWord, ExportWords, PLAN_CSV_COLUMNS};
pub use file_name::{export_days_file_name, export_file_name};
pub use gpx::write_gpx;
pub use ics::{write_ics, write_ics_days};
pub use intervention_fields::intervention_from_fields;
pub use json_day::{check_day, read_day_json};
pub use located::{Located, Location};
pub use merge::{merge_interventions, MergeConflict, MergeOutcome};
pub use paris_time::{paris_to_utc, utc_to_paris, UtcTime};
pub use plan_csv::{write_plan_csv, write_plan_csv_days};
pub use plan_json::{read_plan_json, write_plan_json, write_plans_json, PlanFile, PlanFileError};
pub use planned_days::{PlannedDay, PlannedDays};
pub use technician_fields::{
    fields_of, hours_and_minutes, read_place, technician_from_fields, PlaceError, TechnicianField, TechnicianFields,
    TechnicianProblem,
};
