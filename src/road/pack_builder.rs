//! From an OSM extract to region pack bytes, with progress: what `tournee pack build`
//! does on the command line and the browser's worker does from a user's file.

use super::clip::ClipArea;
use super::elevation::ElevationSet;
use super::osm::{import_extract, ExtractSource, ImportError, ImportOptions, ImportStage};
use super::pack::{bounds_of, write_pack, PackMeta};
use super::router::Router;
use super::OSM_ATTRIBUTION;
use serde::{Deserialize, Serialize};

/// Step of a pack build, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BuildStage {
    /// Reading the extract (ways, then nodes, then the network).
    Import(ImportStage),
    /// Preparing the contraction hierarchies.
    Contraction,
    /// Encoding the pack.
    Writing,
}

impl BuildStage {
    /// Overall share of the build done when this stage starts and when it ends
    /// (reading the file twice dominates; contraction is fast).
    pub fn span(self) -> (f64, f64) {
        match self {
            BuildStage::Import(ImportStage::Ways) => (0.0, 0.35),
            BuildStage::Import(ImportStage::Nodes) => (0.35, 0.7),
            BuildStage::Import(ImportStage::Network) => (0.7, 0.8),
            BuildStage::Contraction => (0.8, 0.97),
            BuildStage::Writing => (0.97, 1.0),
        }
    }
}

/// What to build a pack from.
pub struct PackSource<'a> {
    /// The `.osm.pbf` extract: bytes, or a file streamed from disk.
    pub extract: &'a dyn ExtractSource,
    /// File name of the extract, recorded as the pack's source (with the area, when clipped).
    pub extract_name: String,
    /// Name of the region shown to the user.
    pub region_name: String,
    /// Elevation tiles, for slopes (may be empty).
    pub elevation: &'a ElevationSet,
    /// Keep only the roads of this area.
    pub area: Option<&'a ClipArea>,
}

/// A built pack.
pub struct BuiltPack {
    /// The pack file's bytes.
    pub bytes: Vec<u8>,
    /// Its metadata.
    pub meta: PackMeta,
    /// The ready router (what loading `bytes` would give).
    pub router: Router,
}

/// Builds a region pack, calling `progress(stage, overall share done)` along the way.
///
/// Complexity: two passes over the extract (see [`import_extract`] for memory), then a
/// contraction per closure profile and metric.
pub fn build_pack(source: PackSource, progress: &mut dyn FnMut(BuildStage, f64)) -> Result<BuiltPack, ImportError> {
    let height = |lat: f64, lon: f64| source.elevation.height_m(lat, lon);
    let elevation: Option<&dyn Fn(f64, f64) -> Option<f64>> =
        (!source.elevation.is_empty()).then_some(&height as &dyn Fn(f64, f64) -> Option<f64>);
    let mut report_import = |stage: ImportStage, share: f64| {
        let (start, end) = BuildStage::Import(stage).span();
        progress(BuildStage::Import(stage), start + share * (end - start));
    };
    let options = ImportOptions { elevation, area: source.area };
    let (graph, import) = import_extract(source.extract, &options, &mut report_import)?;
    let bounds = bounds_of(&graph).ok_or(ImportError::NoRoads)?;
    progress(BuildStage::Contraction, BuildStage::Contraction.span().0);
    let router = Router::new(graph);
    progress(BuildStage::Writing, BuildStage::Writing.span().0);
    let meta = PackMeta {
        name: source.region_name,
        source: source.extract_name,
        attribution: OSM_ATTRIBUTION.to_string(),
        bounds,
        import,
        elevation: source.elevation.names(),
        built_by: format!("tournee {}", env!("CARGO_PKG_VERSION")),
    };
    let bytes = write_pack(&meta, &router);
    progress(BuildStage::Writing, 1.0);
    Ok(BuiltPack { bytes, meta, router })
}
