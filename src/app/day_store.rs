//! The day the user works on, kept in IndexedDB so that imports and edits survive reloads,
//! closing the tab and going offline.
//!
//! Stored as JSON in an envelope with a schema version and a revision (see
//! [`super::revision`]): a tab writes the day only over the revision it last read or wrote. A
//! record that cannot be read is never dropped: it is set aside (see [`super::set_aside`]) and
//! the user is told, and the app falls back to the demo day. A record from a newer version of
//! the app (after a rollback) is left where it is, and nothing is written over it.

use crate::model::Day;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// IndexedDB key of the stored day.
pub const DAY_KEY: &str = "day";
/// Where versions before [`super::set_aside`] moved one unreadable stored day (still listed).
pub const SET_ASIDE_KEY: &str = "day.unreadable";
/// IndexedDB key of the day a JSON day file replaced, kept so that the import can be undone.
pub const PREVIOUS_DAY_KEY: &str = "day.previous";
/// Version of the envelope written today.
pub const DAY_SCHEMA: u32 = 1;

/// Where the day's interventions come from: the shipped demo ones may be replaced freely by an
/// import, the user's own may not (the crew and the date do not count: they are kept either way).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DayOrigin {
    /// The demo day's interventions, untouched.
    #[default]
    Demo,
    /// Imported, typed in or edited by the user.
    User,
}

/// What is written under [`DAY_KEY`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredDay {
    /// Envelope version ([`DAY_SCHEMA`]).
    pub schema: u32,
    /// How many times the day was written (0 before revisions existed).
    #[serde(default)]
    pub revision: u64,
    /// Demo or the user's own.
    pub origin: DayOrigin,
    /// The day itself.
    pub day: Day,
}

/// Why a stored day could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum StoredDayError {
    /// The bytes are not a day in any known envelope.
    #[error("journée enregistrée illisible : {0}")]
    Unreadable(String),
    /// Written by a newer version of the app.
    #[error("journée enregistrée par une version plus récente de Tournée (schéma {0}) : gardée telle quelle, mettez l'application à jour")]
    NewerSchema(u32),
    /// The day reads but cannot be planned (duplicate ids…).
    #[error("journée enregistrée invalide : {0}")]
    Invalid(crate::model::DayError),
    /// The storage failed to read: what is stored is unknown, so nothing may be written over it.
    #[error("lecture de la journée enregistrée impossible ({0}) : rien n'a été modifié, rechargez la page")]
    ReadFailed(super::idb::StorageError),
}

/// The bytes to store for `day` as its `revision`.
pub fn encode(day: &Day, origin: DayOrigin, revision: u64) -> Vec<u8> {
    let stored = StoredDay { schema: DAY_SCHEMA, revision, origin, day: day.clone() };
    serde_json::to_vec(&stored).expect("a day is plain data")
}

/// Reads a stored day, migrating older envelopes.
///
/// Migrations: schema 0 was the bare day-file JSON (no envelope), read as the user's own.
pub fn decode(bytes: &[u8]) -> Result<StoredDay, StoredDayError> {
    let value: serde_json::Value =
        serde_json::from_slice(bytes).map_err(|e| StoredDayError::Unreadable(e.to_string()))?;
    let schema = value.get("schema").and_then(serde_json::Value::as_u64);
    let stored = match schema {
        None => {
            let day: Day = serde_json::from_value(value).map_err(|e| StoredDayError::Unreadable(e.to_string()))?;
            StoredDay { schema: DAY_SCHEMA, revision: 0, origin: DayOrigin::User, day }
        }
        Some(1) => serde_json::from_value(value).map_err(|e| StoredDayError::Unreadable(e.to_string()))?,
        Some(newer) => return Err(StoredDayError::NewerSchema(newer as u32)),
    };
    stored.day.validate().map_err(StoredDayError::Invalid)?;
    Ok(stored)
}

/// Saves the day as revision `expected + 1`, if the day stored is still revision `expected`;
/// refusals (another tab wrote it, a newer app did) and storage errors (full, private mode)
/// are returned for the user to see.
pub async fn save(
    day: &Day,
    origin: DayOrigin,
    expected: u64,
) -> Result<(), super::idb::CheckedPutError<super::revision::WriteRefused>> {
    let bytes = encode(day, origin, expected + 1);
    super::idb::put_checked(DAY_KEY, &bytes, move |stored| {
        super::revision::may_replace(stored.as_deref(), expected, DAY_SCHEMA)
    })
    .await
}

/// The stored day, `Ok(None)` when there is none (or the browser gives no storage at all); an
/// unreadable one is moved aside first, a newer app's one is left in place; a failed read is an
/// error, never "nothing stored".
pub async fn load() -> Result<Option<StoredDay>, StoredDayError> {
    let bytes = match super::idb::get(DAY_KEY).await {
        Ok(Some(bytes)) => bytes,
        Ok(None) => return Ok(None),
        Err(_) if !super::idb::available() => return Ok(None),
        Err(error) => return Err(StoredDayError::ReadFailed(error)),
    };
    match decode(&bytes) {
        Ok(stored) => Ok(Some(stored)),
        Err(error @ StoredDayError::NewerSchema(_)) => Err(error),
        Err(error) => {
            if super::set_aside::keep(super::set_aside::AsideKind::Day, &bytes).await.is_ok() {
                let _ = super::idb::delete(DAY_KEY).await;
            }
            Err(error)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEMO: &str = include_str!("../../static/demo/journee-andorre.json");

    #[test]
    fn a_day_round_trips_with_its_origin() {
        let day: Day = serde_json::from_str(DEMO).unwrap();
        let stored = decode(&encode(&day, DayOrigin::User, 4)).unwrap();
        assert_eq!(stored.day, day);
        assert_eq!(stored.origin, DayOrigin::User);
        assert_eq!(stored.schema, DAY_SCHEMA);
        assert_eq!(stored.revision, 4);
    }

    #[test]
    fn a_bare_day_file_from_schema_0_is_migrated_as_the_users_own() {
        let stored = decode(DEMO.as_bytes()).unwrap();
        assert_eq!(stored.origin, DayOrigin::User);
        assert_eq!(stored.revision, 0);
        assert_eq!(stored.day.interventions.len(), 25);
    }

    #[test]
    fn corrupt_newer_and_invalid_records_are_refused_with_the_reason() {
        assert!(matches!(decode(b"{\"schema\":1,\"day\":"), Err(StoredDayError::Unreadable(_))));
        assert_eq!(decode(b"{\"schema\":7}"), Err(StoredDayError::NewerSchema(7)));
        let mut day: Day = serde_json::from_str(DEMO).unwrap();
        let first = day.interventions[0].clone();
        day.interventions.push(first);
        let error = decode(&encode(&day, DayOrigin::User, 1)).unwrap_err();
        assert!(matches!(error, StoredDayError::Invalid(crate::model::DayError::DuplicateIntervention(_))), "{error}");
    }
}
