//! From the bytes of an `.osm.pbf` extract to the routable road network.

use super::seasons::{closure, Closure};
use super::tags::{maxspeed_kmh, surface_factor, tag, travel, van_allowed, RoadClass, Travel};
use crate::road::clip::ClipArea;
use crate::road::compact_geometry::{round_to_storage, simplify, units};
use crate::road::graph::{Arc, RoadGraph, Stretch};
use crate::road::travel_time::stretch_times;
use osmpbf::{BlobDecode, BlobReader, Element};
use petgraph::algo::kosaraju_scc;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::io::Read;
use thiserror::Error;

/// Why an extract could not be turned into a road network.
#[derive(Debug, Clone, PartialEq, Eq, Error, serde::Serialize, serde::Deserialize)]
pub enum ImportError {
    /// Not a PBF file, or a truncated or corrupt one.
    #[error("unreadable OSM file (expected a complete .osm.pbf): {0}")]
    Unreadable(String),
    /// A valid extract with no road a van may drive.
    #[error("OSM extract holds no drivable road")]
    NoRoads,
    /// Far more road nodes than a file of this size holds: its blocks inflate beyond any real
    /// extract's (a damaged or crafted file), refused before it fills the memory.
    #[error("implausible OSM extract: over {kept} nodes for {bytes} bytes")]
    Implausible {
        /// The budget passed: way references read, or nodes of the clipping area kept.
        kept: u64,
        /// Size of the extract.
        bytes: u64,
    },
}

/// Bytes of extract per way reference kept, at least: real extracts have 20 to 50 (Andorra 20,
/// Monaco 48), the densest the project makes 6 (`tournee synth department --roads-only`), while a
/// crafted zlib block inflating 30 KB into 30 MB of references would let a 1 MB file fill
/// gigabytes (each reference kept costs about 50 bytes of memory).
const MIN_BYTES_PER_REF: u64 = 2;
/// Way references any extract may keep, whatever its size.
const MIN_REF_BUDGET: u64 = 1_000_000;

/// How many way references an extract of `bytes` may keep; the nodes of a clipping area
/// (16 bytes each) may be four times as many.
fn ref_budget(bytes: u64) -> u64 {
    MIN_REF_BUDGET + bytes / MIN_BYTES_PER_REF
}

/// What the import kept and dropped, for the pack's metadata and the user's eyes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ImportReport {
    /// Replication timestamp of the extract (seconds since 1970), when the header gives it.
    pub osm_timestamp: Option<i64>,
    /// Ways a van may drive.
    pub ways: usize,
    /// Ways with `oneway=reversible|alternating`, left out.
    pub reversible_ways: usize,
    /// Way nodes whose position is missing from the extract (cut at its border), or that lie
    /// outside the area the pack was clipped to.
    pub missing_nodes: usize,
    /// Junctions in the routable network.
    pub junctions: usize,
    /// Road stretches in the routable network.
    pub stretches: usize,
    /// Directed arcs in the routable network.
    pub arcs: usize,
    /// Arcs closed on some days of the year.
    pub seasonal_arcs: usize,
    /// Junctions left out because they cannot be reached from the main network and back
    /// (private islands, roads cut by the extract's border).
    pub unreachable_junctions: usize,
    /// Total length of the routable stretches, km.
    pub km: f64,
}

/// A car-routable way, as read in the first pass.
struct Way {
    refs: Vec<i64>,
    class: RoadClass,
    travel: Travel,
    base_speed_kmh: f64,
    closure: Option<Closure>,
    name: Option<String>,
}

/// Builds the routable network of an extract.
///
/// Arguments: `bytes` of an `.osm.pbf`; `elevation(lat, lon)` in metres when a
/// terrain model is available (it adds the slope term to travel times).
/// Returns: the largest strongly connected part of the network (every junction can
/// reach every other), and a report of what was kept and dropped.
/// Complexity: two passes over the file, O(N) memory in the nodes of kept ways.
pub fn import_pbf(
    bytes: &[u8],
    elevation: Option<&dyn Fn(f64, f64) -> Option<f64>>,
) -> Result<(RoadGraph, ImportReport), ImportError> {
    import_pbf_with_progress(bytes, elevation, &mut |_, _| {})
}

