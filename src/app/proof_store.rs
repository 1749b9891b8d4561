//! The proof of a visit in IndexedDB: the customer's signature, a PNG image, under a key of its
//! date and intervention. An image is only ever added (signing again adds a new one), so the
//! log's `Signed` events keep pointing at the image signed then.

use super::idb::{self, StorageError};

/// Start of every proof image's key.
pub const PROOF_PREFIX: &str = "proof.";

/// The key of the signature for `intervention` on `date`, signed at `recorded_ms` (milliseconds
/// since 1970): zero-padded so that a date's images sort in the order they were made.
pub fn signature_key(date: &str, intervention: &str, recorded_ms: u64) -> String {
    format!("{PROOF_PREFIX}{date}.{intervention}.signature-{recorded_ms:015}.png")
}

/// Stores the image `bytes` under `key`; done when the storage says it is written.
pub async fn store(key: &str, bytes: &[u8]) -> Result<(), StorageError> {
    idb::put(key, bytes).await
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
}
