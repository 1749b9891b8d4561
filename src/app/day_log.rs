//! The day's log in IndexedDB: one record per event, never rewritten, so that two tabs (the
//! installed app and a browser tab) both recording on the same day keep every event, and a tab
//! killed mid-write loses at most the event it was writing.
//!
//! Each date has its own records, under `log.<date>.<when>-<tab>-<sequence>`: keys sort in the
//! order events were recorded, and no two tabs pick the same key. Since records are only ever
//! added, two copies of a log merge by their union. Logs written whole by earlier versions
//! (`progress`, `progress.<date>`) are read as the first events of their date and left as they are.

use super::idb::StorageError;
use crate::model::{DayProgress, ProgressEvent};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Start of every log record's key.
pub const LOG_PREFIX: &str = "log.";
/// Key of the whole log written by versions before one record per event.
pub const LEGACY_KEY: &str = "progress";
/// Version of an event record.
pub const EVENT_SCHEMA: u32 = 1;

/// The start of the keys of `date`'s records.
pub fn date_prefix(date: &str) -> String {
    format!("{LOG_PREFIX}{date}.")
}

/// The key of an event of `date` recorded at `recorded_ms` (milliseconds since 1970) by tab
/// `tab`, the `sequence`-th of that tab: zero-padded so that string order is time order.
pub fn event_key(date: &str, recorded_ms: u64, tab: &str, sequence: u32) -> String {
    format!("{}{recorded_ms:015}-{tab}-{sequence:06}", date_prefix(date))
}

/// The log of one date as its records, by key: what is shown is [`LogEntries::progress`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LogEntries {
    /// The date the records belong to.
    pub date: String,
    entries: BTreeMap<String, ProgressEvent>,
}

impl LogEntries {
    /// No record yet for `date`.
    pub fn new(date: &str) -> LogEntries {
        LogEntries { date: date.to_string(), entries: BTreeMap::new() }
    }

    /// Adds the record `key`.
    pub fn insert(&mut self, key: String, event: ProgressEvent) {
        self.entries.insert(key, event);
    }

    /// Adds the records of `other` (the same date read again): records are never removed, so
    /// the union is the log.
    pub fn merge(&mut self, other: LogEntries) {
        if other.date == self.date {
            self.entries.extend(other.entries);
        }
    }

    /// Whether record `key` is here.
    pub fn contains(&self, key: &str) -> bool {
        self.entries.contains_key(key)
    }

    /// The event of record `key`.
    pub fn get(&self, key: &str) -> Option<&ProgressEvent> {
        self.entries.get(key)
    }

    /// The log: every event in the order it was recorded.
    pub fn progress(&self) -> DayProgress {
        DayProgress { date: self.date.clone(), events: self.entries.values().cloned().collect() }
    }
}

/// What is written for one event.
#[derive(Serialize, Deserialize)]
struct StoredEvent {
    schema: u32,
    event: ProgressEvent,
}

/// The bytes to store for `event`.
pub fn encode_event(event: &ProgressEvent) -> Vec<u8> {
    serde_json::to_vec(&StoredEvent { schema: EVENT_SCHEMA, event: event.clone() }).expect("plain data")
}

/// Reads one event record; `None` if it is unreadable or from a newer version of the app.
fn decode_event(bytes: &[u8]) -> Option<ProgressEvent> {
    let stored: StoredEvent = serde_json::from_slice(bytes).ok()?;
    (stored.schema == EVENT_SCHEMA).then_some(stored.event)
}

/// Whether a stored record reads as an event with this version of the app.
pub fn reads(bytes: &[u8]) -> bool {
    decode_event(bytes).is_some()
}

/// When the record `key` was recorded (milliseconds since 1970), read from its key.
pub fn recorded_ms(key: &str) -> Option<u64> {
    let (_, rest) = key.strip_prefix(LOG_PREFIX)?.rsplit_once('.')?;
    rest.split('-').next()?.parse().ok()
}

