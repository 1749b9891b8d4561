//! Numbers and units in the user's language: the decimal mark, megabytes and gigabytes, counts
//! of jobs and of technicians.

use super::i18n::Language;
use super::texts::UiText;

impl Language {
    /// `value` with `places` decimals and the language's decimal mark: « 107,6 », "107.6".
    pub fn decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self {
            Language::Fr => text.replace('.', ","),
            Language::En => text,
        }
    }

    /// A distance as a technician reads it: metres under a kilometre (« 850 m »), else
    /// kilometres to the tenth, without a useless « ,0 »: « 2,3 km », « 2 km », "2.3 km".
    pub fn distance(self, metres: f64) -> String {
        if metres < 999.5 {
            return format!("{metres:.0} m");
        }
        let tenths = (metres / 100.0).round();
        if tenths % 10.0 == 0.0 {
            format!("{:.0} km", tenths / 10.0)
        } else {
            format!("{} km", self.decimal(tenths / 10.0, 1))
        }
    }

    /// `count` jobs: « 0 intervention », « 1 intervention », « 2 interventions » (French keeps
    /// 0 and 1 singular); "0 jobs", "1 job", "2 jobs".
    pub fn jobs(self, count: usize) -> String {
        self.counted(count, ("intervention", "interventions"), ("job", "jobs"))
    }

    /// `count` technicians: « 1 technicien », « 2 techniciens »; "1 technician", "2 technicians".
    pub fn technicians(self, count: usize) -> String {
        self.counted(count, ("technicien", "techniciens"), ("technician", "technicians"))
    }

    /// `count` and the French or English word, singular or plural by the language's rule: French
    /// keeps 0 and 1 singular, English 1 only.
    fn counted(self, count: usize, french: (&str, &str), english: (&str, &str)) -> String {
        let (one, many) = match self {
            Language::Fr => french,
            Language::En => english,
        };
        format!("{count} {}", if self.singular(count) { one } else { many })
    }

    /// `count` and the text of `one` or of `many`, by the language's rule for the number (see
    /// [`Language::jobs`]): « 1 intervention ajoutée », « 2 interventions ajoutées », "1 job added".
    pub fn count_of(self, count: usize, one: impl UiText, many: impl UiText) -> String {
        format!("{count} {}", if self.singular(count) { self.tr(one) } else { self.tr(many) })
    }

    /// Whether `count` takes the singular: French keeps 0 and 1 singular, English 1 only.
    fn singular(self, count: usize) -> bool {
        match self {
            Language::Fr => count <= 1,
            Language::En => count == 1,
        }
    }

    /// The unit « Mo » / "MB".
    pub fn megabytes(self) -> &'static str {
        match self {
            Language::Fr => "Mo",
            Language::En => "MB",
        }
    }

    /// The unit « Go » / "GB".
    pub fn gigabytes(self) -> &'static str {
        match self {
            Language::Fr => "Go",
            Language::En => "GB",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_distance_reads_in_metres_under_a_kilometre_and_in_tenths_of_kilometres_above() {
        assert_eq!(Language::Fr.distance(812.4), "812 m");
        assert_eq!(Language::Fr.distance(2330.0), "2,3 km");
        assert_eq!(Language::En.distance(2330.0), "2.3 km");
        assert_eq!((Language::Fr.distance(2000.0), Language::En.distance(1999.6)), ("2 km".into(), "2 km".into()));
        assert_eq!(Language::Fr.distance(999.7), "1 km", "never « 1000 m »");
        assert_eq!(Language::En.distance(12_960.0), "13 km");
    }

    #[test]
    fn french_numbers_use_a_decimal_comma_and_french_units() {
        assert_eq!(Language::Fr.decimal(107.64, 1), "107,6");
        assert_eq!(Language::En.decimal(107.64, 1), "107.6");
        assert_eq!(Language::Fr.megabytes(), "Mo");
        assert_eq!(Language::En.gigabytes(), "GB");
    }

    #[test]
    fn a_count_of_jobs_agrees_with_its_number_in_each_language() {
        assert_eq!(Language::Fr.jobs(0), "0 intervention");
        assert_eq!(Language::Fr.jobs(1), "1 intervention");
        assert_eq!(Language::Fr.jobs(25), "25 interventions");
        assert_eq!(Language::En.jobs(0), "0 jobs");
        assert_eq!(Language::En.jobs(1), "1 job");
        assert_eq!(Language::En.jobs(12), "12 jobs");
        assert_eq!(Language::Fr.technicians(1), "1 technicien");
        assert_eq!(Language::Fr.technicians(8), "8 techniciens");
        assert_eq!(Language::En.technicians(1), "1 technician");
        assert_eq!(Language::En.technicians(2), "2 technicians");
    }

    #[test]
    fn a_counted_sentence_agrees_with_its_number_in_each_language() {
        use crate::app::texts::ImportText::{ImportErrors, ImportErrorsOne};
        assert_eq!(Language::Fr.count_of(1, ImportErrorsOne, ImportErrors), "1 problème : ligne écartée");
        assert_eq!(Language::Fr.count_of(0, ImportErrorsOne, ImportErrors), "0 problème : ligne écartée");
        assert_eq!(Language::Fr.count_of(3, ImportErrorsOne, ImportErrors), "3 problèmes : lignes écartées");
        assert_eq!(Language::En.count_of(1, ImportErrorsOne, ImportErrors), "1 problem: row left out");
        assert_eq!(Language::En.count_of(0, ImportErrorsOne, ImportErrors), "0 problems: rows left out");
    }
}
