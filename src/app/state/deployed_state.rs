//! The region packs deployed with the app, as the state holds them: the list, the pack
//! installed, a download and why it failed. [`crate::app::deployed_regions`] fetches, checks and
//! stores them, and dispatches these.

use crate::app::fetch::FetchFailure;
use crate::app::idb::StorageError;
use crate::road::pack::deployed::{IndexError, PackIndex};
use crate::road::pack::PackError;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The deployed pack stored on the phone: its file and content, to tell when a newer one is deployed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstalledPack {
    /// File name in `regions/`.
    pub file: String,
    /// Content id of the stored bytes.
    pub content_id: String,
}

/// What the app knows of the packs deployed with it.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum DeployedList {
    /// Being fetched.
    #[default]
    Loading,
    /// The list (possibly empty).
    Listed(Rc<PackIndex>),
    /// The list could not be had (offline on a first visit, or a broken list).
    Unavailable(ListError),
}

/// Why the list could not be had.
#[derive(Debug, Clone, PartialEq)]
pub enum ListError {
    /// Not reachable (no network and no cached copy, or an HTTP error).
    Unreachable(FetchFailure),
    /// Reached but refused.
    Refused(IndexError),
}

/// A download of a deployed pack.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum PackDownload {
    /// None running.
    #[default]
    Idle,
    /// Bytes arriving.
    Running {
        /// File being downloaded.
        file: String,
        /// Bytes received so far.
        received: u64,
        /// Bytes expected.
        total: u64,
    },
    /// The last download failed; the region in use did not change.
    Failed {
        /// File that failed.
        file: String,
        /// Why.
        error: DownloadError,
    },
}

/// Why a deployed pack could not be installed.
#[derive(Debug, Clone, PartialEq)]
pub enum DownloadError {
    /// The network failed (offline, server unreachable, HTTP error).
    Network(FetchFailure),
    /// The download stopped early.
    Incomplete {
        /// Bytes received.
        received: u64,
        /// Bytes the list announced.
        expected: u64,
    },
    /// The file is not the one the list describes (other content, or more bytes than listed):
    /// the list is stale.
    NotAsListed,
    /// The bytes are not a readable pack.
    Damaged(PackError),
    /// The phone's storage refused the pack (full, or private browsing).
    Storage(StorageError),
}
