//! The proof of a visit: the customer's signature, stored first as an image, then recorded in
//! the day's log (`Signed`), so that the log never names an image that was not written.

use super::log::record;
use super::now;
use crate::app::idb::StorageError;
use crate::app::proof_store;
use crate::app::state::AppContext;
use crate::model::{EventKind, ProgressError, ProgressEvent};

/// Why a signature was not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignError {
    /// The log refuses it (the stop is neither done nor failed).
    Refused(ProgressError),
    /// The image could not be stored.
    Storage(StorageError),
}

/// Keeps the customer's signature `png` for `intervention`: checked against the log, stored,
/// then recorded as a `Signed` event with the image's key.
pub async fn sign(app: &AppContext, intervention: &str, png: Vec<u8>) -> Result<(), SignError> {
    let date = app.latest().sync.log.date.clone();
    let signed = |file: String| ProgressEvent {
        intervention: intervention.to_string(),
        at: now(),
        kind: EventKind::Signed { file },
    };
    (*app.latest().progress).clone().record(signed(String::new())).map_err(SignError::Refused)?;
    let key_at = |ms: u64| proof_store::signature_key(&date, intervention, ms);
    let file = proof_store::store_new(key_at, js_sys::Date::now() as u64, &png).await.map_err(SignError::Storage)?;
    record(app, signed(file)).map_err(SignError::Refused)
}

/// The proof image stored under `file` (a key the log names), if any.
pub async fn proof_image(file: &str) -> Result<Option<Vec<u8>>, StorageError> {
    proof_store::load(file).await
}
