//! The sentences about photos of the visit that carry numbers or reasons: the day's budget, what
//! became of a photo added, why one was not kept. Sizes in « Ko » under a megabyte, else in
//! « Mo » with the language's decimal mark (« 3,2 Mo » / "3.2 MB").

use super::i18n::Language;
use super::idb::StorageError;
use super::photo_jpeg::{Jpeg, PhotoReadError, MAX_PIXELS};
use super::planning::PhotoError;
use crate::model::PHOTO_BUDGET_BYTES;

impl Language {
    /// « 50 Mo » / "50 MB": the day's photo budget.
    fn photo_budget_size(self) -> String {
        format!("{} {}", self.decimal(PHOTO_BUDGET_BYTES as f64 / 1e6, 0), self.megabytes())
    }

    /// A photo's size: « 312 Ko » under a megabyte (rounded up: never « 0 »), « 1,2 Mo » from
    /// one / "312 kB", "1.2 MB".
    pub fn photo_size(self, bytes: u64) -> String {
        if bytes >= 1_000_000 {
            return self.size(bytes);
        }
        let kilobytes = bytes.div_ceil(1000);
        match self {
            Language::Fr => format!("{kilobytes} Ko"),
            Language::En => format!("{kilobytes} kB"),
        }
    }

    /// « Photos de la journée : 3,2 Mo sur 50 Mo » / "Photos of the day: 3.2 MB of 50 MB".
    pub fn photo_budget(self, used: u64) -> String {
        let used = self.photo_size(used);
        match self {
            Language::Fr => format!("Photos de la journée : {used} sur {}", self.photo_budget_size()),
            Language::En => format!("Photos of the day: {used} of {}", self.photo_budget_size()),
        }
    }

    /// « Photo ajoutée : 4000 × 3000 px réduite à 1280 × 960 px, 0,3 Mo. » (the size it came
    /// from said only when it was reduced).
    pub fn photo_kept(self, jpeg: &Jpeg) -> String {
        let (width, height) = jpeg.size;
        let size = self.photo_size(jpeg.bytes.len() as u64);
        let reduced = jpeg.source != jpeg.size;
        let (from_width, from_height) = jpeg.source;
        match (self, reduced) {
            (Language::Fr, true) => {
                format!("Photo ajoutée : {from_width} × {from_height} px réduite à {width} × {height} px, {size}.")
            }
            (Language::Fr, false) => format!("Photo ajoutée : {width} × {height} px, {size}."),
            (Language::En, true) => {
                format!("Photo added: {from_width} × {from_height} px reduced to {width} × {height} px, {size}.")
            }
            (Language::En, false) => format!("Photo added: {width} × {height} px, {size}."),
        }
    }

    /// Why a photo was not kept, and that nothing else was lost.
    pub fn photo_error(self, error: &PhotoError) -> String {
        let fr = self == Language::Fr;
        match error {
            PhotoError::Read(read) => self.photo_read_error(read),
            PhotoError::Refused(refused) => format!("{}.", capitalised(&self.progress_error(refused))),
            PhotoError::Storage(StorageError::Full) if fr => "Mémoire du téléphone pleine : cette photo n'a pas été enregistrée. \
                Les photos et la journée déjà enregistrées sont intactes ; libérez de la place sur le téléphone pour en ajouter."
                .into(),
            PhotoError::Storage(StorageError::Full) => "The phone's storage is full: this photo was not saved. \
                The photos and the day saved already are intact; free some space on the phone to add more."
                .into(),
            PhotoError::Storage(other) if fr => {
                format!("La photo n'a pas été enregistrée ({}) ; rien d'autre n'a changé.", self.storage_error(other))
            }
            PhotoError::Storage(other) => {
                format!("The photo was not saved ({}); nothing else changed.", self.storage_error(other))
            }
        }
    }