/// What the import is doing, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportStage {
    /// First pass: reading the ways (roads).
    Ways,
    /// Second pass: reading the positions of their nodes.
    Nodes,
    /// Splitting roads at junctions, travel times, connectivity.
    Network,
}

/// [`import_pbf`], calling `progress(stage, share of the stage done)` as it goes
/// (after each block of the file, so a 50 MB extract reports a few hundred times).
pub fn import_pbf_with_progress(
    bytes: &[u8],
    elevation: Option<&dyn Fn(f64, f64) -> Option<f64>>,
    progress: &mut dyn FnMut(ImportStage, f64),
) -> Result<(RoadGraph, ImportReport), ImportError> {
    import_extract(&bytes, &ImportOptions { elevation, area: None }, progress)
}

/// An extract that can be read from its start as many times as the import needs
/// (twice): bytes in memory, or a file read in a stream so that a 370 MB regional
/// extract never sits in memory whole.
pub trait ExtractSource {
    /// A reader from the first byte.
    fn open(&self) -> std::io::Result<Box<dyn Read + Send + '_>>;
    /// Size in bytes, for progress.
    fn size(&self) -> u64;
}

impl ExtractSource for &[u8] {
    fn open(&self) -> std::io::Result<Box<dyn Read + Send + '_>> {
        Ok(Box::new(*self))
    }

    fn size(&self) -> u64 {
        <[u8]>::len(self) as u64
    }
}

/// An extract on disk, streamed.
pub struct ExtractFile {
    path: std::path::PathBuf,
    len: u64,
}

impl ExtractFile {
    /// The file at `path` (its size is read now, so a missing file fails here).
    pub fn new(path: impl Into<std::path::PathBuf>) -> std::io::Result<ExtractFile> {
        let path = path.into();
        let len = std::fs::metadata(&path)?.len();
        Ok(ExtractFile { path, len })
    }
}

impl ExtractSource for ExtractFile {
    fn open(&self) -> std::io::Result<Box<dyn Read + Send + '_>> {
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(&self.path)?)))
    }

    fn size(&self) -> u64 {
        self.len
    }
}

/// What to take from an extract.
#[derive(Clone, Copy, Default)]
pub struct ImportOptions<'a> {
    /// Ground height in metres at (lat, lon), for the slope term of travel times.
    pub elevation: Option<&'a dyn Fn(f64, f64) -> Option<f64>>,
    /// Keep only the roads in this area (a way leaving it is cut where it leaves).
    pub area: Option<&'a ClipArea>,
}

/// Builds the routable network of an extract, as [`import_pbf`] does, from bytes or a
/// streamed file, optionally clipped to an area.
///
/// Memory: without an area, O(nodes of the extract's roads); with one, O(nodes in the
/// area) whatever the size of the extract: its nodes are read first and only those in the
/// area kept (16 bytes each), then only the ways that touch them.
pub fn import_extract(
    source: &(impl ExtractSource + ?Sized),
    options: &ImportOptions,
    progress: &mut dyn FnMut(ImportStage, f64),
) -> Result<(RoadGraph, ImportReport), ImportError> {
    let mut report = ImportReport { osm_timestamp: header_timestamp(source)?, ..ImportReport::default() };
    let (ways, uses, positions) = match options.area {
        None => {
            let (ways, uses) = read_ways(source, &mut report, &|_| true, progress)?;
            let positions = read_used_positions(source, &uses, progress)?;
            (ways, uses, Positions::Map(positions))
        }
        Some(area) => {
            let inside = read_positions_in(source, area, progress)?;
            let (ways, uses) = read_ways(source, &mut report, &|id| inside.find(id).is_some(), progress)?;
            (ways, uses, Positions::Sorted(inside))
        }
    };
    report.ways = ways.len();
    progress(ImportStage::Network, 0.0);
    let graph = build(&ways, &uses, &|id| positions.get(id), options.elevation, &mut report);
    drop((ways, uses, positions));
    let graph = keep_largest_component(graph, &mut report);
    if graph.arcs.is_empty() {
        return Err(ImportError::NoRoads);
    }
    report.junctions = graph.nodes.len();
    report.stretches = graph.stretches.len();
    report.arcs = graph.arcs.len();
    report.seasonal_arcs = graph.arcs.iter().filter(|arc| arc.closure.is_some()).count();
    let mut counted = vec![false; graph.stretches.len()];
    report.km = graph
        .arcs
        .iter()
        .filter(|arc| !std::mem::replace(&mut counted[arc.stretch as usize], true))
        .map(|arc| f64::from(arc.length_dm) / 10_000.0)
        .sum();
    Ok((graph, report))
}

