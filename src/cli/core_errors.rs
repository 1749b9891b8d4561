//! The core's errors that the command line shows its user (a pack, an extract, a day file, a
//! coordinate), worded in the locale's language by the same texts the app uses, so each error is
//! said in one place. Errors about inputs only a developer or a pack builder handles (elevation
//! tiles, GeoJSON outlines, Solomon benchmarks, routing internals) keep the core's English.

use super::help::HelpLanguage;
use crate::app::i18n::Language;
use crate::app::worker::protocol::WorkerError;
use crate::io::{CsvError, DayFileError, Located};
use crate::plan::day_problem::DayProblemError;
use crate::road::osm::ImportError;
use crate::road::pack::PackError;
use crate::road::CoordinateError;
use std::fmt;

/// A core error worded for the user of the command line.
#[derive(Debug, Clone, PartialEq)]
pub enum CoreError {
    /// A region pack that does not read.
    Pack(PackError),
    /// An OpenStreetMap extract that cannot become a pack.
    Extract(ImportError),
    /// A day file that does not read, with where.
    DayFile(Located<DayFileError>),
    /// A row (or the whole) of an interventions CSV that does not read, with where.
    CsvRow(Located<CsvError>),
    /// A day that cannot become a problem for the optimiser.
    DayProblem(DayProblemError),
    /// A latitude or longitude off the Earth.
    Coordinate(CoordinateError),
}

impl CoreError {
    /// The sentence in `language`.
    pub fn text(&self, language: HelpLanguage) -> String {
        let language: Language = language.words();
        let message = match self {
            CoreError::Pack(error) => language.pack_read_error(error),
            CoreError::Extract(error) => language.extract_error(error),
            CoreError::DayFile(Located { location, error }) => {
                format!("{}{}{}", language.location(location), language.colon(), language.day_file_error(error))
            }
            CoreError::CsvRow(Located { location, error }) => {
                format!("{}{}{}", language.location(location), language.colon(), language.csv_error(error))
            }
            CoreError::DayProblem(error) => language.worker_error(&WorkerError::from(error.clone())),
            CoreError::Coordinate(error) => language.coordinate_error(error),
        };
        match self.developer_detail() {
            Some(detail) => format!("{message}\n  {detail}"),
            None => message,
        }
    }

    /// The core's own English words where they help whoever reports the error (what part of a
    /// pack is damaged, which of the optimiser's checks failed): the app sends them to the
    /// browser's console, the command line prints them under the message.
    fn developer_detail(&self) -> Option<String> {
        match self {
            CoreError::Pack(PackError::Corrupt(detail)) => Some(detail.clone()),
            CoreError::DayProblem(DayProblemError::Problem(problem)) => Some(problem.to_string()),
            _ => None,
        }
    }
}

/// The sentence in the locale's language.
impl fmt::Display for CoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(HelpLanguage::from_environment()))
    }
}

impl From<PackError> for CoreError {
    fn from(error: PackError) -> CoreError {
        CoreError::Pack(error)
    }
}

impl From<ImportError> for CoreError {
    fn from(error: ImportError) -> CoreError {
        CoreError::Extract(error)
    }
}

impl From<Located<DayFileError>> for CoreError {
    fn from(error: Located<DayFileError>) -> CoreError {
        CoreError::DayFile(error)
    }
}

impl From<Located<CsvError>> for CoreError {
    fn from(error: Located<CsvError>) -> CoreError {
        CoreError::CsvRow(error)
    }
}

impl From<DayProblemError> for CoreError {
    fn from(error: DayProblemError) -> CoreError {
        CoreError::DayProblem(error)
    }
}

impl From<CoordinateError> for CoreError {
    fn from(error: CoordinateError) -> CoreError {
        CoreError::Coordinate(error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_core_error_reads_in_the_locales_language() {
        let pack = CoreError::from(PackError::Corrupt("truncated header".into()));
        assert_eq!(pack.text(HelpLanguage::Fr), "paquet de région endommagé ou incomplet\n  truncated header");
        assert_eq!(pack.text(HelpLanguage::En), "region pack damaged or incomplete\n  truncated header");
        let latitude = CoreError::from(CoordinateError::Latitude(91.0));
        assert_eq!(latitude.text(HelpLanguage::Fr), "latitude invalide : 91 (attendu entre -90 et 90)");
        assert_eq!(latitude.text(HelpLanguage::En), "invalid latitude: 91 (expected between -90 and 90)");
        let roads = CoreError::from(ImportError::NoRoads);
        assert_eq!(roads.text(HelpLanguage::Fr), "l'extrait OSM ne contient aucune route carrossable");
        assert_eq!(roads.text(HelpLanguage::En), "the OSM extract holds no road a van may drive");
        let location = crate::io::Location { line: 4, column: Some("jour".into()) };
        let row = CoreError::from(Located { location, error: CsvError::ImpossibleDate("31/04/2026".into()) });
        assert_eq!(
            row.text(HelpLanguage::Fr),
            "ligne 4, colonne jour : date impossible « 31/04/2026 » : ce jour n'existe pas"
        );
        assert_eq!(row.text(HelpLanguage::En), "line 4, column jour: impossible date \"31/04/2026\": no such day");
    }
}
