//! Reading OpenStreetMap extracts (`.osm.pbf`) into a [`super::RoadGraph`].
//!
//! [`tags`] says what a way's tags mean for a van, [`seasons`] reads seasonal
//! closures, and [`import`] builds the network from the bytes of an extract
//! (bytes, not a path, so the same code runs in the browser's worker).

pub mod import;
pub mod seasons;
pub mod tags;

pub use import::{import_pbf, import_pbf_with_progress, ImportError, ImportReport, ImportStage};
