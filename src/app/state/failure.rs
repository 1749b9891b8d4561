//! Why something the user waits for (a plan, a pack, the day) did not come: typed, with its
//! data, and worded in the language on screen when shown (see [`crate::app::failure_texts`]).

use crate::app::fetch::FetchFailure;
use crate::app::idb::StorageError;
use crate::app::worker::protocol::WorkerError;
use crate::io::{DayFileError, Located};
use crate::road::pack::PackError;

/// Why a plan, a pack or the day is not there.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// A worker's typed error, about the file named (a pack build) or not (a plan).
    Worker {
        /// The file the work was on, if any.
        file: Option<String>,
        /// What went wrong.
        error: WorkerError,
    },
    /// The phone's storage failed.
    Storage(StorageFailure),
    /// Neither the stored region nor the demo could be read: nothing can be routed.
    NoRegion,
    /// The demo day could not be fetched or read.
    DemoDay(DemoFileError),
    /// The demo region could not be fetched or read.
    DemoRegion(DemoFileError),
    /// The user's extract is larger than a phone can build.
    ExtractTooLarge {
        /// The extract's file name.
        file: String,
        /// The largest extract accepted, MB.
        limit_mb: f64,
    },
    /// Building a pack from the extract would take more memory than the phone gives.
    BuildNeedsMemory {
        /// The extract's file name.
        file: String,
        /// Memory the build takes, MB.
        need_mb: f64,
        /// The phone's memory, GB.
        phone_gb: f64,
    },
    /// The browser could not read the file the user picked.
    FileUnreadable {
        /// Its name.
        file: String,
    },
}

/// Why a file shipped with the app (the demo day, the demo region's pack) could not be used:
/// a broken install or a cache emptied while offline.
#[derive(Debug, Clone, PartialEq)]
pub enum DemoFileError {
    /// It could not be fetched.
    Fetch(FetchFailure),
    /// The demo day does not read as a day file.
    Day(Located<DayFileError>),
    /// The demo pack does not read.
    Pack(PackError),
}

/// What the storage was doing when it failed, and why it failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageFailure {
    /// Reading the stored day: what is stored is unknown, so nothing is written over it.
    DayRead(StorageError),
    /// Reading the day's log: nothing is shown to tap over it.
    LogRead(StorageError),
    /// Storing the region pack built or picked from `file`: the region in use did not change.
    PackWrite {
        /// The file the pack came from.
        file: String,
        /// Why it was not stored.
        error: StorageError,
    },
}
