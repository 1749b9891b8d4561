//! Building the hierarchy: contract junctions one by one, least important first.

use super::hierarchy::{Edge, EdgeKind, Hierarchy};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Junctions a witness search may settle before giving up (then a shortcut is added,
/// which is never wrong, only less compact).
const WITNESS_SETTLE_LIMIT: usize = 400;

/// The graph while it is being contracted: live edges in and out of each junction.
struct Remaining {
    edges: Vec<Edge>,
    live: Vec<bool>,
    outgoing: Vec<Vec<u32>>,
    incoming: Vec<Vec<u32>>,
    contracted: Vec<bool>,
    /// Neighbours already contracted: spreads contraction evenly over the map.
    contracted_neighbours: Vec<u32>,
}

/// An arc given to [`contract`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputArc {
    /// Road arc id, recorded in [`EdgeKind::Original`] and returned by path unpacking.
    pub id: u32,
    /// Tail junction.
    pub from: u32,
    /// Head junction.
    pub to: u32,
    /// Weight to minimise.
    pub weight: u32,
    /// Other weight, summed along paths.
    pub secondary: u32,
}

/// Contracts a graph of `nodes` junctions.
///
/// Arguments: arcs in any order (leave out closed roads).
/// Parallel arcs keep the lightest; self-loops are dropped.
/// Returns: the hierarchy, exact for every pair (witness searches only ever add shortcuts).
/// Complexity: about O(n log n) on road networks; Andorra (4.7 k junctions) in milliseconds.
///
/// # Example
/// ```
/// use tournee::road::ch::{contract, InputArc, Search, Seed};
/// let arc = |id, from, to, weight, secondary| InputArc { id, from, to, weight, secondary };
/// // 0 → 1 → 2, and a slow direct road 0 → 2.
/// let hierarchy = contract(3, &[arc(0, 0, 1, 5, 50), arc(1, 1, 2, 5, 50), arc(2, 0, 2, 30, 20)]);
/// let path = Search::new(&hierarchy).shortest(&[Seed::at(0)], &[Seed::at(2)]).unwrap();
/// assert_eq!((path.weight, path.secondary), (10, 100));
/// assert_eq!(path.arcs, vec![0, 1]);
/// ```
pub fn contract(nodes: usize, arcs: &[InputArc]) -> Hierarchy {
    let mut graph = Remaining {
        edges: Vec::with_capacity(arcs.len() * 2),
        live: Vec::with_capacity(arcs.len() * 2),
        outgoing: vec![Vec::new(); nodes],
        incoming: vec![Vec::new(); nodes],
        contracted: vec![false; nodes],
        contracted_neighbours: vec![0; nodes],
    };
    for arc in arcs.iter().filter(|arc| arc.from != arc.to) {
        let (from, to, weight, secondary) = (arc.from, arc.to, arc.weight, arc.secondary);
        graph.add_or_improve(Edge { from, to, weight, secondary, kind: EdgeKind::Original(arc.id) });
    }
    let mut witness = Witness::new(nodes);
    let mut queue: BinaryHeap<Reverse<(i64, u32)>> =
        (0..nodes as u32).map(|v| Reverse((graph.priority(v, &mut witness), v))).collect();
    let mut rank = vec![0u32; nodes];
    let mut next_rank = 0;
    while let Some(Reverse((priority, v))) = queue.pop() {
        if graph.contracted[v as usize] {
            continue;
        }
        // Lazy update: priorities go stale as neighbours are contracted.
        let fresh = graph.priority(v, &mut witness);
        if fresh > priority && queue.peek().is_some_and(|Reverse((next, _))| fresh > *next) {
            queue.push(Reverse((fresh, v)));
            continue;
        }
        for shortcut in graph.shortcuts(v, &mut witness) {
            graph.add_or_improve(shortcut);
        }
        graph.contracted[v as usize] = true;
        rank[v as usize] = next_rank;
        next_rank += 1;
        for e in graph.outgoing[v as usize].iter().chain(&graph.incoming[v as usize]) {
            let edge = graph.edges[*e as usize];
            let other = if edge.from == v { edge.to } else { edge.from };
            graph.contracted_neighbours[other as usize] += 1;
        }
    }
    Hierarchy::new(rank, graph.edges, &graph.live)
}