/// Node positions, kept as the import strategy needs them.
enum Positions {
    /// Positions of the nodes of the roads, by id.
    Map(HashMap<i64, (f64, f64)>),
    /// Every node of the area, sorted by id.
    Sorted(SortedNodes),
}

impl Positions {
    fn get(&self, id: i64) -> Option<(f64, f64)> {
        match self {
            Positions::Map(map) => map.get(&id).copied(),
            Positions::Sorted(nodes) => nodes.find(id),
        }
    }
}

/// Nodes in an area: ids ascending, positions in microdegrees.
struct SortedNodes {
    ids: Vec<i64>,
    at: Vec<(i32, i32)>,
}

impl SortedNodes {
    fn find(&self, id: i64) -> Option<(f64, f64)> {
        let index = self.ids.binary_search(&id).ok()?;
        let (lat, lon) = self.at[index];
        Some((f64::from(lat) / 1e6, f64::from(lon) / 1e6))
    }
}

/// First pass with an area: the nodes inside it.
fn read_positions_in(
    source: &(impl ExtractSource + ?Sized),
    area: &ClipArea,
    progress: &mut dyn FnMut(ImportStage, f64),
) -> Result<SortedNodes, ImportError> {
    let (mut ids, mut at) = (Vec::new(), Vec::new());
    let mut sorted = true;
    let budget = 4 * ref_budget(source.size());
    each_element(source, &mut |share| progress(ImportStage::Nodes, share), |element| {
        let (id, lat, lon) = match element {
            Element::DenseNode(node) => (node.id(), node.lat(), node.lon()),
            Element::Node(node) => (node.id(), node.lat(), node.lon()),
            _ => return Ok(()),
        };
        if area.contains(lat, lon) {
            if ids.len() as u64 >= budget {
                return Err(ImportError::Implausible { kept: budget, bytes: source.size() });
            }
            sorted &= ids.last().is_none_or(|&last| last < id);
            ids.push(id);
            at.push((units(lat) as i32, units(lon) as i32));
        }
        Ok(())
    })?;
    if !sorted {
        let mut order: Vec<usize> = (0..ids.len()).collect();
        order.sort_unstable_by_key(|&i| ids[i]);
        (ids, at) = order.iter().map(|&i| (ids[i], at[i])).unzip();
    }
    Ok(SortedNodes { ids, at })
}

/// The car-routable ways with a node `wanted`, and how many times each wanted node is used.
fn read_ways(
    source: &(impl ExtractSource + ?Sized),
    report: &mut ImportReport,
    wanted: &dyn Fn(i64) -> bool,
    progress: &mut dyn FnMut(ImportStage, f64),
) -> Result<(Vec<Way>, HashMap<i64, u32>), ImportError> {
    let mut ways = Vec::new();
    let mut uses: HashMap<i64, u32> = HashMap::new();
    let (budget, mut kept) = (ref_budget(source.size()), 0u64);
    each_element(source, &mut |share| progress(ImportStage::Ways, share), |element| {
        let Element::Way(way) = element else { return Ok(()) };
        let tags: Vec<(&str, &str)> = way.tags().collect();
        let Some(class) = tag(&tags, "highway").and_then(RoadClass::from_highway) else {
            return Ok(());
        };
        let allowed = van_allowed(&tags);
        let closure = closure(&tags, allowed);
        if !allowed && closure.is_none() {
            return Ok(());
        }
        kept += way.raw_refs().len() as u64;
        if kept > budget {
            return Err(ImportError::Implausible { kept: budget, bytes: source.size() });
        }
        let refs: Vec<i64> = way.refs().collect();
        if !refs.iter().any(|&node| wanted(node)) {
            return Ok(());
        }
        let Some(travel) = travel(&tags, class) else {
            report.reversible_ways += 1;
            return Ok(());
        };
        for (i, node) in refs.iter().enumerate() {
            let count = uses.entry(*node).or_insert(0);
            // Way ends always become junctions: count them twice.
            *count += if i == 0 || i + 1 == refs.len() { 2 } else { 1 };
        }
        let speed =
            tag(&tags, "maxspeed").and_then(maxspeed_kmh).map_or(class.default_speed_kmh(), |limit| limit * 0.9);
        ways.push(Way {
            refs,
            class,
            travel,
            base_speed_kmh: speed * surface_factor(tag(&tags, "surface")),
            closure,
            name: tag(&tags, "name").or_else(|| tag(&tags, "ref")).map(str::to_string),
        });
        Ok(())
    })?;
    if ways.is_empty() {
        return Err(ImportError::NoRoads);
    }
    Ok((ways, uses))
}

