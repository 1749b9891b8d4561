//! What the app cannot read is set aside, never deleted: each record under a key of its own
//! (`aside.<kind>.<when>-<n>`), so that a second unreadable day never replaces the first. The
//! Réglages tab lists them with what each holds, offers each as a file for support, and puts a
//! day or settings back once this version of the app reads it (after an update, say), setting
//! aside what it replaces in turn.
//!
//! Records kept where they are because a newer version of the app wrote them (the day), or
//! because they do not read (records of the log), are listed beside them.

use super::day_store::{self, StoredDay, StoredDayError};
use super::settings::{self, Settings, SettingsError};

/// Start of every set-aside record's key in IndexedDB.
pub const ASIDE_PREFIX: &str = "aside.";
/// Start of the localStorage keys of set-aside settings (the settings live there).
pub const SETTINGS_ASIDE_PREFIX: &str = settings::SET_ASIDE_KEY;

/// What a record set aside was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AsideKind {
    /// The day (the interventions, the crew, the date).
    Day,
    /// A region's road pack.
    Region,
    /// The preferences.
    Settings,
    /// One event of the technician's log.
    LogRecord,
}

impl AsideKind {
    /// The kind's name in a key.
    fn code(self) -> &'static str {
        match self {
            AsideKind::Day => "day",
            AsideKind::Region => "region",
            AsideKind::Settings => "settings",
            AsideKind::LogRecord => "log",
        }
    }

    fn from_code(code: &str) -> Option<AsideKind> {
        [AsideKind::Day, AsideKind::Region, AsideKind::Settings, AsideKind::LogRecord]
            .into_iter()
            .find(|kind| kind.code() == code)
    }

    /// The file extension of a record of this kind offered as a file.
    pub fn extension(self) -> &'static str {
        match self {
            AsideKind::Region => "bin",
            _ => "json",
        }
    }
}

/// The key of a record of `kind` set aside at `set_aside_ms` (milliseconds since 1970), with a
/// `nonce` that keeps two records of the same millisecond apart; string order is time order.
pub fn aside_key(kind: AsideKind, set_aside_ms: u64, nonce: u32) -> String {
    format!("{ASIDE_PREFIX}{}.{set_aside_ms:015}-{nonce:08x}", kind.code())
}

/// The kind and time of a set-aside key; `None` for a key that is not one.
pub fn parse_key(key: &str) -> Option<(AsideKind, u64)> {
    let (kind, rest) = key.strip_prefix(ASIDE_PREFIX)?.split_once('.')?;
    let (ms, _) = rest.split_once('-')?;
    Some((AsideKind::from_code(kind)?, ms.parse().ok()?))
}

/// Where a listed record is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Set aside under its own IndexedDB key.
    Aside,
    /// Left where it was, in IndexedDB (the stored day, a log record).
    InPlace,
    /// In localStorage (settings).
    Local,
}

/// A record set aside, or kept in place unread.
#[derive(Debug, Clone, PartialEq)]
pub struct AsideRecord {
    /// Its key (IndexedDB or localStorage, see `place`).
    pub key: String,
    /// What it was.
    pub kind: AsideKind,
    /// When it was set aside (milliseconds since 1970), when known.
    pub set_aside_ms: Option<u64>,
    /// Where it is.
    pub place: Place,
    /// Its bytes, as found.
    pub bytes: Vec<u8>,
}

/// What a record holds, read by this version of the app.
#[derive(Debug, Clone, PartialEq)]
pub enum AsideContent {
    /// A day this version reads: it can be put back.
    Day(Box<StoredDay>),
    /// A day this version cannot read, and why (the reader's message gives line and column).
    UnreadableDay(StoredDayError),
    /// Settings this version reads: they can be put back.
    Settings(Settings),
    /// Settings this version cannot read, and why.
    UnreadableSettings(SettingsError),
    /// A road pack (put back by adding the file as a region).
    Region {
        /// Its size in bytes.
        bytes: usize,
    },
    /// A log record that does not read.
    UnreadableLogRecord,
}

impl AsideContent {
    /// Whether putting it back is offered: this version reads it.
    pub fn restorable(&self) -> bool {
        matches!(self, AsideContent::Day(_) | AsideContent::Settings(_))
    }
}

/// Reads `record` with this version of the app.
pub fn describe(record: &AsideRecord) -> AsideContent {
    match record.kind {
        AsideKind::Day => match day_store::decode(&record.bytes) {
            Ok(stored) => AsideContent::Day(Box::new(stored)),
            Err(error) => AsideContent::UnreadableDay(error),
        },
        AsideKind::Settings => match settings::decode(&String::from_utf8_lossy(&record.bytes)) {
            Ok(settings) => AsideContent::Settings(settings),
            Err(error) => AsideContent::UnreadableSettings(error),
        },
        AsideKind::Region => AsideContent::Region { bytes: record.bytes.len() },
        AsideKind::LogRecord => AsideContent::UnreadableLogRecord,
    }
}