impl Remaining {
    /// Adds `edge` unless a lighter or equal live edge joins the same junctions; replaces a heavier one.
    fn add_or_improve(&mut self, edge: Edge) {
        let existing =
            self.outgoing[edge.from as usize].iter().copied().find(|&e| self.edges[e as usize].to == edge.to);
        if let Some(e) = existing {
            if self.edges[e as usize].weight <= edge.weight {
                return;
            }
            self.live[e as usize] = false;
            self.outgoing[edge.from as usize].retain(|&x| x != e);
            self.incoming[edge.to as usize].retain(|&x| x != e);
        }
        let index = self.edges.len() as u32;
        self.edges.push(edge);
        self.live.push(true);
        self.outgoing[edge.from as usize].push(index);
        self.incoming[edge.to as usize].push(index);
    }

    /// Live edges into `v` from, and out of `v` to, junctions not yet contracted.
    fn neighbours(&self, v: u32) -> (Vec<u32>, Vec<u32>) {
        let keep = |list: &Vec<u32>, head: bool| -> Vec<u32> {
            list.iter()
                .copied()
                .filter(|&e| {
                    let edge = self.edges[e as usize];
                    !self.contracted[if head { edge.to } else { edge.from } as usize]
                })
                .collect()
        };
        (keep(&self.incoming[v as usize], false), keep(&self.outgoing[v as usize], true))
    }

    /// The shortcuts contracting `v` needs: u → v → w where no path avoiding v is as short.
    fn shortcuts(&self, v: u32, witness: &mut Witness) -> Vec<Edge> {
        let (incoming, outgoing) = self.neighbours(v);
        let mut shortcuts = Vec::new();
        for &in_edge in &incoming {
            let first = self.edges[in_edge as usize];
            let limit =
                outgoing.iter().map(|&e| first.weight.saturating_add(self.edges[e as usize].weight)).max().unwrap_or(0);
            witness.run(self, first.from, v, limit);
            for &out_edge in &outgoing {
                let second = self.edges[out_edge as usize];
                if second.to == first.from {
                    continue;
                }
                let through_v = first.weight.saturating_add(second.weight);
                if witness.distance(second.to) > through_v {
                    shortcuts.push(Edge {
                        from: first.from,
                        to: second.to,
                        weight: through_v,
                        secondary: first.secondary.saturating_add(second.secondary),
                        kind: EdgeKind::Shortcut(in_edge, out_edge),
                    });
                }
            }
        }
        shortcuts
    }

    /// Importance of `v`: shortcuts added minus edges removed, plus contracted neighbours.
    fn priority(&self, v: u32, witness: &mut Witness) -> i64 {
        let (incoming, outgoing) = self.neighbours(v);
        let added = self.shortcuts(v, witness).len() as i64;
        2 * added - (incoming.len() + outgoing.len()) as i64 + i64::from(self.contracted_neighbours[v as usize])
    }
}

/// A bounded Dijkstra looking for a path that makes a shortcut unnecessary.
struct Witness {
    distance: Vec<u32>,
    touched: Vec<u32>,
    heap: BinaryHeap<Reverse<(u32, u32)>>,
}

impl Witness {
    fn new(nodes: usize) -> Witness {
        Witness { distance: vec![u32::MAX; nodes], touched: Vec::new(), heap: BinaryHeap::new() }
    }

