//! Reading OpenStreetMap extracts (`.osm.pbf`) into a [`super::RoadGraph`].
//!
//! [`tags`] says what a way's tags mean for a van, [`seasons`] reads seasonal
//! closures, and [`import`] builds the network from the bytes of an extract
//! (bytes in the browser's worker, or a file streamed twice by the command line, optionally
//! clipped to an area).

pub mod import;
pub mod seasons;
pub mod tags;

pub use import::{
    import_extract, import_pbf, import_pbf_with_progress, ExtractFile, ExtractSource, ImportError, ImportOptions,
    ImportReport, ImportStage,
};
