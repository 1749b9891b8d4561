//! Failures in the user's language: what the storage could not do and why, a pack build the
//! phone cannot take, the demo day missing. The state keeps them typed ([`Failure`]); this
//! words them when they are shown, so that switching language rewords what is on screen.

use super::fetch::FetchFailure;
use super::i18n::Language;
use super::idb::StorageError;
use super::state::failure::{DemoFileError, Failure, StorageFailure};
use super::texts::RegionText;

impl Language {
    /// `failure` in this language.
    pub fn failure(self, failure: &Failure) -> String {
        let fr = self == Language::Fr;
        let colon = self.colon();
        match failure {
            Failure::Worker { file: Some(file), error } => format!("{file}{colon}{}", self.worker_error(error)),
            Failure::Worker { file: None, error } => self.worker_error(error),
            Failure::Storage(failure) => self.storage_failure(failure),
            Failure::NoRegion => self.tr(RegionText::NoReadableRegion).to_string(),
            Failure::DemoDay(error) if fr => {
                format!("journée de démonstration indisponible : {}", self.demo_file_error(error))
            }
            Failure::DemoDay(error) => format!("the demo day is unavailable: {}", self.demo_file_error(error)),
            Failure::DemoRegion(error) if fr => {
                format!("région de démonstration indisponible : {}", self.demo_file_error(error))
            }
            Failure::DemoRegion(error) => format!("the demo region is unavailable: {}", self.demo_file_error(error)),
            Failure::ExtractTooLarge { file, limit_mb } => {
                format!("{file}{colon}{} {limit_mb:.0} {}", self.tr(RegionText::ExtractTooLarge), self.megabytes())
            }
            Failure::BuildNeedsMemory { file, need_mb, phone_gb } => format!(
                "{file}{colon}{} {need_mb:.0} {} {} {phone_gb} {}",
                self.tr(RegionText::BuildNeedsMemory),
                self.megabytes(),
                self.tr(RegionText::PhoneMemory),
                self.gigabytes()
            ),
            Failure::FileUnreadable { file } if fr => format!("{file} : lecture du fichier impossible"),
            Failure::FileUnreadable { file } => format!("{file}: the file could not be read"),
        }
    }

    /// Why a file shipped with the app could not be used.
    fn demo_file_error(self, error: &DemoFileError) -> String {
        match error {
            DemoFileError::Fetch(failure) => self.fetch_failure(*failure),
            DemoFileError::Day(located) => {
                format!("{}{}{}", self.location(&located.location), self.colon(), self.day_file_error(&located.error))
            }
            DemoFileError::Pack(error) => self.pack_read_error(error),
        }
    }

    /// Why a file of the app could not be fetched.
    pub fn fetch_failure(self, failure: FetchFailure) -> String {
        match (self, failure) {
            (Language::Fr, FetchFailure::NoWindow) => "pas de fenêtre de navigateur".into(),
            (Language::En, FetchFailure::NoWindow) => "no browser window".into(),
            (Language::Fr, FetchFailure::Unreachable) => "serveur injoignable, et le fichier n'est pas en cache".into(),
            (Language::En, FetchFailure::Unreachable) => "server unreachable, and the file is not cached".into(),
            (Language::Fr, FetchFailure::Status(status)) => format!("le serveur a répondu HTTP {status}"),
            (Language::En, FetchFailure::Status(status)) => format!("the server answered HTTP {status}"),
            (Language::Fr, FetchFailure::Interrupted) => "téléchargement interrompu".into(),
            (Language::En, FetchFailure::Interrupted) => "download interrupted".into(),
            (Language::Fr, FetchFailure::NotText) => "ce n'est pas un texte UTF-8".into(),
            (Language::En, FetchFailure::NotText) => "not UTF-8 text".into(),
        }
    }

    /// What the storage could not do, why, and what it means for the user.
    pub fn storage_failure(self, failure: &StorageFailure) -> String {
        let fr = self == Language::Fr;
        match failure {
            StorageFailure::DayRead(error) if fr => format!(
                "lecture de la journée enregistrée impossible ({}) : rien n'a été modifié, rechargez la page",
                self.storage_error(error)
            ),
            StorageFailure::DayRead(error) => format!(
                "the stored day could not be read ({}): nothing was changed, reload the page",
                self.storage_error(error)
            ),
            StorageFailure::LogRead(error) if fr => format!(
                "lecture du journal de la journée impossible ({}) : rien n'a été modifié, rechargez la page",
                self.storage_error(error)
            ),
            StorageFailure::LogRead(error) => format!(
                "the day's log could not be read ({}): nothing was changed, reload the page",
                self.storage_error(error)
            ),
            StorageFailure::PackWrite { file, error } if fr => {
                format!("{file} : le téléphone n'a pas pu enregistrer la région ({})", self.storage_error(error))
            }
            StorageFailure::PackWrite { file, error } => {
                format!("{file}: the phone could not store the region ({})", self.storage_error(error))
            }
        }
    }