/// What is in a whole log written by an earlier version.
#[derive(Deserialize)]
struct LegacyLog {
    schema: u32,
    progress: DayProgress,
}

/// What a date's stored log holds.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedLog {
    /// The records that read.
    pub entries: LogEntries,
    /// Records that did not read (corrupt, or from a newer version): kept where they are.
    pub unreadable: usize,
}

/// The log of `date` from its `records` (key, bytes) and the whole logs of earlier versions
/// (`legacy`: the bytes of `progress` and of `progress.<date>`, when stored).
pub fn read_log(date: &str, legacy: &[Vec<u8>], records: Vec<(String, Vec<u8>)>) -> LoadedLog {
    let mut entries = LogEntries::new(date);
    let mut unreadable = 0;
    let old_logs: Vec<Option<LegacyLog>> = legacy.iter().map(|bytes| serde_json::from_slice(bytes).ok()).collect();
    unreadable += old_logs.iter().filter(|log| log.as_ref().is_none_or(|log| log.schema != 1)).count();
    let old_log = old_logs.into_iter().flatten().find(|log| log.schema == 1 && log.progress.date == date);
    for (index, event) in old_log.into_iter().flat_map(|log| log.progress.events).enumerate() {
        entries.insert(format!("{}{:015}-legacy-{index:06}", date_prefix(date), 0), event);
    }
    for (key, bytes) in records {
        match decode_event(&bytes) {
            Some(event) if key.starts_with(&date_prefix(date)) => entries.insert(key, event),
            _ => unreadable += 1,
        }
    }
    LoadedLog { entries, unreadable }
}

/// This tab's name in the keys it writes: random, drawn once per page.
fn tab_name() -> String {
    thread_local! {
        static NAME: String = format!("{:08x}", (js_sys::Math::random() * f64::from(u32::MAX)) as u32);
    }
    NAME.with(Clone::clone)
}

/// A new key for an event of `date` recorded now by this tab.
pub fn new_key(date: &str) -> String {
    thread_local! {
        static SEQUENCE: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    }
    let sequence = SEQUENCE.with(|s| {
        s.set(s.get() + 1);
        s.get()
    });
    event_key(date, js_sys::Date::now() as u64, &tab_name(), sequence)
}

/// The stored log of `date`; a failed read is an error, never taken for an empty log (the
/// first tap would otherwise hide the crew's proof of work).
pub async fn load(date: &str) -> Result<LoadedLog, StorageError> {
    let records = match stored_records(date).await? {
        Some(records) => records,
        None => return Ok(LoadedLog { entries: LogEntries::new(date), unreadable: 0 }),
    };
    let mut legacy = Vec::new();
    for key in [LEGACY_KEY.to_string(), format!("{LEGACY_KEY}.{date}")] {
        if let Some(bytes) = super::idb::get(&key).await? {
            legacy.push(bytes);
        }
    }
    Ok(read_log(date, &legacy, records))
}

/// The records of `date`'s log alone, without the logs of earlier versions: what another tab
/// wrote (a tab only ever adds records), read each time it says so.
pub async fn load_records(date: &str) -> Result<LoadedLog, StorageError> {
    Ok(read_log(date, &[], stored_records(date).await?.unwrap_or_default()))
}

/// The stored records of `date`'s log; `None` where the browser has no IndexedDB at all.
async fn stored_records(date: &str) -> Result<Option<Vec<(String, Vec<u8>)>>, StorageError> {
    use super::idb;
    match idb::get_prefixed(&date_prefix(date)).await {
        Ok(records) => Ok(Some(records)),
        Err(_) if !idb::available() => Ok(None),
        Err(reason) => Err(reason),
    }
}