/// The file name a record is offered under: the kind and the moment it was set aside.
pub fn file_name(record: &AsideRecord) -> String {
    let when = record.set_aside_ms.map_or_else(|| "ancien".to_string(), |ms| ms.to_string());
    format!("tournee-mis-de-cote-{}-{when}.{}", record.kind.code(), record.kind.extension())
}

/// Newest first, then by key: the list as shown.
pub fn sorted(mut records: Vec<AsideRecord>) -> Vec<AsideRecord> {
    records.sort_by(|a, b| b.set_aside_ms.cmp(&a.set_aside_ms).then_with(|| a.key.cmp(&b.key)));
    records
}

pub use browser::{forget, keep, keep_settings, list, set_aside_newer_day};

/// Reading and writing the records in the browser's storage.
mod browser {
    use super::*;
    use crate::app::idb::StorageError;
    use crate::app::{day_log, idb, region};

    /// Where versions before this one set aside one unreadable day or pack (listed, never rewritten).
    const LEGACY_SLOTS: [(&str, AsideKind); 2] =
        [(day_store::SET_ASIDE_KEY, AsideKind::Day), (region::SET_ASIDE_PACK_KEY, AsideKind::Region)];

    fn now_ms() -> u64 {
        js_sys::Date::now() as u64
    }

    fn nonce() -> u32 {
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32
    }

    /// Sets `bytes` aside as a record of `kind` under a key of its own; done when the storage
    /// says it is written, and only then may the original be removed.
    pub async fn keep(kind: AsideKind, bytes: &[u8]) -> Result<String, StorageError> {
        let key = aside_key(kind, now_ms(), nonce());
        idb::put(&key, bytes).await.map(|()| key)
    }

    /// Sets aside settings text that does not read, in localStorage beside the settings (they
    /// are read before IndexedDB can be); `false` when the storage refused it.
    pub fn keep_settings(storage: &web_sys::Storage, text: &str) -> bool {
        let key = format!("{SETTINGS_ASIDE_PREFIX}.{:015}-{:08x}", now_ms(), nonce());
        storage.set_item(&key, text).is_ok()
    }

    fn local_storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    /// Every record set aside or kept in place unread, newest first.
    pub async fn list() -> Result<Vec<AsideRecord>, StorageError> {
        let mut records: Vec<AsideRecord> = idb::get_prefixed(ASIDE_PREFIX)
            .await?
            .into_iter()
            .filter_map(|(key, bytes)| {
                let (kind, ms) = parse_key(&key)?;
                Some(AsideRecord { key, kind, set_aside_ms: Some(ms), place: Place::Aside, bytes })
            })
            .collect();
        for (key, kind) in LEGACY_SLOTS {
            if let Some(bytes) = idb::get(key).await? {
                records.push(AsideRecord { key: key.into(), kind, set_aside_ms: None, place: Place::Aside, bytes });
            }
        }
        if let Some(bytes) = idb::get(day_store::DAY_KEY).await? {
            if let Err(StoredDayError::NewerSchema(_)) = day_store::decode(&bytes) {
                let key = day_store::DAY_KEY.to_string();
                records.push(AsideRecord {
                    key,
                    kind: AsideKind::Day,
                    set_aside_ms: None,
                    place: Place::InPlace,
                    bytes,
                });
            }
        }
        for (key, bytes) in idb::get_prefixed(day_log::LOG_PREFIX).await? {
            if !day_log::reads(&bytes) {
                let ms = day_log::recorded_ms(&key);
                records.push(AsideRecord {
                    key,
                    kind: AsideKind::LogRecord,
                    set_aside_ms: ms,
                    place: Place::InPlace,
                    bytes,
                });
            }
        }
        if let Some(storage) = local_storage() {
            let count = storage.length().unwrap_or(0);
            let keys: Vec<String> = (0..count).filter_map(|i| storage.key(i).ok().flatten()).collect();
            for key in keys.into_iter().filter(|key| key.starts_with(SETTINGS_ASIDE_PREFIX)) {
                let Some(text) = storage.get_item(&key).ok().flatten() else { continue };
                let ms =
                    key.rsplit_once('.').and_then(|(_, rest)| rest.split_once('-')).and_then(|(ms, _)| ms.parse().ok());
                records.push(AsideRecord {
                    key,
                    kind: AsideKind::Settings,
                    set_aside_ms: ms,
                    place: Place::Local,
                    bytes: text.into_bytes(),
                });
            }
        }
        Ok(sorted(records))
    }

