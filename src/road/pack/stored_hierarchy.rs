//! A contraction hierarchy as a pack stores it: ranks, which arcs it holds, and each
//! shortcut as the two edges it joins; weights, ends and the upward lists are derived.
//!
//! A shortcut's weights are the sums of its two edges', its tail the first edge's and
//! its head the second's; an original edge is its arc. Edges that are neither live
//! nor part of a live shortcut are dropped. Edges are renumbered originals first (by
//! arc id), then shortcuts in creation order, so a shortcut still refers only to
//! earlier edges, stored as the (small) distance back to each.

use super::PackError;
use crate::road::ch::{Edge, EdgeKind, Hierarchy};
use crate::road::graph::{Metric, RoadGraph};
use serde::{Deserialize, Serialize};

/// The stored form of a [`Hierarchy`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredHierarchy {
    rank: Vec<u32>,
    /// One bit per arc of the graph: whether the hierarchy has an edge for it.
    originals: Vec<u8>,
    /// Per shortcut: how many edges back its first and its second edge are.
    shortcuts: Vec<(u32, u32)>,
    /// One bit per kept edge: whether it is in the upward lists (else only part of a shortcut).
    live: Vec<u8>,
}

fn bits(values: impl ExactSizeIterator<Item = bool>) -> Vec<u8> {
    let mut bytes = vec![0u8; values.len().div_ceil(8)];
    for (i, value) in values.enumerate() {
        bytes[i / 8] |= u8::from(value) << (i % 8);
    }
    bytes
}

fn bit(bytes: &[u8], i: usize) -> bool {
    bytes[i / 8] >> (i % 8) & 1 == 1
}

impl StoredHierarchy {
    /// The stored form of `hierarchy`, built over a graph of `arcs` arcs.
    pub fn new(hierarchy: &Hierarchy, arcs: usize) -> StoredHierarchy {
        let count = hierarchy.edges.len();
        let mut live = vec![false; count];
        for &e in hierarchy.up.iter().chain(&hierarchy.down) {
            live[e as usize] = true;
        }
        let mut keep = live.clone();
        for e in (0..count).rev() {
            if let (true, EdgeKind::Shortcut(a, b)) = (keep[e], hierarchy.edges[e].kind) {
                keep[a as usize] = true;
                keep[b as usize] = true;
            }
        }
        let mut has_arc = vec![false; arcs];
        let mut originals: Vec<(u32, usize)> = Vec::new();
        let mut shortcut_edges = Vec::new();
        for (e, edge) in hierarchy.edges.iter().enumerate().filter(|(e, _)| keep[*e]) {
            match edge.kind {
                EdgeKind::Original(arc) => {
                    has_arc[arc as usize] = true;
                    originals.push((arc, e));
                }
                EdgeKind::Shortcut(..) => shortcut_edges.push(e),
            }
        }
        originals.sort_unstable();
        let mut new_index = vec![u32::MAX; count];
        let order: Vec<usize> = originals.iter().map(|&(_, e)| e).chain(shortcut_edges.iter().copied()).collect();
        for (index, &e) in order.iter().enumerate() {
            new_index[e] = index as u32;
        }
        let shortcuts = shortcut_edges
            .iter()
            .map(|&e| {
                let EdgeKind::Shortcut(a, b) = hierarchy.edges[e].kind else { unreachable!("only shortcuts") };
                let at = new_index[e];
                (at - new_index[a as usize], at - new_index[b as usize])
            })
            .collect();
        StoredHierarchy {
            rank: hierarchy.rank.clone(),
            originals: bits(has_arc.into_iter()),
            shortcuts,
            live: bits(order.iter().map(|&e| live[e]).collect::<Vec<_>>().into_iter()),
        }
    }

    /// The hierarchy back over `graph`, minimising `metric`; fails on what a damaged pack got wrong.
    ///
    /// Complexity: O(nodes + edges).
    pub fn into_hierarchy(self, graph: &RoadGraph, metric: Metric) -> Result<Hierarchy, PackError> {
        let corrupt = || PackError::Corrupt("hiérarchie invalide".into());
        let nodes = graph.nodes.len();
        let mut seen = vec![false; nodes];
        if self.rank.len() != nodes || self.originals.len() != graph.arcs.len().div_ceil(8) {
            return Err(corrupt());
        }
        for &r in &self.rank {
            if r as usize >= nodes || std::mem::replace(&mut seen[r as usize], true) {
                return Err(corrupt());
            }
        }
        let other = match metric {
            Metric::Time => Metric::Distance,
            Metric::Distance => Metric::Time,
        };
        let mut edges: Vec<Edge> = (0..graph.arcs.len())
            .filter(|&a| bit(&self.originals, a))
            .map(|a| {
                let arc = &graph.arcs[a];
                let (weight, secondary) = (arc.weight(metric), arc.weight(other));
                Edge { from: arc.from, to: arc.to, weight, secondary, kind: EdgeKind::Original(a as u32) }
            })
            .collect();
        edges.reserve(self.shortcuts.len());
        for (back_a, back_b) in self.shortcuts {
            let at = edges.len() as u32;
            if back_a == 0 || back_b == 0 || back_a > at || back_b > at {
                return Err(corrupt());
            }
            let (a, b) = (at - back_a, at - back_b);
            let (first, second) = (edges[a as usize], edges[b as usize]);
            if first.to != second.from {
                return Err(corrupt());
            }
            edges.push(Edge {
                from: first.from,
                to: second.to,
                weight: first.weight.saturating_add(second.weight),
                secondary: first.secondary.saturating_add(second.secondary),
                kind: EdgeKind::Shortcut(a, b),
            });
        }
        if self.live.len() != edges.len().div_ceil(8) {
            return Err(corrupt());
        }
        let live: Vec<bool> = (0..edges.len()).map(|e| bit(&self.live, e)).collect();
        Ok(Hierarchy::new(self.rank, edges, &live))
    }
}
