//! The road graph as a pack stores it: nothing that can be derived.
//!
//! - A stretch's shape is stored without its two ends (they are its junctions),
//!   as microdegree deltas from the first junction: 1–2 byte varints per point.
//! - Arcs are not stored: each stretch says whether it is driven along and against
//!   its shape, and how long that takes; loading rebuilds the arcs in the order
//!   [`canonical_arc_order`] gives, so arc ids (which the hierarchies refer to)
//!   come out the same.
//! - Street names are stored once and referred to by number.

use super::PackError;
use crate::road::compact_geometry::{self, round_to_storage};
use crate::road::graph::{Arc, RoadGraph, Stretch};
use crate::road::osm::seasons::Closure;
use crate::road::osm::tags::RoadClass;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One direction of a stretch: driving time, and length as a difference from the stretch's.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
struct StoredArc {
    time_ms: u32,
    /// Length of this direction minus the stretch's stored length (0 for every imported road).
    length_delta_dm: i32,
    closure: Option<u16>,
}

/// A stretch without what its junctions and arcs already say.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct StoredStretch {
    /// First junction, as a difference from the previous stretch's first junction.
    start_delta: i32,
    /// Last junction, as a difference from the first.
    end_delta: i32,
    class: RoadClass,
    /// 1 + index in the name table, 0 for a road without a name.
    name: u32,
    length_dm: u32,
    along: Option<StoredArc>,
    against: Option<StoredArc>,
    shape: Shape,
}

/// A stretch's points.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
enum Shape {
    /// The points between the two junctions, as microdegree deltas (lat, lon interleaved)
    /// starting from the first junction's position.
    Between(Vec<i32>),
    /// Every point, for the rare stretch whose ends are not exactly its junctions' positions.
    Full(#[serde(with = "compact_geometry")] Vec<(f64, f64)>),
}

/// The stored form of a [`RoadGraph`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredGraph {
    #[serde(with = "compact_geometry")]
    nodes: Vec<(f64, f64)>,
    names: Vec<String>,
    closures: Vec<Closure>,
    stretches: Vec<StoredStretch>,
}

/// The junction positions alone, encoded as in the graph.
#[derive(Serialize)]
struct NodesOnly<'a>(#[serde(with = "compact_geometry")] &'a Vec<(f64, f64)>);

/// The order of arcs in every graph a pack holds: by tail, head, stretch, then direction.
///
/// It is the order the import produces, and [`crate::road::Router::new`] sorts any graph into it.
pub fn canonical_arc_order(arc: &Arc) -> (u32, u32, u32, bool) {
    (arc.from, arc.to, arc.stretch, arc.along)
}

/// Microdegrees of `degrees` (coordinates fit an `i32`: at most 180,000,000).
fn micro(degrees: f64) -> i32 {
    compact_geometry::units(degrees) as i32
}

impl StoredGraph {
    /// The stored form of `graph`, whose arcs are in [`canonical_arc_order`].
    pub fn new(graph: &RoadGraph) -> StoredGraph {
        debug_assert!(graph.arcs.windows(2).all(|w| canonical_arc_order(&w[0]) < canonical_arc_order(&w[1])));
        let mut directions: Vec<[Option<&Arc>; 2]> = vec![[None, None]; graph.stretches.len()];
        for arc in &graph.arcs {
            directions[arc.stretch as usize][usize::from(!arc.along)] = Some(arc);
        }
        let mut name_ids: HashMap<&str, u32> = HashMap::new();
        let mut names = Vec::new();
        let mut previous_start = 0i64;
        let stretches = graph
            .stretches
            .iter()
            .zip(&directions)
            .map(|(stretch, [along, against])| {
                let name = stretch.name.as_deref().map_or(0, |name| {
                    *name_ids.entry(name).or_insert_with(|| {
                        names.push(name.to_string());
                        names.len() as u32
                    })
                });
                let length_dm = along.or(*against).map_or(0, |arc| arc.length_dm);
                let stored = |arc: &Option<&Arc>| {
                    arc.map(|arc| StoredArc {
                        time_ms: arc.time_ms,
                        length_delta_dm: (i64::from(arc.length_dm) - i64::from(length_dm)) as i32,
                        closure: arc.closure,
                    })
                };
                let (start, end) = (i64::from(stretch.ends.0), i64::from(stretch.ends.1));
                let start_delta = (start - previous_start) as i32;
                previous_start = start;
                StoredStretch {
                    start_delta,
                    end_delta: (end - start) as i32,
                    class: stretch.class,
                    name,
                    length_dm,
                    along: stored(along),
                    against: stored(against),
                    shape: shape(graph, stretch),
                }
            })
            .collect();
        StoredGraph { nodes: graph.nodes.clone(), names, closures: graph.closures.clone(), stretches }
    }