    /// Removes `record` once what it held is stored again elsewhere.
    pub async fn forget(record: &AsideRecord) -> Result<(), StorageError> {
        match record.place {
            Place::Local => {
                let storage = local_storage().ok_or(StorageError::Blocked)?;
                storage.remove_item(&record.key).map_err(StorageError::of_js)
            }
            Place::Aside | Place::InPlace => idb::delete(&record.key).await,
        }
    }

    /// Moves the stored day of a newer version of the app aside, so that this version can start
    /// on a day of its own; the newer day comes back with « Restaurer » once the app is updated.
    pub async fn set_aside_newer_day() -> Result<(), StorageError> {
        let Some(bytes) = idb::get(day_store::DAY_KEY).await? else { return Ok(()) };
        keep(AsideKind::Day, &bytes).await?;
        idb::delete(day_store::DAY_KEY).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: AsideKind, bytes: &[u8]) -> AsideRecord {
        AsideRecord {
            key: aside_key(kind, 1, 2),
            kind,
            set_aside_ms: Some(1),
            place: Place::Aside,
            bytes: bytes.to_vec(),
        }
    }

    #[test]
    fn keys_give_back_their_kind_and_time_and_sort_in_time_order() {
        let key = aside_key(AsideKind::Day, 1_764_000_000_000, 0xabc);
        assert_eq!(key, "aside.day.001764000000000-00000abc");
        assert_eq!(parse_key(&key), Some((AsideKind::Day, 1_764_000_000_000)));
        assert_eq!(parse_key(&aside_key(AsideKind::Region, 5, 1)), Some((AsideKind::Region, 5)));
        assert!(aside_key(AsideKind::Day, 9, u32::MAX) < aside_key(AsideKind::Day, 10, 0));
        assert_eq!(parse_key("aside.soup.001-0"), None);
        assert_eq!(parse_key("day.unreadable"), None);
        assert_eq!(parse_key("aside.day.12x-0"), None);
    }

    #[test]
    fn a_day_this_version_reads_can_be_put_back_and_one_it_cannot_says_where_it_breaks() {
        let day: crate::model::Day =
            serde_json::from_str(include_str!("../../static/demo/journee-andorre.json")).unwrap();
        let good = record(AsideKind::Day, &day_store::encode(&day, day_store::DayOrigin::User, 3));
        match describe(&good) {
            AsideContent::Day(stored) => assert_eq!(stored.day.interventions.len(), 25),
            other => panic!("{other:?}"),
        }
        assert!(describe(&good).restorable());
        let broken = record(AsideKind::Day, b"{\"schema\":1,\n\"day\": [");
        match describe(&broken) {
            AsideContent::UnreadableDay(StoredDayError::Unreadable(why)) => assert!(why.contains("line 2"), "{why}"),
            other => panic!("{other:?}"),
        }
        assert!(!describe(&broken).restorable());
        let newer = record(AsideKind::Day, b"{\"schema\":9}");
        assert_eq!(describe(&newer), AsideContent::UnreadableDay(StoredDayError::NewerSchema(9)));
    }

    #[test]
    fn settings_regions_and_log_records_are_described_by_what_they_hold() {
        let settings = record(AsideKind::Settings, br#"{"schema":1,"language":"en"}"#);
        assert_eq!(
            describe(&settings),
            AsideContent::Settings(Settings { language: super::super::i18n::Language::En, ..Settings::default() })
        );
        assert!(describe(&settings).restorable());
        assert!(matches!(describe(&record(AsideKind::Settings, b"{")), AsideContent::UnreadableSettings(_)));
        assert_eq!(describe(&record(AsideKind::Region, &[0; 7])), AsideContent::Region { bytes: 7 });
        assert!(!describe(&record(AsideKind::Region, &[0; 7])).restorable());
        assert_eq!(describe(&record(AsideKind::LogRecord, b"x")), AsideContent::UnreadableLogRecord);
    }

    #[test]
    fn the_list_shows_the_newest_first_and_old_slots_last() {
        let mut old = record(AsideKind::Day, b"");
        old.set_aside_ms = None;
        let mut late = record(AsideKind::Region, b"");
        late.set_aside_ms = Some(50);
        let early = record(AsideKind::Day, b"");
        let order: Vec<Option<u64>> = sorted(vec![early, old, late]).iter().map(|r| r.set_aside_ms).collect();
        assert_eq!(order, vec![Some(50), Some(1), None]);
        assert_eq!(file_name(&record(AsideKind::Region, b"")), "tournee-mis-de-cote-region-1.bin");
    }
}