/// Second pass without an area: the positions of the nodes the ways use.
fn read_used_positions(
    source: &(impl ExtractSource + ?Sized),
    uses: &HashMap<i64, u32>,
    progress: &mut dyn FnMut(ImportStage, f64),
) -> Result<HashMap<i64, (f64, f64)>, ImportError> {
    let mut positions: HashMap<i64, (f64, f64)> = HashMap::with_capacity(uses.len());
    each_element(source, &mut |share| progress(ImportStage::Nodes, share), |element| {
        let (id, lat, lon) = match element {
            Element::DenseNode(node) => (node.id(), node.lat(), node.lon()),
            Element::Node(node) => (node.id(), node.lat(), node.lon()),
            _ => return Ok(()),
        };
        // A position off the Earth (osmpbf's arithmetic wraps on a crafted coordinate) is no
        // position: the way's node counts as missing, as one cut off by the border.
        if uses.contains_key(&id) && on_earth(lat, lon) {
            positions.insert(id, (round_to_storage(lat), round_to_storage(lon)));
        }
        Ok(())
    })?;
    Ok(positions)
}

/// Whether `lat, lon` (degrees) is a place on the Earth.
fn on_earth(lat: f64, lon: f64) -> bool {
    (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon)
}

/// Reads a `Read` while telling how far it got (shared with the caller).
struct CountingReader<R> {
    inner: R,
    read: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buffer)?;
        self.read.fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}

/// Calls `visit` on every element of the file, and `progress` with the share read after each block;
/// stops at the end of the block where `visit` first fails, with its error.
fn each_element(
    source: &(impl ExtractSource + ?Sized),
    progress: &mut dyn FnMut(f64),
    mut visit: impl FnMut(Element) -> Result<(), ImportError>,
) -> Result<(), ImportError> {
    let unreadable = |e: osmpbf::Error| ImportError::Unreadable(e.to_string());
    let read = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let reader = CountingReader {
        inner: source.open().map_err(|e| ImportError::Unreadable(e.to_string()))?,
        read: std::sync::Arc::clone(&read),
    };
    for blob in BlobReader::new(reader) {
        if let BlobDecode::OsmData(block) = blob.map_err(unreadable)?.decode().map_err(unreadable)? {
            let mut failed = None;
            block.for_each_element(|element| {
                if failed.is_none() {
                    failed = visit(element).err();
                }
            });
            if let Some(error) = failed {
                return Err(error);
            }
        }
        progress(read.load(std::sync::atomic::Ordering::Relaxed) as f64 / source.size().max(1) as f64);
    }
    Ok(())
}

/// The replication timestamp from the file's header block, if any; fails on a non-PBF file.
fn header_timestamp(source: &(impl ExtractSource + ?Sized)) -> Result<Option<i64>, ImportError> {
    let reader = source.open().map_err(|e| ImportError::Unreadable(e.to_string()))?;
    let first = BlobReader::new(reader).next().ok_or(ImportError::Unreadable("empty file".into()))?;
    let header = first.and_then(|blob| blob.to_headerblock()).map_err(|e| ImportError::Unreadable(e.to_string()))?;
    Ok(header.osmosis_replication_timestamp())
}

