//! The routable road network of a region: junctions, stretches of road, directed arcs.
//!
//! Flat arrays indexed by `u32`, so the network serialises into a region pack as is
//! and the algorithms index rather than chase pointers. [`RoadGraph::to_petgraph`]
//! gives the petgraph view used for connectivity and for the plain Dijkstra baseline.

use super::osm::seasons::{Closure, Day};
use super::osm::tags::RoadClass;
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};

/// Index of a junction in [`RoadGraph::nodes`].
pub type NodeId = u32;
/// Index of an arc in [`RoadGraph::arcs`].
pub type ArcId = u32;

/// A piece of road between two junctions, with its shape (shared by both directions).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stretch {
    /// Points (lat, lon) from one junction to the other, in OSM node order.
    #[serde(with = "super::compact_geometry")]
    pub geometry: Vec<(f64, f64)>,
    /// Road category.
    pub class: RoadClass,
    /// Street or road name (`name`, else `ref` such as "CG-2"), for the map and for closures.
    pub name: Option<String>,
    /// Junctions at the first and the last point of the geometry.
    pub ends: (NodeId, NodeId),
}

/// One direction of a stretch: what routing runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arc {
    /// Junction it leaves.
    pub from: NodeId,
    /// Junction it reaches.
    pub to: NodeId,
    /// The stretch it drives along.
    pub stretch: u32,
    /// True when driven in the order of the stretch's geometry.
    pub along: bool,
    /// Driving time, milliseconds.
    pub time_ms: u32,
    /// Length, decimetres.
    pub length_dm: u32,
    /// Index in [`RoadGraph::closures`] when the road closes some days of the year.
    pub closure: Option<u16>,
}

/// A region's road network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct RoadGraph {
    /// Junction positions (lat, lon).
    #[serde(with = "super::compact_geometry")]
    pub nodes: Vec<(f64, f64)>,
    /// Road stretches with geometry.
    pub stretches: Vec<Stretch>,
    /// Directed arcs, sorted by `from`.
    pub arcs: Vec<Arc>,
    /// Distinct seasonal closures referenced by arcs.
    pub closures: Vec<Closure>,
}

/// What to minimise along a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Metric {
    /// Driving time (milliseconds).
    Time,
    /// Length (decimetres): the true shortest distance, for cross-checks with other tools.
    Distance,
}

impl Metric {
    /// Both metrics.
    pub const ALL: [Metric; 2] = [Metric::Time, Metric::Distance];
}

impl Arc {
    /// The arc's weight under `metric`.
    pub fn weight(&self, metric: Metric) -> u32 {
        match metric {
            Metric::Time => self.time_ms,
            Metric::Distance => self.length_dm,
        }
    }
}

impl RoadGraph {
    /// Whether arc `arc` may be driven on `day` (always, when no day is given).
    pub fn open(&self, arc: &Arc, day: Option<Day>) -> bool {
        match (arc.closure, day) {
            (Some(closure), Some(day)) => !self.closures[usize::from(closure)].closed_on(day),
            _ => true,
        }
    }

    /// The arcs closed on `day`, each once.
    pub fn closed_arcs(&self, day: Day) -> impl Iterator<Item = (ArcId, &Arc)> {
        self.arcs
            .iter()
            .enumerate()
            .filter(move |(_, arc)| !self.open(arc, Some(day)))
            .map(|(id, arc)| (id as ArcId, arc))
    }

    /// The network as a petgraph graph: node `i` is junction `i`, edge weights are arc ids.
    /// Arcs closed on `day` are left out.
    ///
    /// Complexity: O(V + E).
    pub fn to_petgraph(&self, day: Option<Day>) -> DiGraph<(), ArcId> {
        let mut graph = DiGraph::with_capacity(self.nodes.len(), self.arcs.len());
        for _ in &self.nodes {
            graph.add_node(());
        }
        for (id, arc) in self.arcs.iter().enumerate().filter(|(_, arc)| self.open(arc, day)) {
            graph.add_edge(NodeIndex::new(arc.from as usize), NodeIndex::new(arc.to as usize), id as ArcId);
        }
        graph
    }

    /// The one or two arcs driving along stretch `stretch`, with their ids.
    ///
    /// Complexity: O(log A + degree of its ends).
    pub fn arcs_of_stretch(&self, stretch: u32) -> impl Iterator<Item = (ArcId, &Arc)> {
        let (start, end) = self.stretches[stretch as usize].ends;
        let along = self.arcs_from(start).filter(move |&id| self.arcs[id].stretch == stretch && self.arcs[id].along);
        let against = self.arcs_from(end).filter(move |&id| self.arcs[id].stretch == stretch && !self.arcs[id].along);
        along.chain(against).map(|id| (id as ArcId, &self.arcs[id]))
    }

    /// Range of arc ids leaving `node` (arcs are sorted by `from`).
    pub fn arcs_from(&self, node: NodeId) -> std::ops::Range<usize> {
        let start = self.arcs.partition_point(|arc| arc.from < node);
        let end = self.arcs.partition_point(|arc| arc.from <= node);
        start..end
    }
}