/// Stores the record `key`; done when the storage says it is written.
pub async fn store(key: &str, event: &ProgressEvent) -> Result<(), StorageError> {
    super::idb::put(key, &encode_event(event)).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EventKind;

    fn event(id: &str, at: &str, kind: EventKind) -> ProgressEvent {
        ProgressEvent { intervention: id.into(), at: at.parse().unwrap(), kind }
    }

    #[test]
    fn a_records_time_is_read_from_its_key_and_only_events_of_this_version_read() {
        assert_eq!(recorded_ms(&event_key("2026-12-02", 1_764_700_000_123, "ab12cd34", 7)), Some(1_764_700_000_123));
        assert_eq!(recorded_ms("log.2026-12-02.soup"), None);
        assert!(reads(&encode_event(&event("a", "08:00", EventKind::Arrived))));
        assert!(!reads(b"{\"schema\":2,\"event\":{}}"));
        assert!(!reads(b"garbage"));
    }

    #[test]
    fn keys_sort_in_the_order_events_were_recorded_whatever_the_tab() {
        let early = event_key("2026-12-02", 1_764_662_400_000, "ffffffff", 9);
        let late = event_key("2026-12-02", 1_764_662_400_001, "00000000", 1);
        assert!(early < late);
        assert!(early.starts_with(&date_prefix("2026-12-02")));
        assert!(!early.starts_with(&date_prefix("2026-12-0")), "one date's prefix is not another's");
        assert!(event_key("2026-12-02", 5, "a", 1) < event_key("2026-12-02", 5, "a", 2));
    }

    #[test]
    fn two_tabs_logs_merge_into_every_event_of_both() {
        let mut first_tab = LogEntries::new("2026-12-02");
        first_tab.insert(event_key("2026-12-02", 100, "aaaa", 1), event("A", "09:00", EventKind::Arrived));
        let mut second_tab = LogEntries::new("2026-12-02");
        second_tab.insert(event_key("2026-12-02", 200, "bbbb", 1), event("B", "09:01", EventKind::Arrived));
        let mut merged = first_tab.clone();
        merged.merge(second_tab.clone());
        merged.merge(second_tab.clone());
        let log = merged.progress();
        assert_eq!(log.events.len(), 2, "each event once");
        assert_eq!(log.events[0].intervention, "A");
        assert_eq!(log.events[1].intervention, "B");
        let mut other_way = second_tab;
        other_way.merge(first_tab);
        assert_eq!(other_way, merged, "the order of merging does not matter");
        merged.merge(LogEntries::new("2026-12-03"));
        assert_eq!(merged.progress().events.len(), 2, "another date's log is not mixed in");
    }

    #[test]
    fn records_read_after_an_old_whole_log_and_unreadable_ones_are_counted_not_dropped() {
        let date = "2026-12-02";
        let whole = |date: &str, event: ProgressEvent| serde_json::json!({ "schema": 1, "progress": DayProgress { date: date.into(), events: vec![event] } });
        let old = whole(date, event("A", "08:00", EventKind::Arrived));
        let other_date = whole("2026-11-30", event("Z", "08:00", EventKind::Done));
        let records = vec![
            (event_key(date, 100, "aaaa", 1), encode_event(&event("A", "09:00", EventKind::Done))),
            (event_key(date, 101, "aaaa", 2), b"{\"schema\":1,\"event\":".to_vec()),
            (event_key(date, 102, "aaaa", 3), br#"{"schema":2,"event":{}}"#.to_vec()),
        ];
        let legacy = vec![serde_json::to_vec(&other_date).unwrap(), serde_json::to_vec(&old).unwrap()];
        let loaded = read_log(date, &legacy, records);
        let log = loaded.entries.progress();
        assert_eq!(log.events.iter().map(|e| e.intervention.as_str()).collect::<Vec<_>>(), ["A", "A"]);
        assert_eq!(log.events[0].kind, EventKind::Arrived, "the old log comes first");
        assert_eq!(log.events[1].kind, EventKind::Done);
        assert_eq!(loaded.unreadable, 2, "a corrupt record and a newer one");
        let corrupt_old = read_log(date, &[b"[1,".to_vec()], Vec::new());
        assert_eq!((corrupt_old.entries.progress().events.len(), corrupt_old.unreadable), (0, 1));
    }
}
