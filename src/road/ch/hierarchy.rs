//! The contracted graph: junction ranks, and edges split into upward lists.

use serde::{Deserialize, Serialize};

/// What an edge of the hierarchy stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EdgeKind {
    /// An arc of the road graph (its id).
    Original(u32),
    /// Two consecutive hierarchy edges (their indices) bypassing a less important junction.
    Shortcut(u32, u32),
}

/// A directed edge of the hierarchy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Edge {
    /// Tail junction.
    pub from: u32,
    /// Head junction.
    pub to: u32,
    /// The weight minimised.
    pub weight: u32,
    /// The other weight, summed along the same path.
    pub secondary: u32,
    /// Arc or shortcut.
    pub kind: EdgeKind,
}

/// A contraction hierarchy over `rank.len()` junctions.
///
/// `up` lists, for each junction, the edges leaving it towards more important
/// junctions; `down` lists, for each junction, the edges *entering* it from more
/// important junctions (the backward search walks them in reverse). Both are
/// compressed rows: the edges of junction `v` are `list[first[v]..first[v + 1]]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hierarchy {
    /// Contraction order of each junction (0 = least important).
    pub rank: Vec<u32>,
    /// Every edge, original or shortcut, live or superseded (shortcuts refer to them).
    pub edges: Vec<Edge>,
    /// Row starts of `up`.
    pub up_first: Vec<u32>,
    /// Edge indices of upward edges leaving each junction.
    pub up: Vec<u32>,
    /// Row starts of `down`.
    pub down_first: Vec<u32>,
    /// Edge indices of upward edges entering each junction (for the backward search).
    pub down: Vec<u32>,
}

impl Hierarchy {
    /// Number of junctions.
    pub fn nodes(&self) -> usize {
        self.rank.len()
    }

    /// Indices of the upward edges leaving `node` (`forward`), or entering it from
    /// more important junctions (backward search).
    pub fn row(&self, node: u32, forward: bool) -> &[u32] {
        let (first, list) = if forward { (&self.up_first, &self.up) } else { (&self.down_first, &self.down) };
        &list[first[node as usize] as usize..first[node as usize + 1] as usize]
    }

    /// Appends to `arcs` the road arcs edge `edge` stands for, in driving order.
    ///
    /// Complexity: O(k) in the number of arcs produced (iterative, no recursion depth limit).
    pub fn unpack(&self, edge: u32, arcs: &mut Vec<u32>) {
        let mut stack = vec![edge];
        while let Some(e) = stack.pop() {
            match self.edges[e as usize].kind {
                EdgeKind::Original(arc) => arcs.push(arc),
                EdgeKind::Shortcut(first, second) => {
                    stack.push(second);
                    stack.push(first);
                }
            }
        }
    }

    /// Builds the upward lists from the live edges and the ranks.
    pub fn new(rank: Vec<u32>, edges: Vec<Edge>, live: &[bool]) -> Hierarchy {
        let n = rank.len();
        let (mut up_rows, mut down_rows) = (vec![Vec::new(); n], vec![Vec::new(); n]);
        for (index, edge) in edges.iter().enumerate().filter(|(index, _)| live[*index]) {
            if rank[edge.from as usize] < rank[edge.to as usize] {
                up_rows[edge.from as usize].push(index as u32);
            } else {
                down_rows[edge.to as usize].push(index as u32);
            }
        }
        let flatten = |rows: Vec<Vec<u32>>| {
            let mut first = Vec::with_capacity(n + 1);
            let mut list = Vec::new();
            for row in rows {
                first.push(list.len() as u32);
                list.extend(row);
            }
            first.push(list.len() as u32);
            (first, list)
        };
        let (up_first, up) = flatten(up_rows);
        let (down_first, down) = flatten(down_rows);
        Hierarchy { rank, edges, up_first, up, down_first, down }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edge(from: u32, to: u32, weight: u32, kind: EdgeKind) -> Edge {
        Edge { from, to, weight, secondary: weight, kind }
    }

    #[test]
    fn live_edges_are_listed_once_from_their_less_important_end() {
        // Ranks: junction 1 is least important, then 0, then 2.
        let edges = vec![
            edge(0, 1, 3, EdgeKind::Original(10)),
            edge(1, 2, 4, EdgeKind::Original(11)),
            edge(0, 2, 7, EdgeKind::Shortcut(0, 1)),
            edge(2, 0, 5, EdgeKind::Original(12)),
        ];
        let hierarchy = Hierarchy::new(vec![1, 0, 2], edges, &[false, true, true, true]);
        assert_eq!(hierarchy.nodes(), 3);
        assert_eq!(hierarchy.row(0, true), &[2], "0 → 2 climbs from 0");
        assert_eq!(hierarchy.row(1, true), &[1], "1 → 2 climbs from 1");
        assert_eq!(hierarchy.row(0, false), &[3], "2 → 0 comes down into 0: the backward search climbs it");
        assert!(hierarchy.row(2, true).is_empty() && hierarchy.row(2, false).is_empty(), "nothing above the top");
        let listed = hierarchy.up.len() + hierarchy.down.len();
        assert_eq!(listed, 3, "the superseded edge is kept for unpacking but listed nowhere");
    }

    #[test]
    fn a_shortcut_unpacks_to_its_road_arcs_in_driving_order() {
        let edges = vec![
            edge(0, 1, 1, EdgeKind::Original(7)),
            edge(1, 2, 1, EdgeKind::Original(8)),
            edge(2, 3, 1, EdgeKind::Original(9)),
            edge(0, 2, 2, EdgeKind::Shortcut(0, 1)),
            edge(0, 3, 3, EdgeKind::Shortcut(3, 2)),
        ];
        let hierarchy = Hierarchy::new(vec![0, 1, 2, 3], edges, &[true; 5]);
        let mut arcs = vec![1];
        hierarchy.unpack(4, &mut arcs);
        assert_eq!(arcs, vec![1, 7, 8, 9], "appended after what was there");
    }
}
