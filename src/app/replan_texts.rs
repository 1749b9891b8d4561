//! What a re-plan proposal says from its data, in French or English.

use super::i18n::Language;

impl Language {
    /// « 3 passages décalés de 15 min au plus, dans leur créneau (sans SMS) »: the `count` quiet
    /// shifts of a re-plan, with the crew's `threshold_min`.
    pub fn quiet_shifts(self, count: usize, threshold_min: u32) -> String {
        match (self, count) {
            (Language::Fr, 1) => {
                format!("1 passage décalé de {threshold_min} min au plus, dans son créneau (sans SMS)")
            }
            (Language::Fr, _) => {
                format!("{count} passages décalés de {threshold_min} min au plus, dans leur créneau (sans SMS)")
            }
            (Language::En, 1) => format!("1 visit moved by {threshold_min} min or less, inside its window (no SMS)"),
            (Language::En, _) => {
                format!("{count} visits moved by {threshold_min} min or less, inside their window (no SMS)")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::french_signs;

    #[test]
    fn quiet_shifts_agree_with_their_count_and_english_has_no_french() {
        assert_eq!(Language::Fr.quiet_shifts(1, 15), "1 passage décalé de 15 min au plus, dans son créneau (sans SMS)");
        assert_eq!(
            Language::Fr.quiet_shifts(9, 10),
            "9 passages décalés de 10 min au plus, dans leur créneau (sans SMS)"
        );
        assert_eq!(Language::En.quiet_shifts(9, 15), "9 visits moved by 15 min or less, inside their window (no SMS)");
        assert!(french_signs(&Language::En.quiet_shifts(1, 15)).is_empty());
    }
}
