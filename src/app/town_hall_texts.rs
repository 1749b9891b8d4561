//! Where a stop's navigation leads when the stop was placed from a commune's name or postal
//! code: its town hall, not the customer's door. The core finds the commune
//! ([`Communes::town_hall_at`](crate::road::Communes::town_hall_at)); this words it.

use super::i18n::Language;

impl Language {
    /// « Point : mairie de Colmars », "Point: Colmars town hall": the navigation goes to the town
    /// hall of `commune`, and the technician asks the way to the customer from there.
    pub fn town_hall_point(self, commune: &str) -> String {
        match self {
            Language::Fr => format!("Point{}mairie {}", self.colon(), of_commune(commune)),
            Language::En => format!("Point{}{commune} town hall", self.colon()),
        }
    }
}

/// « de Colmars », « d'Allos », « du Lauzet-Ubaye », « des Mées »: French joins « de » to the
/// commune's name, eliding before a vowel and contracting with a leading « Le » or « Les ».
fn of_commune(commune: &str) -> String {
    if let Some(rest) = commune.strip_prefix("Les ") {
        return format!("des {rest}");
    }
    if let Some(rest) = commune.strip_prefix("Le ") {
        return format!("du {rest}");
    }
    let elides = commune.chars().next().is_some_and(|first| "AEIOUYÂÉÈÊÎÔaeiouy".contains(first));
    if elides {
        format!("d'{commune}")
    } else {
        format!("de {commune}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::Communes;

    #[test]
    fn the_town_hall_is_named_as_each_language_says_it() {
        assert_eq!(Language::Fr.town_hall_point("Colmars"), "Point : mairie de Colmars");
        assert_eq!(Language::En.town_hall_point("Colmars"), "Point: Colmars town hall");
        assert_eq!(Language::Fr.town_hall_point("Allos"), "Point : mairie d'Allos");
        assert_eq!(Language::Fr.town_hall_point("Le Lauzet-Ubaye"), "Point : mairie du Lauzet-Ubaye");
        assert_eq!(Language::Fr.town_hall_point("Les Mées"), "Point : mairie des Mées");
        assert_eq!(Language::Fr.town_hall_point("La Motte-du-Caire"), "Point : mairie de La Motte-du-Caire");
        assert_eq!(Language::Fr.town_hall_point("Entrevaux"), "Point : mairie d'Entrevaux");
    }

    #[test]
    fn every_commune_of_the_department_reads_as_french() {
        for commune in Communes::embedded().all() {
            let said = Language::Fr.town_hall_point(&commune.name);
            assert!(said.ends_with(commune.name.trim_start_matches("Les ").trim_start_matches("Le ")), "{said}");
            assert!(!said.contains("de Le ") && !said.contains("de Les ") && !said.contains("de A"), "{said}");
        }
    }
}