    /// Why a file gave no photo.
    fn photo_read_error(self, error: &PhotoReadError) -> String {
        let fr = self == Language::Fr;
        match error {
            PhotoReadError::NotAnImage { name } if fr => {
                format!("« {name} » n'est pas une image : choisissez une photo. Rien n'a été ajouté.")
            }
            PhotoReadError::NotAnImage { name } => format!("“{name}” is not an image: choose a photo. Nothing was added."),
            PhotoReadError::Unreadable { name } if fr => format!(
                "« {name} » ne peut pas être lue : image abîmée, ou dans un format que ce téléphone ne lit pas. Rien n'a été ajouté."
            ),
            PhotoReadError::Unreadable { name } => format!(
                "“{name}” cannot be read: the image is damaged, or in a format this phone does not read. Nothing was added."
            ),
            PhotoReadError::TooManyPixels { width, height } => {
                let megapixels = u64::from(*width) * u64::from(*height) / 1_000_000;
                let most = MAX_PIXELS / 1_000_000;
                if fr {
                    format!("Image trop grande ({width} × {height} px, {megapixels} mégapixels) : {most} mégapixels au plus. Rien n'a été ajouté.")
                } else {
                    format!("Image too large ({width} × {height} px, {megapixels} megapixels): {most} megapixels at most. Nothing was added.")
                }
            }
            PhotoReadError::NotCompressed if fr => {
                "Le téléphone n'a pas pu réduire la photo (mémoire insuffisante) : fermez d'autres applications et réessayez."
                    .into()
            }
            PhotoReadError::NotCompressed => {
                "The phone could not reduce the photo (not enough memory): close other apps and try again.".into()
            }
        }
    }
}

/// `text` with its first letter in capitals (a sentence of its own).
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::i18n::french_signs;
    use crate::model::ProgressError;

    #[test]
    fn the_budget_is_written_with_each_languages_decimal_mark() {
        assert_eq!(Language::Fr.photo_budget(3_240_000), "Photos de la journée : 3,2 Mo sur 50 Mo");
        assert_eq!(Language::En.photo_budget(3_240_000), "Photos of the day: 3.2 MB of 50 MB");
        assert_eq!(Language::Fr.photo_budget(0), "Photos de la journée : 0 Ko sur 50 Mo");
        assert_eq!((Language::Fr.photo_size(41_200), Language::En.photo_size(1)), ("42 Ko".into(), "1 kB".into()));
    }

    #[test]
    fn a_photo_kept_says_what_it_became() {
        let reduced = Jpeg { bytes: vec![0; 312_000], size: (1280, 960), source: (4000, 3000) };
        assert_eq!(
            Language::Fr.photo_kept(&reduced),
            "Photo ajoutée : 4000 × 3000 px réduite à 1280 × 960 px, 312 Ko."
        );
        let small = Jpeg { bytes: vec![0; 52_000], size: (800, 600), source: (800, 600) };
        assert_eq!(Language::En.photo_kept(&small), "Photo added: 800 × 600 px, 52 kB.");
    }

    #[test]
    fn every_refusal_reads_in_both_languages_and_the_english_has_no_french() {
        let budget = ProgressError::PhotoBudget { used: 49_800_000, photo: 310_000, budget: PHOTO_BUDGET_BYTES };
        for error in [
            PhotoError::Read(PhotoReadError::NotAnImage { name: "notes.txt".into() }),
            PhotoError::Read(PhotoReadError::Unreadable { name: "abîmée.jpg".into() }),
            PhotoError::Read(PhotoReadError::TooManyPixels { width: 20_000, height: 20_000 }),
            PhotoError::Read(PhotoReadError::NotCompressed),
            PhotoError::Refused(budget.clone()),
            PhotoError::Refused(ProgressError::PhotoNotFinished("F-1".into())),
            PhotoError::Storage(StorageError::Full),
            PhotoError::Storage(StorageError::NotWritten),
        ] {
            let (fr, en) = (Language::Fr.photo_error(&error), Language::En.photo_error(&error));
            assert_ne!(fr, en, "{error:?}");
            assert!(french_signs(&en).is_empty(), "French left in: {en}");
        }
        let full = Language::Fr.photo_error(&PhotoError::Storage(StorageError::Full));
        assert!(full.starts_with("Mémoire du téléphone pleine") && full.contains("intactes"), "{full}");
        assert_eq!(
            Language::Fr
                .photo_error(&PhotoError::Read(PhotoReadError::TooManyPixels { width: 20_000, height: 20_000 })),
            "Image trop grande (20000 × 20000 px, 400 mégapixels) : 120 mégapixels au plus. Rien n'a été ajouté."
        );
        assert!(Language::Fr.photo_error(&PhotoError::Refused(budget)).starts_with("Photo refusée : "));
    }
}
