//! Region packs: a region's prepared road network in one compact, versioned file.
//!
//! Layout: 8 magic bytes `TOURNEE\x1a`, the format version as a little-endian
//! `u32`, then the [postcard] encoding of the metadata, the road graph, the
//! contraction hierarchies of each closure profile and the profile of each day
//! of the year. Loading needs no OSM file, and the same bytes load natively and
//! in the browser.
//!
//! Format 2 stores nothing that can be derived ([`stored_graph`], [`stored_hierarchy`]):
//! about a third of format 1's size, for the same routes. Format 1 packs still load ([`legacy`]).

pub mod deployed;
mod legacy;
mod stored_graph;
mod stored_hierarchy;

use super::graph::{Metric, RoadGraph};
use super::osm::ImportReport;
use super::router::{Profile, Router};
use super::{BoundingBox, LatLon};
use serde::{Deserialize, Serialize};
pub use stored_graph::canonical_arc_order;
use stored_graph::StoredGraph;
use stored_hierarchy::StoredHierarchy;
use thiserror::Error;

/// First bytes of every pack: identifies the file type (`\x1a` stops `type`/`cat` on text consoles).
pub const MAGIC: &[u8; 8] = b"TOURNEE\x1a";
/// Version of the layout written by this build; older or newer packs are refused, never misread.
pub const FORMAT_VERSION: u32 = 2;

/// Why bytes could not be loaded as a region pack.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum PackError {
    /// The file does not start like a pack.
    #[error("not a Tournée region pack")]
    NotAPack,
    /// A pack of another format version.
    #[error("region pack in format {found}, this version reads format {supported}")]
    UnsupportedVersion {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
    /// The content is damaged or cut short.
    #[error("damaged or incomplete region pack: {0}")]
    Corrupt(String),
}

/// What a pack says about itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PackMeta {
    /// Region name shown to the user ("Andorre", "Haut Verdon").
    pub name: String,
    /// Where the road data came from (file name of the extract).
    pub source: String,
    /// Licence notice to show wherever the data is shown.
    pub attribution: String,
    /// Area covered.
    pub bounds: BoundingBox,
    /// What the import kept and dropped, including the extract's timestamp.
    pub import: ImportReport,
    /// Elevation data used for slopes, if any (file names, comma-separated).
    pub elevation: Option<String>,
    /// Version of Tournée that built the pack.
    pub built_by: String,
}

/// The pack's content, as stored.
#[derive(Serialize, Deserialize)]
struct Body {
    meta: PackMeta,
    graph: StoredGraph,
    profiles: Vec<StoredProfile>,
    day_profile: Vec<u8>,
}

/// A profile as stored: its closures and its time hierarchy (the distance one is
/// contracted on first use: only cross-checks ask for it, and it would double the pack).
#[derive(Serialize, Deserialize)]
struct StoredProfile {
    closures_in_force: Vec<u16>,
    time: StoredHierarchy,
}

/// Bounds of the junctions of `graph` (a region with no junction has no pack).
pub fn bounds_of(graph: &RoadGraph) -> Option<BoundingBox> {
    BoundingBox::around(graph.nodes.iter().filter_map(|&(lat, lon)| LatLon::new(lat, lon).ok()))
}

/// Encodes a prepared region.
///
/// Complexity: linear in the network and its hierarchies.
pub fn write_pack(meta: &PackMeta, router: &Router) -> Vec<u8> {
    let (profiles, day_profile) = router.profiles();
    let arcs = router.graph().arcs.len();
    let body = Body {
        meta: meta.clone(),
        graph: StoredGraph::new(router.graph()),
        profiles: profiles
            .iter()
            .map(|p| StoredProfile {
                closures_in_force: p.closures_in_force.clone(),
                time: StoredHierarchy::new(&p.time, arcs),
            })
            .collect(),
        day_profile: day_profile.to_vec(),
    };
    let mut bytes = MAGIC.to_vec();
    bytes.extend(FORMAT_VERSION.to_le_bytes());
    postcard::to_extend(&body, bytes).expect("writing to a Vec cannot fail")
}

