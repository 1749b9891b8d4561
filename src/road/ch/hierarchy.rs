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
