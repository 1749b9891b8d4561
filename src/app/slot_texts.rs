//! A slot as the crew reads it out to the customer: « mardi 8 déc., 14:00–16:00, Léa Martin,
//! +12 min de route », in French or English.

use super::i18n::Language;
use crate::model::Slot;

/// A margin under this many minutes is said (the plan's own « at risk » threshold).
const SAY_MARGIN_UNDER_MIN: u32 = 15;

impl Language {
    /// « mardi 8 déc., 14:00–16:00 »: when a slot is.
    pub fn slot_when(self, slot: &Slot) -> String {
        format!("{}, {}", self.short_date(slot.date), slot.window)
    }

    /// « mardi 8 déc., 14:00–16:00, Léa Martin, +12 min de route », and « ⚠ marge 8 min » when
    /// it leaves a promised appointment little margin.
    pub fn slot_line(self, slot: &Slot) -> String {
        let driving = match self {
            Language::Fr => format!("+{} min de route", slot.extra_drive_min),
            Language::En => format!("+{} min of driving", slot.extra_drive_min),
        };
        let margin = match (self, slot.risk_min.filter(|&m| m < SAY_MARGIN_UNDER_MIN)) {
            (_, None) => String::new(),
            (Language::Fr, Some(m)) => format!(" · ⚠ marge {m} min pour un autre rendez-vous"),
            (Language::En, Some(m)) => format!(" · ⚠ {m} min margin left to another appointment"),
        };
        format!("{}, {}, {driving}{margin}", self.slot_when(slot), slot.technician_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::french_signs;
    use crate::model::TimeOfDay;

    fn slot(risk_min: Option<u32>) -> Slot {
        Slot {
            date: "2026-12-08".parse().unwrap(),
            window: "14:00-16:00".parse().unwrap(),
            technician: "T1".into(),
            technician_name: "Marie".into(),
            extra_drive_min: 12,
            risk_min,
            position: 2,
            start: TimeOfDay::from_hm(14, 5).unwrap(),
        }
    }

    #[test]
    fn a_slot_reads_as_the_crew_says_it_in_both_languages() {
        assert_eq!(Language::Fr.slot_line(&slot(Some(40))), "mardi 8 déc., 14:00–16:00, Marie, +12 min de route");
        assert_eq!(Language::En.slot_line(&slot(None)), "Tuesday 8 Dec, 14:00–16:00, Marie, +12 min of driving");
        assert_eq!(
            Language::Fr.slot_line(&slot(Some(8))),
            "mardi 8 déc., 14:00–16:00, Marie, +12 min de route · ⚠ marge 8 min pour un autre rendez-vous"
        );
        assert!(french_signs(&Language::En.slot_line(&slot(Some(8)))).is_empty());
    }
}
