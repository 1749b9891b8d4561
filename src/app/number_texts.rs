//! Numbers and units in the user's language: the decimal mark, megabytes and gigabytes, counts
//! of jobs and of technicians.

use super::i18n::Language;

impl Language {
    /// `value` with `places` decimals and the language's decimal mark: « 107,6 », "107.6".
    pub fn decimal(self, value: f64, places: usize) -> String {
        let text = format!("{value:.places$}");
        match self {
            Language::Fr => text.replace('.', ","),
            Language::En => text,
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
        let word = match self {
            Language::Fr if count <= 1 => french.0,
            Language::Fr => french.1,
            Language::En if count == 1 => english.0,
            Language::En => english.1,
        };
        format!("{count} {word}")
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
}
