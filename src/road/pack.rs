//! Region packs: a region's prepared road network in one compact, versioned file.
//!
//! Layout: 8 magic bytes `TOURNEE\x1a`, the format version as a little-endian
//! `u32`, then the [postcard] encoding of the metadata, the road graph, the
//! contraction hierarchies of each closure profile and the profile of each day
//! of the year. Loading needs no OSM file, and the same bytes load natively and
//! in the browser.

use super::ch::Hierarchy;
use super::graph::RoadGraph;
use super::osm::ImportReport;
use super::router::{Profile, Router};
use super::{BoundingBox, LatLon};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// First bytes of every pack: identifies the file type (`\x1a` stops `type`/`cat` on text consoles).
pub const MAGIC: &[u8; 8] = b"TOURNEE\x1a";
/// Version of the layout written by this build; older or newer packs are refused, never misread.
pub const FORMAT_VERSION: u32 = 1;

/// Why bytes could not be loaded as a region pack.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PackError {
    /// The file does not start like a pack.
    #[error("ce fichier n'est pas un paquet de région Tournée")]
    NotAPack,
    /// A pack of another format version.
    #[error(
        "paquet de région au format {found}, cette version de Tournée lit le format {supported} : reconstruisez-le"
    )]
    UnsupportedVersion {
        /// Version in the file.
        found: u32,
        /// Version this build reads.
        supported: u32,
    },
    /// The content is damaged or cut short.
    #[error("paquet de région endommagé ou incomplet : {0}")]
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
    /// Elevation data used for slopes, if any (file name).
    pub elevation: Option<String>,
    /// Version of Tournée that built the pack.
    pub built_by: String,
}

/// The pack's content, borrowed for writing.
#[derive(Serialize)]
struct BodyRef<'a> {
    meta: &'a PackMeta,
    graph: &'a RoadGraph,
    profiles: &'a [Profile],
    day_profile: &'a [u8],
}

/// The pack's content, owned after reading.
#[derive(Deserialize)]
struct Body {
    meta: PackMeta,
    graph: RoadGraph,
    profiles: Vec<Profile>,
    day_profile: Vec<u8>,
}

/// Bounds of the junctions of `graph` (a region with no junction has no pack).
pub fn bounds_of(graph: &RoadGraph) -> Option<BoundingBox> {
    BoundingBox::around(graph.nodes.iter().filter_map(|&(lat, lon)| LatLon::new(lat, lon).ok()))
}

/// Encodes a prepared region.
pub fn write_pack(meta: &PackMeta, router: &Router) -> Vec<u8> {
    let (profiles, day_profile) = router.profiles();
    let body = BodyRef { meta, graph: router.graph(), profiles, day_profile };
    let mut bytes = MAGIC.to_vec();
    bytes.extend(FORMAT_VERSION.to_le_bytes());
    postcard::to_extend(&body, bytes).expect("writing to a Vec cannot fail")
}

/// Decodes a pack and readies its router (only the spatial index is rebuilt).
///
/// Complexity: linear in the pack size.
pub fn read_pack(bytes: &[u8]) -> Result<(PackMeta, Router), PackError> {
    let body: Body = postcard::from_bytes(payload(bytes)?).map_err(|e| PackError::Corrupt(e.to_string()))?;
    check(&body)?;
    let router = Router::from_parts(body.graph, body.profiles, body.day_profile);
    Ok((body.meta, router))
}

/// Reads only a pack's metadata (it comes first), to show what a pack holds without loading it.
pub fn read_pack_meta(bytes: &[u8]) -> Result<PackMeta, PackError> {
    postcard::take_from_bytes::<PackMeta>(payload(bytes)?)
        .map(|(meta, _)| meta)
        .map_err(|e| PackError::Corrupt(e.to_string()))
}

/// The encoded content after checking the magic bytes and the format version.
fn payload(bytes: &[u8]) -> Result<&[u8], PackError> {
    let rest = bytes.strip_prefix(MAGIC.as_slice()).ok_or(PackError::NotAPack)?;
    let version = rest.get(..4).ok_or(PackError::Corrupt("en-tête tronqué".into()))?;
    let found = u32::from_le_bytes(version.try_into().expect("four bytes"));
    if found != FORMAT_VERSION {
        return Err(PackError::UnsupportedVersion { found, supported: FORMAT_VERSION });
    }
    Ok(&rest[4..])
}

/// Checks the indices a damaged pack could get wrong, so queries never index out of bounds.
fn check(body: &Body) -> Result<(), PackError> {
    let corrupt = |what: &str| Err(PackError::Corrupt(what.to_string()));
    let (nodes, stretches) = (body.graph.nodes.len() as u32, body.graph.stretches.len() as u32);
    if body.day_profile.len() != super::osm::seasons::DAYS || body.profiles.is_empty() {
        return corrupt("calendrier des profils");
    }
    if body.day_profile.iter().any(|&p| usize::from(p) >= body.profiles.len()) {
        return corrupt("profil inconnu");
    }
    let closures = body.graph.closures.len();
    for arc in &body.graph.arcs {
        if arc.from >= nodes
            || arc.to >= nodes
            || arc.stretch >= stretches
            || arc.closure.is_some_and(|c| usize::from(c) >= closures)
        {
            return corrupt("arc hors du graphe");
        }
    }
    if body.graph.arcs.windows(2).any(|pair| pair[0].from > pair[1].from) {
        return corrupt("arcs non triés");
    }
    for stretch in &body.graph.stretches {
        if stretch.geometry.len() < 2 || stretch.ends.0 >= nodes || stretch.ends.1 >= nodes {
            return corrupt("tronçon invalide");
        }
    }
    for profile in &body.profiles {
        for hierarchy in [&profile.time, &profile.distance] {
            check_hierarchy(hierarchy, nodes, body.graph.arcs.len() as u32)?;
        }
    }
    Ok(())
}

fn check_hierarchy(h: &Hierarchy, nodes: u32, arcs: u32) -> Result<(), PackError> {
    use super::ch::EdgeKind;
    let corrupt = || PackError::Corrupt("hiérarchie invalide".into());
    let edges = h.edges.len() as u32;
    if h.rank.len() != nodes as usize
        || h.up_first.len() != nodes as usize + 1
        || h.down_first.len() != nodes as usize + 1
    {
        return Err(corrupt());
    }
    let rows_ok = |first: &[u32], list: &[u32]| {
        first.windows(2).all(|w| w[0] <= w[1]) && first.last() == Some(&(list.len() as u32)) && first[0] == 0
    };
    if !rows_ok(&h.up_first, &h.up)
        || !rows_ok(&h.down_first, &h.down)
        || h.up.iter().chain(&h.down).any(|&e| e >= edges)
    {
        return Err(corrupt());
    }
    for (index, edge) in h.edges.iter().enumerate() {
        let ok = edge.from < nodes
            && edge.to < nodes
            && match edge.kind {
                EdgeKind::Original(arc) => arc < arcs,
                // Shortcuts only refer to earlier edges: unpacking always ends.
                EdgeKind::Shortcut(a, b) => (a as usize) < index && (b as usize) < index,
            };
        if !ok {
            return Err(corrupt());
        }
    }
    Ok(())
}
