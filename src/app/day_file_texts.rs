//! Why a day file (.json) was refused, in the user's language: the core says which problem it
//! is, with the field and the value; this words it in French or English. A field is named as
//! the file names it (`service_s`, `windows`): that is what the user looks for in the file.

use super::i18n::Language;
use crate::io::DayFileError;
use crate::model::DayError;

impl Language {
    /// Why a day cannot be planned as given.
    pub fn day_error(self, error: &DayError) -> String {
        match (self, error) {
            (Language::Fr, DayError::DuplicateIntervention(id)) => {
                format!("identifiant d'intervention en double : « {id} »")
            }
            (Language::En, DayError::DuplicateIntervention(id)) => format!("job id used twice: \"{id}\""),
            (Language::Fr, DayError::ShiftEndsBeforeStart(name)) => {
                format!("la journée de « {name} » finit avant de commencer")
            }
            (Language::En, DayError::ShiftEndsBeforeStart(name)) => {
                format!("the day of \"{name}\" ends before it starts")
            }
        }
    }

    /// Why a day file was refused.
    pub fn day_file_error(self, error: &DayFileError) -> String {
        let fr = self == Language::Fr;
        let field = |name: &str| if fr { format!("champ « {name} » : ") } else { format!("field \"{name}\": ") };
        match error {
            DayFileError::NotJson if fr => {
                "le texte n'est plus du JSON à cet endroit (virgule, guillemet ou accolade manquant ou en trop ?)"
                    .into()
            }
            DayFileError::NotJson => {
                "the text is not valid JSON here (a comma, quote or brace missing or extra?)".into()
            }
            DayFileError::CutShort if fr => "le texte s'arrête avant la fin de la journée (fichier tronqué ?)".into(),
            DayFileError::CutShort => "the text ends before the day does (a file cut short?)".into(),
            DayFileError::MissingField { field } if fr => format!("champ obligatoire absent : « {field} »"),
            DayFileError::MissingField { field } => format!("required field missing: \"{field}\""),
            DayFileError::DuplicateField { field } if fr => format!("champ « {field} » donné deux fois"),
            DayFileError::DuplicateField { field } => format!("field \"{field}\" given twice"),
            DayFileError::WrongKind { field: Some(name) } if fr => {
                format!("{}type de valeur inattendu (texte au lieu d'un nombre ?)", field(name))
            }
            DayFileError::WrongKind { field: Some(name) } => {
                format!("{}unexpected kind of value (text instead of a number?)", field(name))
            }
            DayFileError::WrongKind { field: None } if fr => {
                "ce texte n'est pas une journée (objet JSON attendu)".into()
            }
            DayFileError::WrongKind { field: None } => "this text is not a day (a JSON object is expected)".into(),
            DayFileError::UnknownWord { field: name, word } if fr => {
                format!("{}valeur inconnue « {word} »", field(name))
            }
            DayFileError::UnknownWord { field: name, word } => format!("{}unknown value \"{word}\"", field(name)),
            DayFileError::Time { field: name, error } => format!("{}{}", field(name), self.time_error(error)),
            DayFileError::Coordinate { field: name, error } => {
                format!("{}{}", field(name), self.coordinate_error(error))
            }
            DayFileError::Day(error) => self.day_error(error),
            DayFileError::Date(error) => format!("date{}{}", self.colon(), self.date_error(error)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::day_import::ImportIssue;
    use super::super::i18n::french_signs;
    use super::*;
    use crate::io::read_day_json;
    use crate::model::Day;

    const DAY: &str = crate::io::SOUND_DAY_FILE;

    /// What serde says of a text in its own English, which must never reach a French user.
    fn serde_words(text: &str) -> String {
        let message = serde_json::from_str::<Day>(text).unwrap_err().to_string();
        message.split(" at line ").next().unwrap().to_string()
    }

    #[test]
    fn every_refused_day_file_is_said_in_french_and_in_english_without_serde_words() {
        let cases = [
            (
                DAY.replacen("\"end\": \"10:00\"", "\"end\": \"07:00\"", 1),
                "ligne 12, colonne 52 : champ « windows » : créneau impossible : fin 07:00 avant début 08:00",
                "line 12, column 52: field \"windows\": impossible window: ends 07:00 before it starts 08:00",
            ),
            (
                DAY.replacen("\"end\": \"10:00\"", "\"end\": \"25:00\"", 1),
                "ligne 12, colonne 51 : champ « end » : heure hors de la journée « 25:00 »",
                "line 12, column 51: field \"end\": time outside the day \"25:00\"",
            ),
            (
                DAY.replace("44.1", "144.1"),
                "ligne 10, colonne 44 : champ « location » : latitude invalide : 144.1 (attendu entre -90 et 90)",
                "line 10, column 44: field \"location\": invalid latitude: 144.1 (expected between -90 and 90)",
            ),
            (
                DAY.replace("\"normal\"", "\"haute\""),
                "ligne 9, colonne 89 : champ « priority » : valeur inconnue « haute »",
                "line 9, column 89: field \"priority\": unknown value \"haute\"",
            ),
            (
                DAY.replace("1800", "\"30 min\""),
                "ligne 9, colonne 72 : champ « service_s » : type de valeur inattendu (texte au lieu d'un nombre ?)",
                "line 9, column 72: field \"service_s\": unexpected kind of value (text instead of a number?)",
            ),
            (
                DAY.replace("\"id\": \"F-1\", ", ""),
                "ligne 12, colonne 53 : champ obligatoire absent : « id »",
                "line 12, column 53: required field missing: \"id\"",
            ),
            (
                DAY.replace("\"date\": \"2026-11-26\",", "\"date\": \"2026-11-26\""),
                "ligne 3, colonne 3 : le texte n'est plus du JSON à cet endroit (virgule, guillemet ou accolade \
                 manquant ou en trop ?)",
                "line 3, column 3: the text is not valid JSON here (a comma, quote or brace missing or extra?)",
            ),
            (
                DAY[..60].to_string(),
                "ligne 4, colonne 15 : le texte s'arrête avant la fin de la journée (fichier tronqué ?)",
                "line 4, column 15: the text ends before the day does (a file cut short?)",
            ),
        ];
        for (text, french, english) in cases {
            let issue = ImportIssue::DayFile(read_day_json(&text).unwrap_err());
            let (fr, en) = (Language::Fr.import_issue(&issue), Language::En.import_issue(&issue));
            assert_eq!(fr, french);
            assert_eq!(en, english);
            assert!(french_signs(&en).is_empty(), "French left in: {en}");
            let serde = serde_words(&text);
            assert!(!fr.contains(&serde), "serde's words « {serde} » in: {fr}");
            for english_word in
                ["invalid type", "expected", "missing field", "unknown variant", "EOF", "line ", "trailing"]
            {
                assert!(!fr.contains(english_word), "{english_word} in: {fr}");
            }
        }
    }

    #[test]
    fn every_variant_reads_in_both_languages_and_the_english_has_no_french() {
        use crate::model::{CoordinateError, TimeError};
        let name = || "x".to_string();
        let errors = [
            DayFileError::NotJson,
            DayFileError::CutShort,
            DayFileError::MissingField { field: name() },
            DayFileError::DuplicateField { field: name() },
            DayFileError::WrongKind { field: Some(name()) },
            DayFileError::WrongKind { field: None },
            DayFileError::UnknownWord { field: name(), word: name() },
            DayFileError::Time { field: name(), error: TimeError::OutOfDay(name()) },
            DayFileError::Coordinate { field: name(), error: CoordinateError::Longitude(200.0) },
            DayFileError::Day(DayError::DuplicateIntervention(name())),
        ];
        for error in errors {
            let (fr, en) = (Language::Fr.day_file_error(&error), Language::En.day_file_error(&error));
            assert_ne!(fr, en);
            assert!(french_signs(&en).is_empty(), "French left in: {en}");
            assert!(!french_signs(&fr).is_empty(), "{fr} does not read as French");
        }
    }
}
