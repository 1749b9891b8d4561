//! Photos of the visit: each one made small on the phone, stored first as a JPEG image, then
//! recorded in the day's log (`Photo`), so that the log never names an image that was not
//! written; taken back and given back by new events of the log, never by erasing.

use super::log::record;
use super::now;
use crate::app::idb::StorageError;
use crate::app::photo_jpeg::{jpeg_of, Jpeg, PhotoReadError};
use crate::app::proof_store;
use crate::app::state::AppContext;
use crate::model::{EventKind, ProgressError, ProgressEvent};

/// Why a photo was not kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoError {
    /// The file gave no photo (no image, damaged, too large to decode).
    Read(PhotoReadError),
    /// The log refuses it (the stop is neither done nor failed, or the day's budget is spent).
    Refused(ProgressError),
    /// The image could not be stored (a full disk among others): nothing was recorded.
    Storage(StorageError),
}

/// Makes the photo in `file` small, checks it against the log (a finished stop, the day's
/// budget), stores it, then records it as a `Photo` event for `intervention`. Returns the photo
/// kept, for the user to see what became of it.
pub async fn add_photo(app: &AppContext, intervention: &str, file: &web_sys::File) -> Result<Jpeg, PhotoError> {
    let refused = |event: &ProgressEvent| (*app.latest().progress).clone().record(event.clone());
    let probe = EventKind::Photo { file: String::new(), bytes: 0 };
    refused(&ProgressEvent { intervention: intervention.to_string(), at: now(), kind: probe })
        .map_err(PhotoError::Refused)?;
    let jpeg = jpeg_of(file).await.map_err(PhotoError::Read)?;
    let bytes = jpeg.bytes.len() as u64;
    let sized = EventKind::Photo { file: String::new(), bytes };
    refused(&ProgressEvent { intervention: intervention.to_string(), at: now(), kind: sized })
        .map_err(PhotoError::Refused)?;
    let date = app.latest().sync.log.date.clone();
    let key_at = |ms: u64| proof_store::photo_key(&date, intervention, ms);
    let file =
        proof_store::store_new(key_at, js_sys::Date::now() as u64, &jpeg.bytes).await.map_err(PhotoError::Storage)?;
    let kind = EventKind::Photo { file, bytes };
    record(app, ProgressEvent { intervention: intervention.to_string(), at: now(), kind })
        .map_err(PhotoError::Refused)?;
    Ok(jpeg)
}

/// Takes back the photo `file` of `intervention` (a wrong shot): it no longer counts, and its
/// image stays stored so that [`restore_photo`] can give it back.
pub fn remove_photo(app: &AppContext, intervention: &str, file: &str) -> Result<(), ProgressError> {
    let kind = EventKind::PhotoRemoved { file: file.to_string() };
    record(app, ProgressEvent { intervention: intervention.to_string(), at: now(), kind })
}

/// Gives back the photo `file` of `intervention` taken back before.
pub fn restore_photo(app: &AppContext, intervention: &str, file: &str) -> Result<(), ProgressError> {
    let kind = EventKind::PhotoRestored { file: file.to_string() };
    record(app, ProgressEvent { intervention: intervention.to_string(), at: now(), kind })
}
