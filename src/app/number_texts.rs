//! Numbers and units in the user's language: the decimal mark, megabytes and gigabytes.

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
}
