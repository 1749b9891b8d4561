//! Every sentence of the interface, one table per page or part of the screen.
//!
//! Each table is written with [`texts!`]: a key, its French, its English, side by
//! side, so a missing translation does not compile and a key is read next to its words.
//! [`Language::tr`](super::i18n::Language::tr) gives any key in the user's language.

/// Defines an enum of sentence keys and their `(French, English)` translations together.
///
/// ```text
/// texts! {
///     /// What the enum is for.
///     pub enum DayText {
///         /// What the key is for.
///         DayEmptyTitle => "Aucun plan pour aujourd'hui", "No plan for today";
///     }
/// }
/// ```
/// A key without both texts does not match the macro: it is a compile error.
macro_rules! texts {
    (
        $(#[$enum_meta:meta])*
        $visibility:vis enum $name:ident {
            $( $(#[$key_meta:meta])* $key:ident => $french:literal, $english:literal; )*
        }
    ) => {
        $(#[$enum_meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $visibility enum $name {
            $( $(#[$key_meta])* $key, )*
        }

        impl $crate::app::texts::UiText for $name {
            const ALL: &'static [Self] = &[$($name::$key),*];

            fn translations(self) -> (&'static str, &'static str) {
                match self {
                    $( $name::$key => ($french, $english), )*
                }
            }
        }
    };
}

mod aside;
mod closure;
mod common;
mod crew;
mod crew_view;
mod day;
mod import;
mod interventions;
mod map;
mod notices;
mod region;
mod report;
mod setup;
mod shell;
mod slots;
mod stop;
mod week;

pub use aside::AsideText;
pub use closure::ClosureText;
pub use common::CommonText;
pub use crew::CrewText;
pub use crew_view::CrewViewText;
pub use day::DayText;
pub use import::ImportText;
pub use interventions::InterventionsText;
pub use map::MapText;
pub use notices::NoticeText;
pub use region::RegionText;
pub use report::ReportText;
pub use setup::SetupText;
pub use shell::ShellText;
pub use slots::SlotText;
pub use stop::StopText;
pub use week::WeekText;

/// A table of sentence keys, each with its French and English text.
pub trait UiText: Copy + 'static {
    /// Every key of the table, in the order written.
    const ALL: &'static [Self];

    /// The key's French and English text.
    fn translations(self) -> (&'static str, &'static str);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::Language;

    /// Words spelt the same in French and English, the only texts allowed to be identical.
    const SAME_IN_BOTH: [&str; 4] = ["Version", "Latitude", "Longitude", "Notes"];

    fn pairs<T: UiText>() -> Vec<(&'static str, &'static str)> {
        T::ALL.iter().map(|text| text.translations()).collect()
    }

    fn every_pair() -> Vec<(&'static str, &'static str)> {
        [
            pairs::<AsideText>(),
            pairs::<CommonText>(),
            pairs::<CrewText>(),
            pairs::<CrewViewText>(),
            pairs::<DayText>(),
            pairs::<ImportText>(),
            pairs::<InterventionsText>(),
            pairs::<MapText>(),
            pairs::<NoticeText>(),
            pairs::<RegionText>(),
            pairs::<ReportText>(),
            pairs::<SetupText>(),
            pairs::<ShellText>(),
            pairs::<SlotText>(),
            pairs::<StopText>(),
            pairs::<WeekText>(),
        ]
        .concat()
    }

    #[test]
    fn no_english_text_is_the_french_one_where_the_words_differ() {
        let pairs = every_pair();
        assert!(pairs.len() > 250, "every table is listed");
        for (french, english) in pairs {
            assert!(!french.is_empty() && !english.is_empty(), "an empty text: {french:?} / {english:?}");
            assert!(french != english || SAME_IN_BOTH.contains(&french), "left in French in English: {french:?}");
        }
    }

    #[test]
    fn a_key_of_any_table_reads_in_the_users_language() {
        assert_eq!(Language::Fr.tr(ShellText::TabSettings), "Réglages");
        assert_eq!(Language::En.tr(ShellText::TabSettings), "Settings");
        assert_eq!(Language::Fr.tr(StopText::LunchBreak), "Pause déjeuner");
        assert_eq!(Language::En.tr(StopText::LunchBreak), "Lunch break");
    }
}