    /// Encoded bytes of the junctions, and of everything else (stretches, names, closures).
    pub fn part_sizes(&self) -> (usize, usize) {
        let encoded = |bytes: postcard::Result<Vec<u8>>| bytes.map_or(0, |bytes| bytes.len());
        let total = encoded(postcard::to_allocvec(self));
        let nodes = encoded(postcard::to_allocvec(&NodesOnly(&self.nodes)));
        (nodes, total - nodes)
    }

    /// The graph back, arcs rebuilt in canonical order; fails on indices a damaged pack got wrong.
    ///
    /// Complexity: O(points + arcs log arcs).
    pub fn into_graph(self) -> Result<RoadGraph, PackError> {
        let corrupt = |what: &str| PackError::Corrupt(what.to_string());
        let node_count = self.nodes.len() as i64;
        let mut graph = RoadGraph { nodes: self.nodes, closures: self.closures, ..RoadGraph::default() };
        graph.stretches.reserve(self.stretches.len());
        graph.arcs.reserve(self.stretches.len() * 2);
        let mut start = 0i64;
        for (index, stored) in self.stretches.into_iter().enumerate() {
            start += i64::from(stored.start_delta);
            let end = start + i64::from(stored.end_delta);
            if !(0..node_count).contains(&start) || !(0..node_count).contains(&end) {
                return Err(corrupt("stretch outside the graph"));
            }
            let ends = (start as u32, end as u32);
            let name = match stored.name {
                0 => None,
                n => Some(self.names.get(n as usize - 1).ok_or(corrupt("unknown road name"))?.clone()),
            };
            let geometry = match stored.shape {
                Shape::Full(points) => points,
                Shape::Between(deltas) => between(&graph.nodes, ends, &deltas)?,
            };
            for (along, arc) in [(true, stored.along), (false, stored.against)] {
                let Some(arc) = arc else { continue };
                if arc.closure.is_some_and(|c| usize::from(c) >= graph.closures.len()) {
                    return Err(corrupt("fermeture inconnue"));
                }
                let length = i64::from(stored.length_dm) + i64::from(arc.length_delta_dm);
                let length_dm = u32::try_from(length).map_err(|_| corrupt("negative length"))?;
                let (from, to) = if along { ends } else { (ends.1, ends.0) };
                let stretch = index as u32;
                graph.arcs.push(Arc {
                    from,
                    to,
                    stretch,
                    along,
                    time_ms: arc.time_ms,
                    length_dm,
                    closure: arc.closure,
                });
            }
            graph.stretches.push(Stretch { geometry, class: stored.class, name, ends });
        }
        graph.arcs.sort_unstable_by_key(canonical_arc_order);
        Ok(graph)
    }
}

/// The stored shape of `stretch`: only its inner points when its ends are its junctions.
fn shape(graph: &RoadGraph, stretch: &Stretch) -> Shape {
    let points = &stretch.geometry;
    let (first, last) = (graph.nodes[stretch.ends.0 as usize], graph.nodes[stretch.ends.1 as usize]);
    let exact = |a: (f64, f64), b: (f64, f64)| micro(a.0) == micro(b.0) && micro(a.1) == micro(b.1);
    let stored_exactly = points.iter().all(|&(lat, lon)| lat == round_to_storage(lat) && lon == round_to_storage(lon));
    if points.len() < 2 || !exact(points[0], first) || !exact(points[points.len() - 1], last) || !stored_exactly {
        return Shape::Full(points.clone());
    }
    let mut previous = (micro(first.0), micro(first.1));
    let mut deltas = Vec::with_capacity((points.len() - 2) * 2);
    for &(lat, lon) in &points[1..points.len() - 1] {
        let current = (micro(lat), micro(lon));
        deltas.extend([current.0 - previous.0, current.1 - previous.1]);
        previous = current;
    }
    Shape::Between(deltas)
}

/// The points of a stretch from its inner deltas, with its junctions at both ends.
fn between(nodes: &[(f64, f64)], ends: (u32, u32), deltas: &[i32]) -> Result<Vec<(f64, f64)>, PackError> {
    if deltas.len() % 2 != 0 {
        return Err(PackError::Corrupt("stretch shape".into()));
    }
    let first = nodes[ends.0 as usize];
    let mut points = Vec::with_capacity(deltas.len() / 2 + 2);
    points.push(first);
    let mut current = (i64::from(micro(first.0)), i64::from(micro(first.1)));
    for pair in deltas.chunks_exact(2) {
        current = (current.0 + i64::from(pair[0]), current.1 + i64::from(pair[1]));
        points.push((current.0 as f64 / 1e6, current.1 as f64 / 1e6));
    }
    points.push(nodes[ends.1 as usize]);
    Ok(points)
}
