//! The sentences about region packs that carry numbers or reasons: what a deployed pack holds,
//! why a download or the list failed. The core returns sizes and error codes; this turns them
//! into words in the user's language.

use super::i18n::Language;
use super::state::deployed_state::{DownloadError, ListError};
use crate::road::pack::deployed::{DeployedPack, IndexError};

/// A size in megabytes with one decimal, as the language writes decimals (`3,4` / `3.4`).
fn megabytes(bytes: u64, language: Language) -> String {
    language.decimal(bytes as f64 / 1e6, 1)
}

impl Language {
    /// « 3,4 Mo » / "3.4 MB".
    pub fn size(self, bytes: u64) -> String {
        format!("{} {}", megabytes(bytes, self), self.megabytes())
    }

    /// « 1,2 / 3,4 Mo » while downloading.
    pub fn size_of(self, received: u64, total: u64) -> String {
        format!("{} / {}", megabytes(received, self), self.size(total))
    }

    /// « 73 024 carrefours · 8 755 km de routes · 3,4 Mo » for a deployed pack.
    pub fn pack_facts(self, pack: &DeployedPack) -> String {
        let (junctions, km) = match self {
            Language::Fr => ("carrefours", "km de routes"),
            Language::En => ("junctions", "km of roads"),
        };
        format!("{} {junctions} · {:.0} {km} · {}", pack.junctions, pack.km, self.size(pack.bytes))
    }

    /// Why a deployed pack could not be installed, and what to do.
    pub fn download_error(self, error: &DownloadError) -> String {
        match (self, error) {
            (Language::Fr, DownloadError::Network(failure)) => format!(
                "réseau indisponible ({}) : réessayez avec du réseau, au dépôt par exemple.",
                self.fetch_failure(*failure)
            ),
            (Language::En, DownloadError::Network(failure)) => format!(
                "no network ({}): try again where there is signal, at the depot for instance.",
                self.fetch_failure(*failure)
            ),
            (_, DownloadError::Incomplete { received, expected }) => match self {
                Language::Fr => format!("téléchargement interrompu à {} : réessayez.", self.size_of(*received, *expected)),
                Language::En => format!("download cut at {}: try again.", self.size_of(*received, *expected)),
            },
            (Language::Fr, DownloadError::NotAsListed) => "le paquet déployé ne correspond pas à la liste des régions : l'installation doit relancer « tournee pack index static/regions ».".into(),
            (Language::En, DownloadError::NotAsListed) => "the deployed pack does not match the list of regions: whoever installed the app must run \"tournee pack index static/regions\" again.".into(),
            (_, DownloadError::Damaged(error)) => self.pack_read_error(error),
            (Language::Fr, DownloadError::Storage(error)) => {
                format!("le téléphone n'a pas pu l'enregistrer (mémoire pleine ?) : {}", self.storage_error(error))
            }
            (Language::En, DownloadError::Storage(error)) => {
                format!("the phone could not store it (storage full?): {}", self.storage_error(error))
            }
        }
    }

    /// Why the list of deployed packs is unavailable.
    pub fn list_error(self, error: &ListError) -> String {
        match (self, error) {
            (Language::Fr, ListError::Unreachable(failure)) => {
                format!("injoignable ({})", self.fetch_failure(*failure))
            }
            (Language::En, ListError::Unreachable(failure)) => {
                format!("unreachable ({})", self.fetch_failure(*failure))
            }
            (Language::Fr, ListError::Refused(IndexError::Unreadable(detail))) => {
                format!("liste des régions déployées illisible : {detail}")
            }
            (Language::Fr, ListError::Refused(IndexError::NewerFormat(format))) => {
                format!("liste des régions déployées au format {format}, plus récent que cette version de Tournée")
            }
            (Language::Fr, ListError::Refused(IndexError::BadFileName(file))) => {
                format!("liste des régions déployées : nom de fichier refusé « {file} »")
            }
            (Language::Fr, ListError::Refused(IndexError::Duplicate(file))) => {
                format!("liste des régions déployées : « {file} » figure deux fois")
            }
            (Language::En, ListError::Refused(IndexError::Unreadable(detail))) => format!("unreadable list: {detail}"),
            (Language::En, ListError::Refused(IndexError::NewerFormat(format))) => {
                format!("list in format {format}, newer than this version of Tournée")
            }
            (Language::En, ListError::Refused(IndexError::BadFileName(file))) => {
                format!("file name refused: \"{file}\"")
            }
            (Language::En, ListError::Refused(IndexError::Duplicate(file))) => format!("\"{file}\" is listed twice"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_use_each_languages_decimal_mark() {
        assert_eq!(Language::Fr.size(3_412_000), "3,4 Mo");
        assert_eq!(Language::En.size(3_412_000), "3.4 MB");
        assert_eq!(Language::Fr.size_of(1_200_000, 3_400_000), "1,2 / 3,4 Mo");
    }

    #[test]
    fn every_download_failure_says_what_happened_in_both_languages() {
        let cut = DownloadError::Incomplete { received: 1_000_000, expected: 3_000_000 };
        assert_eq!(Language::Fr.download_error(&cut), "téléchargement interrompu à 1,0 / 3,0 Mo : réessayez.");
        assert_eq!(Language::En.download_error(&cut), "download cut at 1.0 / 3.0 MB: try again.");
        let damaged = DownloadError::Damaged(crate::road::pack::PackError::Corrupt("fin".into()));
        assert_eq!(Language::En.download_error(&damaged), "region pack damaged or incomplete");
        assert!(Language::Fr.download_error(&damaged).contains("endommagé"));
        let full = DownloadError::Storage(crate::app::idb::StorageError::Full);
        assert!(Language::Fr.download_error(&full).contains("mémoire pleine"));
        assert_eq!(
            Language::En.download_error(&full),
            "the phone could not store it (storage full?): the phone's storage is full"
        );
        assert!(Language::En.download_error(&DownloadError::NotAsListed).contains("tournee pack index"));
        let offline = DownloadError::Network(crate::app::fetch::FetchFailure::Unreachable);
        assert_eq!(
            Language::En.download_error(&offline),
            "no network (server unreachable, and the file is not cached): try again where there is signal, at the \
             depot for instance."
        );
        assert!(Language::Fr.download_error(&offline).starts_with("réseau indisponible (serveur injoignable"));
    }

    #[test]
    fn every_list_failure_reads_in_both_languages_and_the_english_has_no_french() {
        use crate::road::pack::deployed::IndexError;
        for error in [
            ListError::Unreachable(crate::app::fetch::FetchFailure::Status(404)),
            ListError::Refused(IndexError::Unreadable("x".into())),
            ListError::Refused(IndexError::NewerFormat(9)),
            ListError::Refused(IndexError::BadFileName("../x.bin".into())),
            ListError::Refused(IndexError::Duplicate("x.bin".into())),
        ] {
            let (fr, en) = (Language::Fr.list_error(&error), Language::En.list_error(&error));
            assert_ne!(fr, en, "{error:?}");
            assert!(super::super::i18n::french_signs(&en).is_empty(), "French left in: {en}");
        }
        let damaged = DownloadError::Damaged(crate::road::pack::PackError::NotAPack);
        assert_eq!(Language::Fr.download_error(&damaged), "ce fichier n'est pas un paquet de région Tournée");
    }
}
