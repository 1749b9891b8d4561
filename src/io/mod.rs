//! Reading and writing days and plans in the formats users bring.
//!
//! Every format converts into the one model of [`crate::model`]. Errors name
//! the line and column so a dispatcher can fix the file, and valid rows are
//! kept (see [`Located`]).

mod csv_columns;
mod csv_errors;
mod csv_fields;
mod csv_interventions;
mod csv_reader;
mod csv_row;
mod json_day;
mod located;
mod merge;
pub mod solomon;

pub use csv_errors::{CsvError, CsvWarning};
pub use csv_interventions::{
    import_interventions_csv, import_interventions_csv_bytes, CsvImport, MAX_CSV_BYTES, MAX_CSV_ROWS,
};
pub use json_day::{read_day_json, DayFileError};
pub use located::{Located, Location};
pub use merge::{merge_interventions, MergeConflict, MergeOutcome};
