//! Revisions of the records several tabs may write (the day, the plan): each write stores the
//! revision it makes, and is refused if the record stored is not the one the tab last read or
//! wrote. A stale tab therefore never writes over a newer day or plan; it re-reads it instead.

use serde::Deserialize;

/// Why a write of a revised record was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteRefused {
    /// Another tab wrote this revision since this tab read the record.
    Stale {
        /// The revision stored now.
        stored: u64,
    },
    /// The record stored was written by a newer version of the app: kept as it is.
    Newer {
        /// Its schema.
        schema: u32,
    },
}

/// What every revised record starts with; missing fields (records from before revisions) are 0.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    schema: u32,
    #[serde(default)]
    revision: u64,
}

/// The revision of a stored record, 0 when it has none or cannot be read (an unreadable record
/// was set aside when it was read, so writing over it loses nothing).
pub fn revision_of(bytes: &[u8]) -> u64 {
    serde_json::from_slice::<Header>(bytes).map_or(0, |header| header.revision)
}

/// Whether a record of revision `expected` and schema at most `schema` may be replaced, given
/// what is `stored` now.
pub fn may_replace(stored: Option<&[u8]>, expected: u64, schema: u32) -> Result<(), WriteRefused> {
    let Some(bytes) = stored else { return Ok(()) };
    let header = serde_json::from_slice::<Header>(bytes).unwrap_or(Header { schema: 0, revision: 0 });
    if header.schema > schema {
        return Err(WriteRefused::Newer { schema: header.schema });
    }
    if header.revision != expected {
        return Err(WriteRefused::Stale { stored: header.revision });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_write_goes_through_only_over_the_revision_it_was_made_from() {
        assert_eq!(may_replace(None, 0, 1), Ok(()), "nothing stored yet");
        assert_eq!(may_replace(None, 5, 1), Ok(()), "a deleted record can be written again");
        let stored = br#"{"schema":1,"revision":3,"day":{}}"#;
        assert_eq!(may_replace(Some(stored), 3, 1), Ok(()));
        assert_eq!(may_replace(Some(stored), 2, 1), Err(WriteRefused::Stale { stored: 3 }));
        assert_eq!(may_replace(Some(stored), 4, 1), Err(WriteRefused::Stale { stored: 3 }));
    }

    #[test]
    fn a_newer_apps_record_is_never_written_over_and_old_records_count_as_revision_0() {
        let newer = br#"{"schema":2,"revision":0}"#;
        assert_eq!(may_replace(Some(newer), 0, 1), Err(WriteRefused::Newer { schema: 2 }));
        let before_revisions = br#"{"schema":1,"origin":"user","day":{}}"#;
        assert_eq!(revision_of(before_revisions), 0);
        assert_eq!(may_replace(Some(before_revisions), 0, 1), Ok(()));
        assert_eq!(may_replace(Some(b"not json"), 0, 1), Ok(()), "unreadable: set aside when read");
        assert_eq!(revision_of(br#"{"revision":7}"#), 7);
    }
}
