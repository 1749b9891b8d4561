//! Roads closed by the technician (a rockfall, snow, works), avoided by routes and matrices
//! without contracting the network again.
//!
//! A closure blocks the road it lies on between its two junctions, both ways; a stop on that
//! road is still reached from the side of the closure it stands on. The day's hierarchy still
//! holds the closed arcs, so a route whose path drives one is searched again with a plain
//! Dijkstra over the open arcs, and a matrix comes from the customizable hierarchy weighted
//! with the open arcs only ([`crate::road::cch`]).

use super::{Router, UNREACHABLE};
use crate::road::cch::CustomizableHierarchy;
use crate::road::ch::{Seed, ShortestPath, WeightMatrix};
use crate::road::graph::Metric;
use crate::road::osm::seasons::Day;
use crate::road::LatLon;
use std::cmp::Reverse;
use std::collections::{BTreeSet, BinaryHeap};

/// How far from its road a closure point may be, m: it is put on the road's drawing, so a point
/// further away is a mistake and closes nothing rather than some other road.
pub const CLOSURE_MAX_SNAP_M: f64 = 100.0;

/// The roads closed for a query: each closure is its road (stretch) and where along it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ClosedRoads {
    points: Vec<(u32, f64)>,
}

impl ClosedRoads {
    /// Whether nothing is closed.
    pub fn is_empty(&self) -> bool {
        self.points.is_empty()
    }

    /// How many closures were put on a road.
    pub fn len(&self) -> usize {
        self.points.len()
    }

    /// Whether `stretch` is closed somewhere.
    pub(super) fn closes(&self, stretch: u32) -> bool {
        self.points.iter().any(|&(closed, _)| closed == stretch)
    }

    /// Whether driving along `stretch` between the fractions `a` and `b` passes a closure.
    pub(super) fn blocks(&self, stretch: u32, a: f64, b: f64) -> bool {
        let (lo, hi) = (a.min(b), a.max(b));
        self.points.iter().any(|&(closed, at)| closed == stretch && (lo..=hi).contains(&at))
    }
}

/// The arcs open on a day and not closed, as compact adjacency for repeated Dijkstras: the
/// arcs leaving junction `v` are `arcs[first[v]..first[v + 1]]`, each (head, weight, secondary, arc id).
pub(super) struct OpenGraph {
    first: Vec<u32>,
    arcs: Vec<(u32, u32, u32, u32)>,
}

/// A Dijkstra tree over the open arcs: per junction, (weight, secondary), the arc that reached
/// it and the seed it started from.
pub(super) struct OpenTree {
    best: Vec<(u32, u32)>,
    parent: Vec<u32>,
    origin: Vec<u32>,
}

impl OpenTree {
    /// The best of `targets` reached: (weight, secondary, index of the target seed).
    pub(super) fn reach(&self, targets: &[Seed]) -> Option<(u32, u32, usize)> {
        targets
            .iter()
            .enumerate()
            .filter(|(_, seed)| self.best[seed.node as usize].0 != UNREACHABLE)
            .map(|(index, seed)| {
                let (weight, secondary) = self.best[seed.node as usize];
                (weight.saturating_add(seed.weight), secondary.saturating_add(seed.secondary), index)
            })
            .min()
    }

    /// The arcs driven from the tree's seed to `node`, in order.
    fn arcs_to(&self, router: &Router, node: u32) -> Vec<u32> {
        let mut arcs = Vec::new();
        let mut at = node;
        while self.parent[at as usize] != u32::MAX {
            let arc = self.parent[at as usize];
            arcs.push(arc);
            at = router.graph.arcs[arc as usize].from;
        }
        arcs.reverse();
        arcs
    }
}

impl Router {
    /// Puts each closure point on the nearest road open on `day`; a point further than
    /// `max_snap_m` from every road closes nothing.
    pub fn close(&self, points: &[LatLon], max_snap_m: f64, day: Option<Day>) -> ClosedRoads {
        let points = points
            .iter()
            .filter_map(|&point| self.snap(point, max_snap_m, day).ok())
            .map(|snapped| (snapped.stretch, snapped.fraction))
            .collect();
        ClosedRoads { points }
    }

    /// Names of the roads in `closed`, each once, for messages.
    pub(super) fn closed_names(&self, closed: &ClosedRoads) -> BTreeSet<String> {
        closed
            .points
            .iter()
            .map(|&(stretch, _)| {
                self.graph.stretches[stretch as usize].name.clone().unwrap_or_else(|| "unnamed road".into())
            })
            .collect()
    }