/// Splits ways at junctions into stretches and arcs.
fn build(
    ways: &[Way],
    uses: &HashMap<i64, u32>,
    positions: &dyn Fn(i64) -> Option<(f64, f64)>,
    elevation: Option<&dyn Fn(f64, f64) -> Option<f64>>,
    report: &mut ImportReport,
) -> RoadGraph {
    let mut graph = RoadGraph::default();
    let mut junction_ids: HashMap<i64, u32> = HashMap::new();
    let mut closure_ids: HashMap<Closure, u16> = HashMap::new();
    let mut junction = |graph: &mut RoadGraph, osm_id: i64, at: (f64, f64)| {
        *junction_ids.entry(osm_id).or_insert_with(|| {
            graph.nodes.push(at);
            (graph.nodes.len() - 1) as u32
        })
    };
    for way in ways {
        let closure = way.closure.map(|c| {
            let next = closure_ids.len() as u16;
            *closure_ids.entry(c).or_insert_with(|| {
                graph.closures.push(c);
                next
            })
        });
        let mut piece: Vec<(i64, (f64, f64))> = Vec::new();
        for (i, node) in way.refs.iter().enumerate() {
            let Some(at) = positions(*node) else {
                report.missing_nodes += 1;
                piece.clear();
                continue;
            };
            piece.push((*node, at));
            let is_junction = uses.get(node).copied().unwrap_or(0) >= 2 || i + 1 == way.refs.len();
            if is_junction && piece.len() >= 2 {
                let (first, last) = (piece[0], piece[piece.len() - 1]);
                if first.0 != last.0 {
                    let from = junction(&mut graph, first.0, first.1);
                    let to = junction(&mut graph, last.0, last.1);
                    add_stretch(&mut graph, way, &piece, from, to, closure, elevation);
                }
                piece = vec![(*node, at)];
            } else if is_junction {
                piece = vec![(*node, at)];
            }
        }
    }
    graph
}

/// Adds one stretch and the arcs its direction rules allow.
fn add_stretch(
    graph: &mut RoadGraph,
    way: &Way,
    piece: &[(i64, (f64, f64))],
    from: u32,
    to: u32,
    closure: Option<u16>,
    elevation: Option<&dyn Fn(f64, f64) -> Option<f64>>,
) {
    let geometry: Vec<(f64, f64)> = piece.iter().map(|(_, at)| *at).collect();
    let heights: Option<Vec<Option<f64>>> =
        elevation.map(|height| geometry.iter().map(|&(lat, lon)| height(lat, lon)).collect());
    let times = stretch_times(&geometry, way.base_speed_kmh, heights.as_deref());
    let geometry = simplify(&geometry);
    let stretch = graph.stretches.len() as u32;
    let length_dm = (times.length_m * 10.0).round() as u32;
    let arc = |from, to, along, seconds: f64| Arc {
        from,
        to,
        stretch,
        along,
        time_ms: (seconds * 1000.0).round() as u32,
        length_dm,
        closure,
    };
    if matches!(way.travel, Travel::Both | Travel::Forward) {
        graph.arcs.push(arc(from, to, true, times.forward_s));
    }
    if matches!(way.travel, Travel::Both | Travel::Backward) {
        graph.arcs.push(arc(to, from, false, times.backward_s));
    }
    graph.stretches.push(Stretch { geometry, class: way.class, name: way.name.clone(), ends: (from, to) });
}

