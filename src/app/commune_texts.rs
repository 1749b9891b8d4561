//! Why a typed commune is not one, in the user's language: the core says which case it is and
//! which communes it found; this words it.

use super::i18n::Language;
use crate::io::PlaceError;
use crate::road::{Commune, CommuneError, CommuneRef, LISTED_IN_MESSAGE};

impl Language {
    /// « Colmars (04061), Beauvezer (04025) », cut after [`LISTED_IN_MESSAGE`] communes
    /// (« … et 3 autres », "… and 3 more").
    fn listing(self, communes: &[CommuneRef]) -> String {
        let shown: Vec<String> = communes.iter().take(LISTED_IN_MESSAGE).map(CommuneRef::to_string).collect();
        match (self, communes.len().saturating_sub(LISTED_IN_MESSAGE)) {
            (_, 0) => shown.join(", "),
            (Language::Fr, more) => format!("{} et {more} autres", shown.join(", ")),
            (Language::En, more) => format!("{} and {more} more", shown.join(", ")),
        }
    }

    /// Why `error`, and what to type instead.
    pub fn commune_error(self, error: &CommuneError) -> String {
        match (self, error) {
            (Language::Fr, CommuneError::Empty) => "aucune commune indiquée".into(),
            (Language::Fr, CommuneError::UnknownCode(code)) => {
                format!("aucune commune des Alpes-de-Haute-Provence n'a le code « {code} »")
            }
            (Language::Fr, CommuneError::Unknown { query, suggestions }) if suggestions.is_empty() => {
                format!("commune inconnue : « {query} »")
            }
            (Language::Fr, CommuneError::Unknown { query, suggestions }) => {
                format!("commune inconnue : « {query} » ; vouliez-vous dire : {} ?", self.listing(suggestions))
            }
            (Language::Fr, CommuneError::Ambiguous { query, candidates }) => {
                format!("« {query} » désigne {} communes, précisez : {}", candidates.len(), self.listing(candidates))
            }
            (Language::En, CommuneError::Empty) => "no commune given".into(),
            (Language::En, CommuneError::UnknownCode(code)) => {
                format!("no commune of Alpes-de-Haute-Provence has the code \"{code}\"")
            }
            (Language::En, CommuneError::Unknown { query, suggestions }) if suggestions.is_empty() => {
                format!("unknown commune: \"{query}\"")
            }
            (Language::En, CommuneError::Unknown { query, suggestions }) => {
                format!("unknown commune: \"{query}\"; did you mean {}?", self.listing(suggestions))
            }
            (Language::En, CommuneError::Ambiguous { query, candidates }) => {
                format!("\"{query}\" names {} communes, say which: {}", candidates.len(), self.listing(candidates))
            }
        }
    }

    /// Which commune `typed` designates: « ✓ « st andre les alpe » reconnue : Saint-André-les-Alpes
    /// (04170) », or just the commune when it was typed as it is spelt.
    pub fn commune_found(self, typed: &str, commune: &Commune) -> String {
        let named = format!("{} ({})", commune.name, commune.postal_codes.join(", "));
        let typed = typed.trim();
        match self {
            _ if typed.to_lowercase() == commune.name.to_lowercase() => format!("✓ {named}"),
            Language::Fr => format!("✓ « {typed} » reconnue : {named}"),
            Language::En => format!("✓ \"{typed}\" matched {named}"),
        }
    }

    /// The question before the communes close to an unknown name, each offered as a button.
    pub fn did_you_mean(self, typed: &str) -> String {
        match self {
            Language::Fr => format!("⚠ Commune inconnue : « {} ». Vouliez-vous dire :", typed.trim()),
            Language::En => format!("⚠ Unknown commune: \"{}\". Did you mean:", typed.trim()),
        }
    }

    /// Why a typed place (a home, a day's end) is not one.
    pub fn place_error(self, error: &PlaceError) -> String {
        match error {
            PlaceError::Commune(error) => self.commune_error(error),
            PlaceError::Coordinate(error) => self.coordinate_error(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::Communes;

    #[test]
    fn a_shared_postal_code_is_explained_in_both_languages() {
        let error = Communes::embedded().find("04370").unwrap_err();
        assert!(Language::Fr.commune_error(&error).starts_with("« 04370 » désigne 3 communes, précisez :"));
        assert_eq!(
            Language::En.commune_error(&error),
            "\"04370\" names 3 communes, say which: Beauvezer (04025), Colmars (04061), Villars-Colmars (04240)"
        );
        let unknown = Communes::embedded().find("Colmarz").unwrap_err();
        let worded = Language::En.commune_error(&unknown);
        assert!(
            worded.starts_with("unknown commune: \"Colmarz\"; did you mean ") && worded.contains("Colmars (04061)"),
            "{worded}"
        );
    }

    #[test]
    fn a_misspelt_commune_says_which_commune_it_matched() {
        let communes = Communes::embedded();
        let found = communes.find("st andre les alpe").expect("a misspelt name still matches");
        assert_eq!(found.name, "Saint-André-les-Alpes");
        assert_eq!(
            Language::Fr.commune_found("st andre les alpe ", found),
            "✓ « st andre les alpe » reconnue : Saint-André-les-Alpes (04170)"
        );
        assert_eq!(
            Language::En.commune_found("st andre les alpe", found),
            "✓ \"st andre les alpe\" matched Saint-André-les-Alpes (04170)"
        );
        let allos = communes.find("allos").unwrap();
        assert_eq!(Language::Fr.commune_found("allos", allos), "✓ Allos (04260)", "typed as spelt: just the name");
        assert_eq!(Language::En.did_you_mean(" Castelane "), "⚠ Unknown commune: \"Castelane\". Did you mean:");
        assert!(Language::Fr.did_you_mean("Castelane").ends_with("Vouliez-vous dire :"));
    }

    #[test]
    fn every_commune_error_reads_in_both_languages_and_the_english_has_no_french() {
        let colmars = || CommuneRef { insee: "04061".into(), name: "Colmars".into() };
        let many = vec![colmars(); LISTED_IN_MESSAGE + 2];
        for error in [
            CommuneError::Empty,
            CommuneError::UnknownCode("04999".into()),
            CommuneError::Unknown { query: "Paris".into(), suggestions: vec![] },
            CommuneError::Unknown { query: "Colmar".into(), suggestions: vec![colmars()] },
            CommuneError::Ambiguous { query: "04370".into(), candidates: many },
        ] {
            let (fr, en) = (Language::Fr.commune_error(&error), Language::En.commune_error(&error));
            assert_ne!(fr, en, "{error:?}");
            assert!(super::super::i18n::french_signs(&en).is_empty(), "French left in: {en}");
        }
        let many =
            CommuneError::Ambiguous { query: "Saint".into(), candidates: vec![colmars(); LISTED_IN_MESSAGE + 2] };
        assert!(Language::Fr.commune_error(&many).ends_with(" et 2 autres"));
        assert!(Language::En.commune_error(&many).ends_with(" and 2 more"));
    }
}
