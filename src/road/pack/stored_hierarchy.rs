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
        let corrupt = || PackError::Corrupt("invalid hierarchy".into());
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
        // Road arcs each edge stands for: a shortcut is a shortest path, so it never loops back to
        // where it starts and never holds more arcs than there are junctions. A crafted pack whose
        // shortcuts double one another (2^k arcs after k of them) is refused here, not unpacked.
        let mut arcs_of: Vec<u64> = vec![1; edges.len()];
        for (back_a, back_b) in self.shortcuts {
            let at = edges.len() as u32;
            if back_a == 0 || back_b == 0 || back_a > at || back_b > at {
                return Err(corrupt());
            }
            let (a, b) = (at - back_a, at - back_b);
            let (first, second) = (edges[a as usize], edges[b as usize]);
            let arcs = arcs_of[a as usize].saturating_add(arcs_of[b as usize]);
            if first.to != second.from || first.from == second.to || arcs > nodes as u64 {
                return Err(corrupt());
            }
            arcs_of.push(arcs);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::pack::read_pack;
    use std::collections::HashMap;

    /// The demo's time hierarchy as stored, and its graph.
    fn stored() -> (StoredHierarchy, RoadGraph) {
        let (_, router) = read_pack(include_bytes!("../../../static/demo/andorra.bin")).unwrap();
        let graph = router.graph().clone();
        (StoredHierarchy::new(router.hierarchy(Metric::Time, None), graph.arcs.len()), graph)
    }

    /// Appends a shortcut of edges `a` and `b` (absolute indices); returns the new edge's index.
    fn push_shortcut(stored: &mut StoredHierarchy, a: u32, b: u32) -> u32 {
        let kept = (0..stored.originals.len() * 8).filter(|&i| bit(&stored.originals, i)).count();
        let at = (kept + stored.shortcuts.len()) as u32;
        stored.shortcuts.push((at - a, at - b));
        stored.live.resize((at as usize + 1).div_ceil(8), 0);
        at
    }

    /// Edges of the hierarchy by (from, to).
    fn by_ends(stored: &StoredHierarchy, graph: &RoadGraph) -> (Vec<Edge>, HashMap<(u32, u32), u32>) {
        let edges = stored.clone().into_hierarchy(graph, Metric::Time).unwrap().edges;
        let ends = edges.iter().enumerate().map(|(i, e)| ((e.from, e.to), i as u32)).collect();
        (edges, ends)
    }

    #[test]
    fn a_crafted_shortcut_that_loops_back_is_refused_as_corrupt() {
        let (mut stored, graph) = stored();
        let (edges, ends) = by_ends(&stored, &graph);
        // A two-way street: u→v and v→u, joined into a loop u→u.
        let (a, b) =
            edges.iter().enumerate().find_map(|(a, e)| ends.get(&(e.to, e.from)).map(|&b| (a as u32, b))).unwrap();
        push_shortcut(&mut stored, a, b);
        assert!(matches!(stored.into_hierarchy(&graph, Metric::Time), Err(PackError::Corrupt(_))));
    }

    #[test]
    fn crafted_shortcuts_that_double_one_another_are_refused_before_they_are_unpacked() {
        let (mut stored, graph) = stored();
        assert!(stored.clone().into_hierarchy(&graph, Metric::Time).is_ok(), "the real one reads");
        let (edges, ends) = by_ends(&stored, &graph);
        // Three edges around a triangle u→v→w→u: (X·Q)·(R·X) goes u→v again, twice as long as X,
        // and no shortcut of it loops; 13 rounds would unpack to 2^13 times as many arcs.
        let (x, q, r) = edges
            .iter()
            .enumerate()
            .find_map(|(x, e)| {
                edges
                    .iter()
                    .enumerate()
                    .filter(|(_, f)| f.from == e.to && f.to != e.from)
                    .find_map(|(q, f)| ends.get(&(f.to, e.from)).map(|&r| (x as u32, q as u32, r)))
            })
            .expect("a triangle of roads in Andorra");
        let mut longest = x;
        for _ in 0..13 {
            let head = push_shortcut(&mut stored, longest, q);
            let tail = push_shortcut(&mut stored, r, longest);
            longest = push_shortcut(&mut stored, head, tail);
        }
        assert!(matches!(stored.into_hierarchy(&graph, Metric::Time), Err(PackError::Corrupt(_))));
    }
}