/// Decodes a pack and readies its router (the arcs, the hierarchies' lists and the
/// spatial index are rebuilt); packs of the previous format still load.
///
/// Complexity: linear in the pack size, plus sorting the arcs and bulk-loading the spatial index.
pub fn read_pack(bytes: &[u8]) -> Result<(PackMeta, Router), PackError> {
    let (version, payload) = payload(bytes)?;
    if version == legacy::FORMAT_VERSION {
        return legacy::read(payload);
    }
    let body: Body = postcard::from_bytes(payload).map_err(|e| PackError::Corrupt(e.to_string()))?;
    if body.day_profile.len() != super::osm::seasons::DAYS
        || body.profiles.is_empty()
        || body.day_profile.iter().any(|&p| usize::from(p) >= body.profiles.len())
    {
        return Err(PackError::Corrupt("profile calendar".into()));
    }
    let graph = body.graph.into_graph()?;
    let profiles = body
        .profiles
        .into_iter()
        .map(|p| {
            Ok(Profile {
                time: p.time.into_hierarchy(&graph, Metric::Time)?,
                distance: std::sync::OnceLock::new(),
                closures_in_force: p.closures_in_force,
            })
        })
        .collect::<Result<Vec<_>, PackError>>()?;
    Ok((body.meta, Router::from_parts(graph, profiles, body.day_profile)))
}

/// Bytes of each part of a format 2 pack, for the size benchmark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PackParts {
    /// Header and metadata.
    pub meta: usize,
    /// Junction positions.
    pub nodes: usize,
    /// Stretches: ends, class, names, times, shapes.
    pub stretches: usize,
    /// Time hierarchies of every closure profile.
    pub hierarchies: usize,
    /// Closure profiles in the pack.
    pub profiles: usize,
}

/// How the bytes of a format 2 pack split between its parts.
pub fn pack_parts(bytes: &[u8]) -> Result<PackParts, PackError> {
    let (version, payload) = payload(bytes)?;
    if version != FORMAT_VERSION {
        return Err(PackError::UnsupportedVersion { found: version, supported: FORMAT_VERSION });
    }
    let body: Body = postcard::from_bytes(payload).map_err(|e| PackError::Corrupt(e.to_string()))?;
    let (nodes, stretches) = body.graph.part_sizes();
    Ok(PackParts {
        meta: MAGIC.len() + 4 + encoded_size(&body.meta),
        nodes,
        stretches,
        hierarchies: body.profiles.iter().map(encoded_size).sum(),
        profiles: body.profiles.len(),
    })
}

/// Bytes of `value`'s postcard encoding.
fn encoded_size(value: &impl Serialize) -> usize {
    postcard::to_allocvec(value).map_or(0, |bytes| bytes.len())
}

/// Reads only a pack's metadata (it comes first), to show what a pack holds without loading it.
pub fn read_pack_meta(bytes: &[u8]) -> Result<PackMeta, PackError> {
    postcard::take_from_bytes::<PackMeta>(payload(bytes)?.1)
        .map(|(meta, _)| meta)
        .map_err(|e| PackError::Corrupt(e.to_string()))
}

/// The format version and the encoded content, after checking the magic bytes.
fn payload(bytes: &[u8]) -> Result<(u32, &[u8]), PackError> {
    let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or(PackError::NotAPack)?;
    let version = rest.get(..4).ok_or(PackError::Corrupt("truncated header".into()))?;
    let found = u32::from_le_bytes(version.try_into().expect("four bytes"));
    if found != FORMAT_VERSION && found != legacy::FORMAT_VERSION {
        return Err(PackError::UnsupportedVersion { found, supported: FORMAT_VERSION });
    }
    Ok((found, &rest[4..]))
}
