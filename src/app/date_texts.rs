//! A date as the crew says it: « jeudi 26 novembre 2026 », "Thursday 26 November 2026", or
//! without the year for the coming days: « mardi 8 déc. ».

use super::i18n::Language;
use crate::io::IsoDate;

/// Weekdays from Monday (ISO 1) in French and English.
const WEEKDAYS: [(&str, &str); 7] = [
    ("lundi", "Monday"),
    ("mardi", "Tuesday"),
    ("mercredi", "Wednesday"),
    ("jeudi", "Thursday"),
    ("vendredi", "Friday"),
    ("samedi", "Saturday"),
    ("dimanche", "Sunday"),
];

/// Months from January in French and English.
const MONTHS: [(&str, &str); 12] = [
    ("janvier", "January"),
    ("février", "February"),
    ("mars", "March"),
    ("avril", "April"),
    ("mai", "May"),
    ("juin", "June"),
    ("juillet", "July"),
    ("août", "August"),
    ("septembre", "September"),
    ("octobre", "October"),
    ("novembre", "November"),
    ("décembre", "December"),
];

/// Months from January, shortened as written in French and English.
const SHORT_MONTHS: [(&str, &str); 12] = [
    ("janv.", "Jan"),
    ("févr.", "Feb"),
    ("mars", "Mar"),
    ("avr.", "Apr"),
    ("mai", "May"),
    ("juin", "Jun"),
    ("juil.", "Jul"),
    ("août", "Aug"),
    ("sept.", "Sep"),
    ("oct.", "Oct"),
    ("nov.", "Nov"),
    ("déc.", "Dec"),
];

impl Language {
    /// « mardi 8 déc. », "Tuesday 8 Dec": a date of the coming days, without the year.
    pub fn short_date(self, date: IsoDate) -> String {
        let (weekday, month) = (WEEKDAYS[date.iso_weekday() as usize - 1], SHORT_MONTHS[date.month() as usize - 1]);
        let pick = |(fr, en): (&'static str, &'static str)| if self == Language::Fr { fr } else { en };
        format!("{} {} {}", pick(weekday), date.day(), pick(month))
    }

    /// The date written out, weekday first.
    pub fn long_date(self, date: IsoDate) -> String {
        let (weekday, month) = (WEEKDAYS[date.iso_weekday() as usize - 1], MONTHS[date.month() as usize - 1]);
        let pick = |(fr, en): (&'static str, &'static str)| if self == Language::Fr { fr } else { en };
        let day = match (self, date.day()) {
            (Language::Fr, 1) => "1er".to_string(),
            (_, day) => day.to_string(),
        };
        format!("{} {day} {} {}", pick(weekday), pick(month), date.year())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_out_in_both_languages() {
        let date: IsoDate = "2026-11-26".parse().unwrap();
        assert_eq!(Language::Fr.long_date(date), "jeudi 26 novembre 2026");
        assert_eq!(Language::En.long_date(date), "Thursday 26 November 2026");
        assert_eq!(Language::Fr.long_date("2027-08-01".parse().unwrap()), "dimanche 1er août 2027");
        assert_eq!(Language::En.long_date("2027-08-01".parse().unwrap()), "Sunday 1 August 2027");
    }
}
