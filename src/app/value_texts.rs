//! Why a typed value was refused, in the user's language: a time or a window, a coordinate, a
//! date. The core says which case it is, with the text given; this words it in French or English.

use super::i18n::Language;
use crate::io::{DateChar, DateError};
use crate::model::TimeError;
use crate::road::CoordinateError;

impl Language {
    /// Why a time or an appointment window was refused.
    pub fn time_error(self, error: &TimeError) -> String {
        match (self, error) {
            (Language::Fr, TimeError::Unreadable(text)) => format!("heure illisible « {text} » (attendu HH:MM)"),
            (Language::En, TimeError::Unreadable(text)) => format!("unreadable time \"{text}\" (expected HH:MM)"),
            (Language::Fr, TimeError::OutOfDay(text)) => format!("heure hors de la journée « {text} »"),
            (Language::En, TimeError::OutOfDay(text)) => format!("time outside the day \"{text}\""),
            (Language::Fr, TimeError::EndBeforeStart { start, end }) => {
                format!("créneau impossible : fin {end} avant début {start}")
            }
            (Language::En, TimeError::EndBeforeStart { start, end }) => {
                format!("impossible window: ends {end} before it starts {start}")
            }
        }
    }

    /// Why a coordinate was refused.
    pub fn coordinate_error(self, error: &CoordinateError) -> String {
        match (self, error) {
            (Language::Fr, CoordinateError::Latitude(value)) => {
                format!("latitude invalide : {value} (attendu entre -90 et 90)")
            }
            (Language::En, CoordinateError::Latitude(value)) => {
                format!("invalid latitude: {value} (expected between -90 and 90)")
            }
            (Language::Fr, CoordinateError::Longitude(value)) => {
                format!("longitude invalide : {value} (attendu entre -180 et 180)")
            }
            (Language::En, CoordinateError::Longitude(value)) => {
                format!("invalid longitude: {value} (expected between -180 and 180)")
            }
        }
    }

    /// Why a date was refused.
    pub fn date_error(self, error: &DateError) -> String {
        let fr = self == Language::Fr;
        match error {
            DateError::Shape { text, column, expected } if fr => {
                let wanted = match expected {
                    DateChar::Digit => "un chiffre",
                    DateChar::Hyphen => "« - »",
                    DateChar::End => "la fin de la date",
                };
                format!("date illisible « {text} » : caractère {column}, attendu {wanted} (format AAAA-MM-JJ)")
            }
            DateError::Shape { text, column, expected } => {
                let wanted = match expected {
                    DateChar::Digit => "a digit",
                    DateChar::Hyphen => "\"-\"",
                    DateChar::End => "the end of the date",
                };
                format!("unreadable date \"{text}\": character {column}, expected {wanted} (format YYYY-MM-DD)")
            }
            DateError::Month { text, month } if fr => {
                format!("date impossible « {text} » : mois {month} (attendu 01 à 12)")
            }
            DateError::Month { text, month } => {
                format!("impossible date \"{text}\": month {month} (expected 01 to 12)")
            }
            DateError::Day { text, days_in_month } if fr => {
                format!("date impossible « {text} » : ce mois-là n'a que {days_in_month} jours")
            }
            DateError::Day { text, days_in_month } => {
                format!("impossible date \"{text}\": that month has only {days_in_month} days")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TimeOfDay;

    #[test]
    fn every_value_error_reads_in_both_languages_and_the_english_has_no_french() {
        let (start, end) = (TimeOfDay::from_hm(10, 0).unwrap(), TimeOfDay::from_hm(8, 0).unwrap());
        let times = [
            TimeError::Unreadable("midi".into()),
            TimeError::OutOfDay("25h".into()),
            TimeError::EndBeforeStart { start, end },
        ];
        let coordinates = [CoordinateError::Latitude(91.0), CoordinateError::Longitude(181.0)];
        let dates = [
            DateError::Shape { text: "2026/03/29".into(), column: 5, expected: DateChar::Hyphen },
            DateError::Month { text: "2026-13-01".into(), month: 13 },
            DateError::Day { text: "2026-02-30".into(), days_in_month: 28 },
        ];
        let texts = times
            .iter()
            .map(|e| (Language::Fr.time_error(e), Language::En.time_error(e)))
            .chain(coordinates.iter().map(|e| (Language::Fr.coordinate_error(e), Language::En.coordinate_error(e))))
            .chain(dates.iter().map(|e| (Language::Fr.date_error(e), Language::En.date_error(e))));
        for (fr, en) in texts {
            assert_ne!(fr, en);
            assert!(super::super::i18n::french_signs(&en).is_empty(), "French left in: {en}");
        }
        assert_eq!(
            Language::Fr.date_error(&dates[0]),
            "date illisible « 2026/03/29 » : caractère 5, attendu « - » (format AAAA-MM-JJ)"
        );
        assert_eq!(Language::Fr.time_error(&times[2]), "créneau impossible : fin 08:00 avant début 10:00");
    }
}
