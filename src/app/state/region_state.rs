//! The road region as the state holds it: which one is in use and where it came from, and a
//! pack build the user started. Loading, building and switching regions happen in
//! [`crate::app::region`], which dispatches these.

use super::deployed_state::InstalledPack;
use super::failure::Failure;
use crate::road::pack::PackMeta;
use crate::road::pack_builder::BuildStage;
use std::rc::Rc;

/// Where the region in use came from.
#[derive(Debug, Clone, PartialEq)]
pub enum RegionOrigin {
    /// The Andorra demonstration shipped with the app.
    Demo,
    /// A pack deployed with the app, downloaded from `regions/`.
    Deployed(InstalledPack),
    /// A pack the user built from an extract, or picked as a file.
    UserFile,
}

/// What the settings show about a region.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionInfo {
    /// Region name.
    pub name: String,
    /// Extract it was built from.
    pub source: String,
    /// Junctions in the network.
    pub junctions: usize,
    /// Kilometres of road.
    pub km: f64,
    /// Date of the OSM data, `YYYY-MM-DD`, when known.
    pub osm_date: Option<String>,
    /// Licence notice.
    pub attribution: String,
    /// Where the pack came from.
    pub origin: RegionOrigin,
    /// Area the pack covers.
    pub bounds: crate::road::BoundingBox,
}

impl RegionInfo {
    /// The facts shown for a pack.
    pub fn from_meta(meta: &PackMeta, origin: RegionOrigin) -> RegionInfo {
        RegionInfo {
            name: meta.name.clone(),
            source: meta.source.clone(),
            junctions: meta.import.junctions,
            km: meta.import.km,
            osm_date: meta.import.osm_timestamp.map(iso_date),
            attribution: meta.attribution.clone(),
            origin,
            bounds: meta.bounds,
        }
    }

    /// Whether this is the demonstration region, to be labelled so wherever it shows.
    pub fn is_demo(&self) -> bool {
        self.origin == RegionOrigin::Demo
    }
}

/// Where the region stands.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum RegionState {
    /// Being read from storage.
    #[default]
    Loading,
    /// In use.
    Ready(RegionInfo),
    /// Neither the stored region nor the demo could be read.
    Failed(Failure),
}

/// A pack build the user started.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum PackBuildState {
    /// None running.
    #[default]
    Idle,
    /// Running in the worker.
    Running {
        /// The build's number: a step that finds another (or none) running stops.
        build: u64,
        /// Extract being read.
        file_name: String,
        /// Current step.
        stage: BuildStage,
        /// Overall share done.
        share: f64,
    },
    /// The last build failed; the region in use did not change.
    Failed(Failure),
}

/// The region's pack as the page read it, numbered among the packs this page used (the
/// planner worker keeps the one it was last sent, decoded, by that number).
#[derive(Debug, Clone)]
pub struct RegionPack {
    /// Its number: a new pack, a new number.
    pub number: u64,
    /// Its bytes.
    pub bytes: Rc<Vec<u8>>,
}

impl PartialEq for RegionPack {
    /// Same number, same pack: the bytes are never compared.
    fn eq(&self, other: &RegionPack) -> bool {
        self.number == other.number
    }
}

/// `YYYY-MM-DD` of a Unix timestamp (UTC).
pub fn iso_date(timestamp_s: i64) -> String {
    crate::io::IsoDate::from_days_since_epoch(timestamp_s.div_euclid(86_400)).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_timestamps_become_calendar_dates() {
        assert_eq!(iso_date(0), "1970-01-01");
        assert_eq!(iso_date(1_737_321_696), "2025-01-19");
        assert_eq!(iso_date(951_782_400), "2000-02-29");
        assert_eq!(iso_date(1_798_675_200), "2026-12-31");
    }
}
