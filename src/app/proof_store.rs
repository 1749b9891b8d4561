//! The proof of a visit in IndexedDB: the customer's signature (a PNG image) and the photos (JPEG
//! images), under a key of their date and intervention. An image is only ever added (signing
//! again or another photo adds a new one; a photo taken back stays), so the log's `Signed` and
//! `Photo` events keep pointing at the image made then.

use super::idb::{self, CheckedPutError, StorageError};

/// Start of every proof image's key.
pub const PROOF_PREFIX: &str = "proof.";

/// The key of the signature for `intervention` on `date`, signed at `recorded_ms` (milliseconds
/// since 1970): zero-padded so that a date's images sort in the order they were made.
pub fn signature_key(date: &str, intervention: &str, recorded_ms: u64) -> String {
    format!("{PROOF_PREFIX}{date}.{intervention}.signature-{recorded_ms:015}.png")
}

/// The key of a photo of the visit to `intervention` on `date`, taken at `recorded_ms`
/// (milliseconds since 1970), zero-padded like [`signature_key`].
pub fn photo_key(date: &str, intervention: &str, recorded_ms: u64) -> String {
    format!("{PROOF_PREFIX}{date}.{intervention}.photo-{recorded_ms:015}.jpg")
}

/// How many later keys [`store_new`] tries when one is taken.
const KEY_TRIES: u64 = 1000;

/// Stores the image `bytes` under the first of `key_at(from_ms)`, `key_at(from_ms + 1)`… that
/// holds nothing yet, checked in the storage's own transaction: an image is never overwritten,
/// even by two photos kept within the same millisecond (or from two tabs). Returns the key used,
/// once the storage says it is written.
pub async fn store_new(key_at: impl Fn(u64) -> String, from_ms: u64, bytes: &[u8]) -> Result<String, StorageError> {
    for ms in from_ms..from_ms + KEY_TRIES {
        let key = key_at(ms);
        let free = |stored: Option<Vec<u8>>| stored.map_or(Ok(()), |_| Err(()));
        match idb::put_checked(&key, bytes, free).await {
            Ok(()) => return Ok(key),
            Err(CheckedPutError::Refused(())) => continue,
            Err(CheckedPutError::Storage(error)) => return Err(error),
        }
    }
    Err(StorageError::NotWritten)
}

/// The image stored under `key`, if any.
pub async fn load(key: &str) -> Result<Option<Vec<u8>>, StorageError> {
    idb::get(key).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_key_names_its_date_and_intervention_and_sorts_by_time() {
        let first = signature_key("2026-11-26", "job-7", 1_764_150_000_000);
        assert_eq!(first, "proof.2026-11-26.job-7.signature-001764150000000.png");
        assert!(first < signature_key("2026-11-26", "job-7", 1_764_150_000_001));
    }

    #[test]
    fn a_photo_key_names_its_date_and_intervention_and_sorts_by_time() {
        let first = photo_key("2026-11-26", "job-7", 1_764_150_000_000);
        assert_eq!(first, "proof.2026-11-26.job-7.photo-001764150000000.jpg");
        assert!(first < photo_key("2026-11-26", "job-7", 1_764_150_000_001));
    }
}
