//! « Prêt pour la journée » : what the phone inspects before the technician leaves the signal
//! behind (the day stored, the region and the app offline, the storage protected), which of
//! those points are missing, and which of them the technician has put aside.
//!
//! The rule for a point put aside: it stays aside while it is missing, and is forgotten once it
//! is fixed, so that it is said again if it ever comes back. Pure: the inspection itself
//! (storage and caches) is [`super::readiness_probe`].

use serde::{Deserialize, Serialize};

/// A point the phone inspects that the technician may put aside once told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReadyCause {
    /// The day and its edits are not yet written on the phone.
    DayNotStored,
    /// The road region would not be there without the network.
    RegionNotOffline,
    /// The app itself would not open without the network.
    AppNotOffline,
    /// The browser may clear the storage when the phone runs short of space.
    StorageNotProtected,
}

impl ReadyCause {
    /// Every cause, in the order the check lists them.
    pub const ALL: [ReadyCause; 4] = [
        ReadyCause::DayNotStored,
        ReadyCause::RegionNotOffline,
        ReadyCause::AppNotOffline,
        ReadyCause::StorageNotProtected,
    ];

    /// The cause's name in the page (`data-cause`), as it is stored.
    pub fn code(self) -> &'static str {
        match self {
            ReadyCause::DayNotStored => "day_not_stored",
            ReadyCause::RegionNotOffline => "region_not_offline",
            ReadyCause::AppNotOffline => "app_not_offline",
            ReadyCause::StorageNotProtected => "storage_not_protected",
        }
    }
}

/// What the inspection found, each point true when ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ReadyFindings {
    /// The day is written in IndexedDB.
    pub day_stored: bool,
    /// The region pack is stored (or, for the demo, in the app's cache).
    pub region_offline: bool,
    /// A service worker controls the page: the app opens without the network.
    pub app_offline: bool,
    /// The browser granted persistent storage.
    pub storage_persistent: bool,
}

impl ReadyFindings {
    /// The causes found, in the check's order.
    pub fn missing(&self) -> Vec<ReadyCause> {
        ReadyCause::ALL.into_iter().filter(|cause| !self.holds(*cause)).collect()
    }

    /// Whether the point `cause` is about is ready.
    fn holds(&self, cause: ReadyCause) -> bool {
        match cause {
            ReadyCause::DayNotStored => self.day_stored,
            ReadyCause::RegionNotOffline => self.region_offline,
            ReadyCause::AppNotOffline => self.app_offline,
            ReadyCause::StorageNotProtected => self.storage_persistent,
        }
    }

    /// Whether the day stored, its region and the app all work without the network.
    pub fn works_offline(&self) -> bool {
        self.day_stored && self.region_offline && self.app_offline
    }
}

/// The causes put aside that stay so after `findings`: those still missing. One fixed is
/// forgotten, and said again if it comes back.
pub fn still_dismissed(dismissed: &[ReadyCause], findings: &ReadyFindings) -> Vec<ReadyCause> {
    dismissed.iter().copied().filter(|cause| !findings.holds(*cause)).collect()
}

/// The causes to say: those found and not put aside.
pub fn to_say(findings: &ReadyFindings, dismissed: &[ReadyCause]) -> Vec<ReadyCause> {
    findings.missing().into_iter().filter(|cause| !dismissed.contains(cause)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONLY_STORAGE_MISSING: ReadyFindings =
        ReadyFindings { day_stored: true, region_offline: true, app_offline: true, storage_persistent: false };

    #[test]
    fn when_offline_works_only_the_storage_is_said() {
        assert!(ONLY_STORAGE_MISSING.works_offline());
        assert_eq!(ONLY_STORAGE_MISSING.missing(), [ReadyCause::StorageNotProtected]);
        assert_eq!(to_say(&ONLY_STORAGE_MISSING, &[]), [ReadyCause::StorageNotProtected]);
        let nothing = ReadyFindings::default();
        assert!(!nothing.works_offline());
        assert_eq!(nothing.missing(), ReadyCause::ALL);
    }

    #[test]
    fn a_cause_put_aside_stays_aside_until_it_changes() {
        let dismissed = [ReadyCause::StorageNotProtected];
        assert!(to_say(&ONLY_STORAGE_MISSING, &dismissed).is_empty(), "put aside: not said again");
        assert_eq!(still_dismissed(&dismissed, &ONLY_STORAGE_MISSING), dismissed, "kept while still missing");
        let protected = ReadyFindings { storage_persistent: true, ..ONLY_STORAGE_MISSING };
        assert!(still_dismissed(&dismissed, &protected).is_empty(), "fixed: forgotten");
        let offline_lost = ReadyFindings { app_offline: false, ..ONLY_STORAGE_MISSING };
        assert_eq!(to_say(&offline_lost, &dismissed), [ReadyCause::AppNotOffline], "another cause is still said");
    }

    #[test]
    fn a_cause_is_stored_under_its_code() {
        for cause in ReadyCause::ALL {
            assert_eq!(serde_json::to_string(&cause).unwrap(), format!("\"{}\"", cause.code()));
        }
    }
}
