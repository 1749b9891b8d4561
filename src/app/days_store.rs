//! The days other than the one on screen, kept in IndexedDB under `days.<date>`: the next days
//! the crew lead fills, where « Reporter » puts a job, and the days already worked (kept when
//! another day is opened). Each has its own revision, like the day on screen (see
//! [`super::revision`]): a tab writes a day only over the revision it last read.
//!
//! The day on screen stays under [`super::day_store::DAY_KEY`]; a `days.<date>` record of the
//! same date is an older copy and is not shown. A record that does not read is set aside, never
//! dropped.

use super::day_store::{decode, encode, DayOrigin, StoredDay, StoredDayError, DAY_SCHEMA};
use super::idb::{CheckedPutError, StorageError};
use super::revision::WriteRefused;
use crate::model::{Day, IsoDate};

/// Prefix of the keys of the other days.
const PREFIX: &str = "days.";

/// IndexedDB key of the day of `date`.
pub fn days_key(date: IsoDate) -> String {
    format!("{PREFIX}{date}")
}

/// What reading the other days gave.
#[derive(Debug, Default)]
pub struct OtherDays {
    /// The days that read, by date.
    pub days: Vec<StoredDay>,
    /// How many did not read: set aside (or, a newer app's, left in place).
    pub unreadable: usize,
}

/// Reads every other day, oldest first; one that does not read is set aside and counted.
pub async fn load_all() -> Result<OtherDays, StorageError> {
    let mut read = OtherDays::default();
    for (key, bytes) in super::idb::get_prefixed(PREFIX).await? {
        match decode(&bytes) {
            Ok(stored) => read.days.push(stored),
            Err(StoredDayError::NewerSchema(_)) => read.unreadable += 1,
            Err(error) => {
                web_sys::console::warn_1(&format!("{key}: {error}").into());
                read.unreadable += 1;
                if super::set_aside::keep(super::set_aside::AsideKind::Day, &bytes).await.is_ok() {
                    let _ = super::idb::delete(&key).await;
                }
            }
        }
    }
    read.days.sort_by_key(|stored| stored.day.date);
    Ok(read)
}

/// Stores `day` as revision `expected + 1` under its date, if the stored one is still revision
/// `expected` (0: none stored).
pub async fn save(day: &Day, origin: DayOrigin, expected: u64) -> Result<(), CheckedPutError<WriteRefused>> {
    let bytes = encode(day, origin, expected + 1);
    super::idb::put_checked(&days_key(day.date), &bytes, move |stored| {
        super::revision::may_replace(stored.as_deref(), expected, DAY_SCHEMA)
    })
    .await
}