    /// Distances from `source` avoiding `skip` and contracted junctions, up to `limit`.
    fn run(&mut self, graph: &Remaining, source: u32, skip: u32, limit: u32) {
        for &t in &self.touched {
            self.distance[t as usize] = u32::MAX;
        }
        self.touched.clear();
        self.heap.clear();
        self.distance[source as usize] = 0;
        self.touched.push(source);
        self.heap.push(Reverse((0, source)));
        let mut settled = 0;
        while let Some(Reverse((d, u))) = self.heap.pop() {
            if d > self.distance[u as usize] {
                continue;
            }
            settled += 1;
            if d > limit || settled > WITNESS_SETTLE_LIMIT {
                break;
            }
            for &e in &graph.outgoing[u as usize] {
                let edge = graph.edges[e as usize];
                if edge.to == skip || graph.contracted[edge.to as usize] {
                    continue;
                }
                let next = d.saturating_add(edge.weight);
                if next < self.distance[edge.to as usize] {
                    if self.distance[edge.to as usize] == u32::MAX {
                        self.touched.push(edge.to);
                    }
                    self.distance[edge.to as usize] = next;
                    self.heap.push(Reverse((next, edge.to)));
                }
            }
        }
    }

    /// Distance found to `node` by the last run (`u32::MAX` if not reached).
    fn distance(&self, node: u32) -> u32 {
        self.distance[node as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::ch::test_graphs::{dijkstra, random_graph};
    use crate::road::ch::{Search, Seed, UNREACHABLE};

    #[test]
    fn every_pair_is_as_short_through_the_hierarchy_as_by_dijkstra() {
        let mut compared = 0;
        for seed in 0..40 {
            let nodes = 2 + (seed as usize * 7) % 40;
            let arcs = random_graph(seed, nodes);
            let hierarchy = contract(nodes, &arcs);
            let mut search = Search::new(&hierarchy);
            for source in 0..nodes as u32 {
                let reference = dijkstra(nodes, &arcs, source);
                for target in 0..nodes as u32 {
                    let found = search.shortest(&[Seed::at(source)], &[Seed::at(target)]);
                    let (weight, secondary) = reference[target as usize];
                    match found {
                        Some(path) => {
                            assert_eq!(
                                (path.weight, path.secondary),
                                (weight, secondary),
                                "seed {seed}: {source} → {target}"
                            );
                            compared += 1;
                        }
                        None => assert_eq!(weight, UNREACHABLE, "seed {seed}: {source} → {target} is reachable"),
                    }
                }
            }
        }
        assert!(compared > 10_000, "{compared} reachable pairs compared");
    }

    #[test]
    fn every_junction_gets_its_own_rank_and_each_live_edge_climbs_it() {
        for seed in 0..20 {
            let nodes = 30;
            let hierarchy = contract(nodes, &random_graph(seed, nodes));
            let mut ranks = hierarchy.rank.clone();
            ranks.sort_unstable();
            assert_eq!(ranks, (0..nodes as u32).collect::<Vec<_>>(), "seed {seed}: a contraction order");
            for node in 0..nodes as u32 {
                for &index in hierarchy.row(node, true) {
                    let edge = hierarchy.edges[index as usize];
                    assert_eq!(edge.from, node);
                    assert!(hierarchy.rank[edge.to as usize] > hierarchy.rank[node as usize], "seed {seed}: upward");
                }
                for &index in hierarchy.row(node, false) {
                    let edge = hierarchy.edges[index as usize];
                    assert_eq!(edge.to, node);
                    assert!(hierarchy.rank[edge.from as usize] > hierarchy.rank[node as usize], "seed {seed}: upward");
                }
            }
        }
    }

    #[test]
    fn parallel_arcs_keep_the_lightest_and_self_loops_are_dropped() {
        let arc = |id, from, to, weight| InputArc { id, from, to, weight, secondary: weight * 10 };
        let hierarchy = contract(2, &[arc(0, 0, 1, 9), arc(1, 0, 1, 4), arc(2, 0, 0, 1), arc(3, 0, 1, 6)]);
        let path = Search::new(&hierarchy).shortest(&[Seed::at(0)], &[Seed::at(1)]).unwrap();
        assert_eq!((path.weight, path.secondary, path.arcs), (4, 40, vec![1]));
        assert!(hierarchy.edges.iter().all(|edge| edge.from != edge.to), "no self-loop kept");
        assert_eq!(Search::new(&hierarchy).shortest(&[Seed::at(1)], &[Seed::at(0)]), None, "one way only");
    }
}
