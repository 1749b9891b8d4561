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

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: &str = r#"{
  "date": "2026-11-26",
  "technicians": [],
  "interventions": [
    {"id": "F-1", "customer": "Mairie de Thorame", "location": {"lat": 44.1, "lon": 6.55},
     "service_s": 1800, "windows": [{"start": "10:00", "end": "08:00"}]}
  ]
}"#;

    #[test]
    fn an_impossible_window_is_reported_at_its_line() {
        let error = read_day_json(DAY).unwrap_err();
        assert_eq!(error.location.line, 6);
        assert!(error.to_string().starts_with("line 6, column "), "{error}");
        assert!(error.to_string().contains("end 08:00 before start 10:00"), "{error}");
    }

    #[test]
    fn a_coordinate_off_the_map_is_refused_and_located() {
        let text = DAY.replace("\"lat\": 44.1", "\"lat\": 144.1").replace("\"end\": \"08:00\"", "\"end\": \"12:00\"");
        let error = read_day_json(&text).unwrap_err();
        assert_eq!(error.location.line, 5);
        assert!(error.to_string().contains("invalid latitude 144.1"), "{error}");
    }

    #[test]
    fn a_date_that_is_not_a_calendar_date_is_refused_at_its_line_not_taken_for_summer() {
        let fixed = DAY.replace("\"end\": \"08:00\"", "\"end\": \"12:00\"");
        for bad in ["2026-02-30", "26/11/2026", "2026-13-01", ""] {
            let error = read_day_json(&fixed.replace("2026-11-26", bad)).unwrap_err();
            assert!(matches!(error.error, DayFileError::Date(_)), "{bad}: {error}");
            assert_eq!(error.location.line, 2, "{bad}");
            assert!(error.to_string().starts_with("line 2"), "{error}");
        }
    }

    #[test]
    fn a_valid_day_reads_back() {
        let text = DAY.replace("\"end\": \"08:00\"", "\"end\": \"12:00\"");
        let day = read_day_json(&text).unwrap();
        assert_eq!(day.interventions[0].windows[0].to_string(), "10:00–12:00");
    }
}