    /// Why the storage failed, in a few words (the browser's own words when it gave some).
    pub fn storage_error(self, error: &StorageError) -> String {
        let fr = self == Language::Fr;
        match error {
            StorageError::Blocked if fr => "le navigateur bloque le stockage de Tournée".into(),
            StorageError::Blocked => "the browser blocks Tournée's storage".into(),
            StorageError::Full if fr => "mémoire du téléphone pleine".into(),
            StorageError::Full => "the phone's storage is full".into(),
            StorageError::Failed { name, message } => format!("{name}{}{message}", self.colon()),
            StorageError::NotWritten if fr => "écriture annulée par le navigateur".into(),
            StorageError::NotWritten => "write cancelled by the browser".into(),
            StorageError::Unknown if fr => "erreur inconnue".into(),
            StorageError::Unknown => "unknown error".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::pack::PackError;

    /// Marks of French in a sentence: its words, its spacing, its quotes.
    fn assert_no_french(english: &str) {
        for french in [" : ", "«", "»", "impossible", "journée", "téléphone", "mémoire", "Mo ", " de ", " le ", " la "]
        {
            assert!(!english.contains(french), "French ({french:?}) left in: {english}");
        }
    }

    #[test]
    fn each_storage_failure_is_worded_in_both_languages_and_the_english_has_no_french() {
        let failed = StorageError::Failed { name: "UnknownError".into(), message: "injected read failure".into() };
        let errors = [
            StorageError::Blocked,
            StorageError::Full,
            failed.clone(),
            StorageError::NotWritten,
            StorageError::Unknown,
        ];
        for error in errors {
            let failures = [
                StorageFailure::DayRead(error.clone()),
                StorageFailure::LogRead(error.clone()),
                StorageFailure::PackWrite { file: "monaco.osm.pbf".into(), error: error.clone() },
            ];
            for failure in failures {
                let failure = Failure::Storage(failure);
                let (fr, en) = (Language::Fr.failure(&failure), Language::En.failure(&failure));
                assert_ne!(fr, en, "{failure:?}");
                assert_no_french(&en);
            }
        }
        let read = Failure::Storage(StorageFailure::DayRead(failed));
        assert_eq!(
            Language::Fr.failure(&read),
            "lecture de la journée enregistrée impossible (UnknownError : injected read failure) : rien n'a été modifié, rechargez la page"
        );
        assert_eq!(
            Language::En.failure(&read),
            "the stored day could not be read (UnknownError: injected read failure): nothing was changed, reload the page"
        );
    }

    #[test]
    fn the_other_failures_are_worded_in_both_languages_and_the_english_has_no_french() {
        let file = "alpes.osm.pbf".to_string();
        let failures = [
            Failure::NoRegion,
            Failure::DemoDay(DemoFileError::Fetch(FetchFailure::Status(404))),
            Failure::DemoDay(DemoFileError::Day(crate::io::read_day_json("{").unwrap_err())),
            Failure::DemoRegion(DemoFileError::Fetch(FetchFailure::Unreachable)),
            Failure::DemoRegion(DemoFileError::Pack(PackError::Corrupt("truncated header".into()))),
            Failure::ExtractTooLarge { file: file.clone(), limit_mb: 67.0 },
            Failure::BuildNeedsMemory { file: file.clone(), need_mb: 157.0, phone_gb: 0.5 },
            Failure::FileUnreadable { file },
        ];
        for failure in failures {
            let (fr, en) = (Language::Fr.failure(&failure), Language::En.failure(&failure));
            assert_ne!(fr, en, "{failure:?}");
            assert_no_french(&en);
        }
        let cut = Failure::DemoDay(DemoFileError::Day(crate::io::read_day_json("{").unwrap_err()));
        assert_eq!(
            Language::Fr.failure(&cut),
            "journée de démonstration indisponible : ligne 1, colonne 1 : le texte s'arrête avant la fin de la \
             journée (fichier tronqué ?)"
        );
        let damaged = Failure::DemoRegion(DemoFileError::Pack(PackError::Corrupt("truncated header".into())));
        assert_eq!(Language::En.failure(&damaged), "the demo region is unavailable: region pack damaged or incomplete");
        let memory = Failure::BuildNeedsMemory { file: "a.osm.pbf".into(), need_mb: 157.0, phone_gb: 0.5 };
        assert!(Language::Fr.failure(&memory).contains("demande environ 157 Mo de mémoire, ce téléphone en a 0.5 Go"));
    }
}
