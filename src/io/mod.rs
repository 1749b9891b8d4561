//! Reading and writing days and plans in the formats users bring.
//!
//! Every format converts into the one model of [`crate::model`]. Errors name
//! the line and column so a dispatcher can fix the file, and valid rows are
//! kept (see [`Located`]).

mod json_day;
mod located;
pub mod solomon;

pub use json_day::{read_day_json, DayFileError};
pub use located::{Located, Location};