/// Keeps the largest strongly connected component, renumbering junctions and stretches.
fn keep_largest_component(graph: RoadGraph, report: &mut ImportReport) -> RoadGraph {
    // Kosaraju, not Tarjan: petgraph's Tarjan recurses once per junction on a path, which overflows
    // the browser worker's stack on a département (73,000 junctions).
    let components = kosaraju_scc(&graph.to_petgraph(None));
    let Some(largest) = components.iter().max_by_key(|component| component.len()) else {
        return graph;
    };
    let mut new_id = vec![u32::MAX; graph.nodes.len()];
    let mut nodes = Vec::with_capacity(largest.len());
    let mut members: Vec<usize> = largest.iter().map(|node| node.index()).collect();
    members.sort_unstable();
    for old in members {
        new_id[old] = nodes.len() as u32;
        nodes.push(graph.nodes[old]);
    }
    report.unreachable_junctions = graph.nodes.len() - nodes.len();
    let mut stretch_id = vec![u32::MAX; graph.stretches.len()];
    let mut stretches = Vec::new();
    let mut arcs = Vec::new();
    for arc in &graph.arcs {
        let (from, to) = (new_id[arc.from as usize], new_id[arc.to as usize]);
        if from == u32::MAX || to == u32::MAX {
            continue;
        }
        let old_stretch = arc.stretch as usize;
        if stretch_id[old_stretch] == u32::MAX {
            stretch_id[old_stretch] = stretches.len() as u32;
            let old = &graph.stretches[old_stretch];
            let ends = (new_id[old.ends.0 as usize], new_id[old.ends.1 as usize]);
            stretches.push(Stretch { ends, ..old.clone() });
        }
        arcs.push(Arc { from, to, stretch: stretch_id[old_stretch], ..*arc });
    }
    arcs.sort_by_key(|arc| (arc.from, arc.to));
    RoadGraph { nodes, stretches, arcs, closures: graph.closures }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::graph::Stretch;

    /// A two-way road through `n` junctions in a row: a depth-first search goes `n` deep.
    fn long_road(n: u32) -> RoadGraph {
        let mut graph =
            RoadGraph { nodes: (0..n).map(|i| (44.0 + f64::from(i) * 1e-4, 6.0)).collect(), ..Default::default() };
        for i in 0..n - 1 {
            let geometry = vec![graph.nodes[i as usize], graph.nodes[i as usize + 1]];
            graph.stretches.push(Stretch { geometry, class: RoadClass::Residential, name: None, ends: (i, i + 1) });
            let arc =
                |from, to, along| Arc { from, to, stretch: i, along, time_ms: 1000, length_dm: 100, closure: None };
            graph.arcs.extend([arc(i, i + 1, true), arc(i + 1, i, false)]);
        }
        graph.arcs.sort_by_key(|arc| (arc.from, arc.to));
        graph
    }

    #[test]
    fn a_crafted_extract_inflating_into_millions_of_references_is_refused_before_it_fills_memory() {
        // Found while writing the `osm_pbf` fuzz target, by reading the import (mutations seldom
        // make valid zlib): 3 KB whose one zlib block inflates into a way of 3 million
        // references; 30 such blocks of 30 million (a 1 MB file) would have asked for an
        // estimated 45 GB.
        let bomb = include_bytes!("../../../tests/data/fuzz-regressions/osm-way-of-3-million-refs.osm.pbf");
        match import_pbf(bomb, None) {
            Err(ImportError::Implausible { kept, bytes }) => assert_eq!((kept, bytes), (ref_budget(3070), 3070)),
            other => panic!("{:?}", other.map(|(_, report)| report)),
        }
    }

    #[test]
    fn an_extract_whose_coordinates_overflow_is_read_without_a_panic_or_a_place_off_the_earth() {
        // Found by the `osm_pbf` fuzz target: a dense node whose latitude times the block's
        // granularity overflows an i64 inside osmpbf 0.3.8 (dense.rs:42). osmpbf is built
        // without overflow checks in every profile (Cargo.toml), so it wraps as in release; the
        // junk position is then a missing node, never a crash or a junction off the Earth.
        let extract = include_bytes!("../../../tests/data/fuzz-regressions/osm-dense-latitude-overflow.osm.pbf");
        if let Ok((graph, _)) = import_pbf(extract, None) {
            assert!(graph.nodes.iter().all(|&(lat, lon)| on_earth(lat, lon)), "{:?}", graph.nodes);
        }
    }

    #[test]
    fn the_largest_component_is_found_without_one_stack_frame_per_junction() {
        // The browser's worker has a small stack: a recursion per junction along a 100,000-junction
        // road (a département has 73,000) overflows a 512 KB stack by far.
        let kept = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(|| keep_largest_component(long_road(100_000), &mut ImportReport::default()).nodes.len())
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(kept, 100_000);
    }
}
