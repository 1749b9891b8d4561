//! A day as a JSON file: the format `tournee solve` reads and the app exports.

use super::day_file_error::{day_file_error, DayFileError};
use super::{Located, Location};
use crate::model::Day;

/// Reads and validates a day from JSON text.
///
/// Returns the day, or the first problem, typed, with the line and column where the reader
/// stopped (line 1 for problems of the day as a whole, such as duplicate ids).
pub fn read_day_json(text: &str) -> Result<Day, Located<DayFileError>> {
    let mut reader = serde_json::Deserializer::from_str(text);
    let day: Day = serde_path_to_error::deserialize(&mut reader)
        .map_err(|error| day_file_error(text, error.inner(), Some(error.path())))?;
    // Text after the day (a second object, a stray character) is refused as `from_str` did.
    reader.end().map_err(|error| day_file_error(text, &error, None))?;
    check_day(&day).map_err(|error| Located { location: Location { line: 1, column: None }, error })?;
    Ok(day)
}

/// Whether a day read by other means (a message, a stored record) is one a day file could
/// give: unique ids and shifts in order (its date is a calendar date by its type).
pub fn check_day(day: &Day) -> Result<(), DayFileError> {
    Ok(day.validate()?)
}
