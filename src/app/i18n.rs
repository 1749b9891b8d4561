//! The interface language, and the one way to put a sentence key into it.
//!
//! The sentences themselves sit in [`super::texts`], one table per page, each key
//! beside its French and English; sentences built from data are in the `*_texts.rs` files.

use super::texts::UiText;
use serde::{Deserialize, Serialize};

/// The interface language. French first: the technicians are French.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// Français (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Language {
    /// Both languages, in the order the switch shows them.
    pub const ALL: [Language; 2] = [Language::Fr, Language::En];

    /// The BCP 47 tag set on `<html lang>`, so screen readers pronounce the text right.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Fr => "fr",
            Language::En => "en",
        }
    }

    /// The language's own name, shown on its button whatever the current language.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Fr => "Français",
            Language::En => "English",
        }
    }

    /// The sentence `text`, a key of any table of [`super::texts`], in this language.
    pub fn tr(self, text: impl UiText) -> &'static str {
        let (fr, en) = text.translations();
        match self {
            Language::Fr => fr,
            Language::En => en,
        }
    }
}

/// What gives `text` away as French when it should be English: French quotes, a space before
/// a colon or a semicolon, or a word only French uses. Names and values the user typed (a
/// commune, a skill) are data, not French prose, so accented letters alone are not counted.
#[cfg(test)]
pub fn french_signs(text: &str) -> Vec<&'static str> {
    const SIGNS: [&str; 20] = [
        "«",
        "»",
        " : ",
        " ; ",
        " ?",
        "ligne",
        "colonne",
        "attendu",
        "illisible",
        "inconnu",
        "aucun",
        "fichier",
        "journée",
        "avant",
        " de ",
        " du ",
        " des ",
        " est ",
        " à ",
        "paquet",
    ];
    SIGNS.into_iter().filter(|sign| text.contains(sign)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_gives_itself_away_and_english_does_not() {
        assert_eq!(french_signs("ligne 4 : durée illisible « 0 »"), ["«", "»", " : ", "ligne", "illisible"]);
        assert!(french_signs("line 4: unreadable duration \"0\"").is_empty());
    }

    #[test]
    fn french_is_the_default_language() {
        assert_eq!(Language::default(), Language::Fr);
        assert_eq!(Language::ALL, [Language::Fr, Language::En]);
        assert_eq!(Language::En.tag(), "en");
        assert_eq!(Language::Fr.endonym(), "Français");
    }
}
