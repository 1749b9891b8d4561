//! The shape of a customizable hierarchy: every junction numbered by its rank in the
//! elimination order, and the arcs that eliminating the junctions in that order creates.
//!
//! Eliminating a junction joins all its remaining neighbours to one another, whatever the
//! weights (no witness search), so the arcs do not depend on which roads are open: weights are
//! put on them afterwards ([`super::customise`]), as often as the roads change.

use super::order::{nested_dissection, Neighbours};

/// No parent: a root of the elimination tree.
pub(super) const ROOT: u32 = u32::MAX;

/// The upward arcs of every rank and the elimination tree.
pub(super) struct Topology {
    /// Rank of each junction.
    pub(super) rank: Vec<u32>,
    /// The upward arcs of rank `x` are `head[first[x]..first[x + 1]]`, higher ranks, ascending.
    first: Vec<u32>,
    /// Head (a rank) of each upward arc.
    pub(super) head: Vec<u32>,
    /// Rank each upward arc leaves.
    pub(super) tail: Vec<u32>,
    /// The arcs coming up into rank `y` are `below[below_first[y]..below_first[y + 1]]`.
    below_first: Vec<u32>,
    /// Upward arcs grouped by the rank they reach (indices into [`Topology::head`]).
    below: Vec<u32>,
    /// Lowest upward neighbour of each rank ([`ROOT`] when none): every upward neighbour of a
    /// rank is one of its ancestors in this tree, so a search from a rank visits its ancestors only.
    pub(super) parent: Vec<u32>,
}

impl Topology {
    /// The hierarchy's shape for junctions at `positions` joined by `edges` (either way).
    ///
    /// Complexity: the order's, plus the arcs created, merged once per rank.
    pub(super) fn new(positions: &[(f64, f64)], edges: impl Iterator<Item = (u32, u32)>) -> Topology {
        let nodes = positions.len();
        let neighbours = Neighbours::new(nodes, edges);
        let order = nested_dissection(positions, &neighbours);
        let mut rank = vec![0u32; nodes];
        for (position, &node) in order.iter().enumerate() {
            rank[node as usize] = position as u32;
        }
        let mut up: Vec<Vec<u32>> = order
            .iter()
            .map(|&node| {
                let own = rank[node as usize];
                neighbours.of(node).iter().map(|&n| rank[n as usize]).filter(|&r| r > own).collect()
            })
            .collect();
        let mut parent = vec![ROOT; nodes];
        for x in 0..nodes {
            let mut mine = std::mem::take(&mut up[x]);
            mine.sort_unstable();
            mine.dedup();
            if let Some((&lowest, rest)) = mine.split_first() {
                parent[x] = lowest;
                up[lowest as usize].extend_from_slice(rest);
            }
            up[x] = mine;
        }
        let mut first = Vec::with_capacity(nodes + 1);
        let mut head = Vec::with_capacity(up.iter().map(Vec::len).sum());
        for arcs in &up {
            first.push(head.len() as u32);
            head.extend_from_slice(arcs);
        }
        first.push(head.len() as u32);
        let tail: Vec<u32> = (0..nodes as u32).flat_map(|x| up[x as usize].iter().map(move |_| x)).collect();
        let mut below_first = vec![0u32; nodes + 1];
        for &y in &head {
            below_first[y as usize + 1] += 1;
        }
        for y in 0..nodes {
            below_first[y + 1] += below_first[y];
        }
        let mut filled = below_first.clone();
        let mut below = vec![0u32; head.len()];
        for (arc, &y) in head.iter().enumerate() {
            below[filled[y as usize] as usize] = arc as u32;
            filled[y as usize] += 1;
        }
        Topology { rank, first, head, tail, below_first, below, parent }
    }

    /// Number of ranks (junctions).
    pub(super) fn len(&self) -> usize {
        self.parent.len()
    }

    /// The upward arcs of rank `x`, as indices into [`Topology::head`].
    pub(super) fn up(&self, x: u32) -> std::ops::Range<usize> {
        self.first[x as usize] as usize..self.first[x as usize + 1] as usize
    }

    /// The upward arc from rank `low` to rank `high`, if eliminating gave one.
    pub(super) fn arc(&self, low: u32, high: u32) -> Option<usize> {
        let arcs = self.up(low);
        let start = arcs.start;
        self.head[arcs].binary_search(&high).ok().map(|offset| start + offset)
    }

    /// The upward arcs reaching rank `y` (from lower ranks).
    pub(super) fn below(&self, y: u32) -> &[u32] {
        &self.below[self.below_first[y as usize] as usize..self.below_first[y as usize + 1] as usize]
    }

    /// Number of upward arcs.
    pub(super) fn arcs(&self) -> usize {
        self.head.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grid_stays_sparse_and_every_upward_neighbour_is_an_ancestor() {
        let side = 40u32;
        let (positions, edges) = super::super::test_grid::grid(side);
        let topology = Topology::new(&positions, edges);
        // Eliminated row by row, each junction would join the next `side` ones: 40 arcs each.
        let row_by_row = side as usize * topology.len();
        assert!(topology.arcs() < row_by_row / 2, "{} arcs for {} junctions", topology.arcs(), topology.len());
        for x in 0..topology.len() as u32 {
            for &y in &topology.head[topology.up(x)] {
                let mut at = x;
                while at != y && at != ROOT {
                    at = topology.parent[at as usize];
                }
                assert_eq!(at, y, "{y} is above {x} but not its ancestor");
            }
        }
    }
}