    /// Least weights from each of `sources` to each of `targets` over the roads open on `day`
    /// and not `closed`, minimising `metric`: the customizable hierarchy (shaped on the first
    /// call) weighted with those roads.
    ///
    /// Complexity: the customization (tens of milliseconds on a département) and its matrix.
    pub(super) fn open_matrix(
        &self,
        (metric, day): (Metric, Option<Day>),
        closed: &ClosedRoads,
        sources: &[Vec<Seed>],
        targets: &[Vec<Seed>],
    ) -> WeightMatrix {
        let other = match metric {
            Metric::Time => Metric::Distance,
            Metric::Distance => Metric::Time,
        };
        let hierarchy = self.customizable.get_or_init(|| CustomizableHierarchy::new(&self.graph));
        let open = self.graph.arcs.iter().filter(|arc| self.graph.open(arc, day) && !closed.closes(arc.stretch));
        let weights = hierarchy.customise(open.map(|arc| (arc.from, arc.to, arc.weight(metric), arc.weight(other))));
        hierarchy.many_to_many(&weights, sources, targets)
    }

    /// The arcs open on `day` and not `closed`, weighted by `metric`.
    ///
    /// Complexity: O(V + A).
    pub(super) fn open_graph(&self, metric: Metric, day: Option<Day>, closed: &ClosedRoads) -> OpenGraph {
        let other = match metric {
            Metric::Time => Metric::Distance,
            Metric::Distance => Metric::Time,
        };
        let mut graph = OpenGraph { first: Vec::with_capacity(self.graph.nodes.len() + 1), arcs: Vec::new() };
        for node in 0..self.graph.nodes.len() as u32 {
            graph.first.push(graph.arcs.len() as u32);
            for id in self.graph.arcs_from(node) {
                let arc = &self.graph.arcs[id];
                if self.graph.open(arc, day) && !closed.closes(arc.stretch) {
                    graph.arcs.push((arc.to, arc.weight(metric), arc.weight(other), id as u32));
                }
            }
        }
        graph.first.push(graph.arcs.len() as u32);
        graph
    }

    /// Least weight from `sources` to every junction over `open`, or, when `wanted` is not
    /// empty, to the junctions nearer than the last of `wanted` settled (whose weights are then
    /// final): a route needs only its targets.
    ///
    /// Complexity: O(A log V), some milliseconds on a département; less when `wanted` is near.
    pub(super) fn open_tree(&self, sources: &[Seed], open: &OpenGraph, wanted: &[u32]) -> OpenTree {
        let nodes = self.graph.nodes.len();
        let mut waiting = vec![false; nodes];
        let mut left = 0usize;
        for &node in wanted {
            left += usize::from(!waiting[node as usize]);
            waiting[node as usize] = true;
        }
        let mut tree = OpenTree {
            best: vec![(UNREACHABLE, UNREACHABLE); nodes],
            parent: vec![u32::MAX; nodes],
            origin: vec![0; nodes],
        };
        let mut heap = BinaryHeap::new();
        for (index, seed) in sources.iter().enumerate() {
            if (seed.weight, seed.secondary) < tree.best[seed.node as usize] {
                tree.best[seed.node as usize] = (seed.weight, seed.secondary);
                tree.origin[seed.node as usize] = index as u32;
                heap.push(Reverse((seed.weight, seed.secondary, seed.node)));
            }
        }
        while let Some(Reverse((weight, secondary, node))) = heap.pop() {
            if (weight, secondary) > tree.best[node as usize] {
                continue;
            }
            if waiting[node as usize] {
                waiting[node as usize] = false;
                left -= 1;
                if left == 0 {
                    break;
                }
            }
            let arcs = open.first[node as usize] as usize..open.first[node as usize + 1] as usize;
            for &(to, arc_weight, arc_secondary, id) in &open.arcs[arcs] {
                let next = (weight.saturating_add(arc_weight), secondary.saturating_add(arc_secondary));
                if next < tree.best[to as usize] {
                    tree.best[to as usize] = next;
                    tree.parent[to as usize] = id;
                    tree.origin[to as usize] = tree.origin[node as usize];
                    heap.push(Reverse((next.0, next.1, to)));
                }
            }
        }
        tree
    }

    /// The shortest path from `sources` to `targets` over the open arcs, as the hierarchy gives one.
    pub(super) fn open_path(
        &self,
        sources: &[Seed],
        targets: &[Seed],
        (metric, day): (Metric, Option<Day>),
        closed: &ClosedRoads,
    ) -> Option<ShortestPath> {
        let wanted: Vec<u32> = targets.iter().map(|seed| seed.node).collect();
        let tree = self.open_tree(sources, &self.open_graph(metric, day, closed), &wanted);
        let (weight, secondary, target_seed) = tree.reach(targets)?;
        let node = targets[target_seed].node;
        Some(ShortestPath {
            weight,
            secondary,
            arcs: tree.arcs_to(self, node),
            source_seed: tree.origin[node as usize] as usize,
            target_seed,
        })
    }
}
