//! One shortest path through the hierarchy: two upward searches that meet.

use super::hierarchy::Hierarchy;
use super::UNREACHABLE;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// No edge: the junction was a starting point.
const NO_EDGE: u32 = u32::MAX;

/// A place a search starts from (or ends at): a junction and what it costs to get there.
///
/// A point in the middle of a road gives two seeds, one per end, each with the
/// share of the road still to drive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed {
    /// Junction.
    pub node: u32,
    /// Weight already spent reaching it (minimised metric).
    pub weight: u32,
    /// Other metric already spent.
    pub secondary: u32,
}

impl Seed {
    /// Starting exactly at a junction.
    pub fn at(node: u32) -> Seed {
        Seed { node, weight: 0, secondary: 0 }
    }
}

/// A shortest path between two sets of seeds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortestPath {
    /// Total minimised weight, seeds included.
    pub weight: u32,
    /// Total other weight along the same path, seeds included.
    pub secondary: u32,
    /// Road arcs driven between the two seeds' junctions, in order.
    pub arcs: Vec<u32>,
    /// Index of the source seed used.
    pub source_seed: usize,
    /// Index of the target seed used.
    pub target_seed: usize,
}

/// State of one direction of the search, reused between queries.
#[derive(Debug, Clone)]
pub(super) struct Side {
    pub(super) distance: Vec<u32>,
    pub(super) secondary: Vec<u32>,
    parent: Vec<u32>,
    seed: Vec<u32>,
    pub(super) touched: Vec<u32>,
    heap: BinaryHeap<Reverse<(u32, u32)>>,
}

impl Side {
    pub(super) fn new(nodes: usize) -> Side {
        Side {
            distance: vec![UNREACHABLE; nodes],
            secondary: vec![0; nodes],
            parent: vec![NO_EDGE; nodes],
            seed: vec![0; nodes],
            touched: Vec::new(),
            heap: BinaryHeap::new(),
        }
    }

    /// Forgets the previous query (only what it touched) and starts from `seeds`.
    pub(super) fn start(&mut self, seeds: &[Seed]) {
        for &node in &self.touched {
            self.distance[node as usize] = UNREACHABLE;
        }
        self.touched.clear();
        self.heap.clear();
        for (index, seed) in seeds.iter().enumerate() {
            if seed.weight < self.distance[seed.node as usize] {
                self.reach(seed.node, seed.weight, seed.secondary, NO_EDGE, index as u32);
            }
        }
    }

    fn reach(&mut self, node: u32, weight: u32, secondary: u32, edge: u32, seed: u32) {
        let n = node as usize;
        if self.distance[n] == UNREACHABLE {
            self.touched.push(node);
        }
        self.distance[n] = weight;
        self.secondary[n] = secondary;
        self.parent[n] = edge;
        self.seed[n] = seed;
        self.heap.push(Reverse((weight, node)));
    }

    fn top(&self) -> u32 {
        self.heap.peek().map_or(UNREACHABLE, |Reverse((weight, _))| *weight)
    }

    /// Settles the closest junction and relaxes its upward edges; `None` when done.
    pub(super) fn step(&mut self, hierarchy: &Hierarchy, forward: bool) -> Option<u32> {
        loop {
            let Reverse((weight, node)) = self.heap.pop()?;
            if weight > self.distance[node as usize] {
                continue;
            }
            let (secondary, seed) = (self.secondary[node as usize], self.seed[node as usize]);
            for &index in hierarchy.row(node, forward) {
                let edge = &hierarchy.edges[index as usize];
                let next = if forward { edge.to } else { edge.from };
                let candidate = weight.saturating_add(edge.weight);
                if candidate < self.distance[next as usize] {
                    self.reach(next, candidate, secondary.saturating_add(edge.secondary), index, seed);
                }
            }
            return Some(node);
        }
    }
}

/// A reusable point-to-point query over one hierarchy.
pub struct Search<'h> {
    hierarchy: &'h Hierarchy,
    forward: Side,
    backward: Side,
}

impl<'h> Search<'h> {
    /// A search over `hierarchy`; allocate once, query many times.
    pub fn new(hierarchy: &'h Hierarchy) -> Search<'h> {
        let nodes = hierarchy.nodes();
        Search { hierarchy, forward: Side::new(nodes), backward: Side::new(nodes) }
    }

    /// The shortest path from any source seed to any target seed, or `None` if unreachable.
    ///
    /// Complexity: the two upward search spaces, typically a few hundred junctions.
    pub fn shortest(&mut self, sources: &[Seed], targets: &[Seed]) -> Option<ShortestPath> {
        self.forward.start(sources);
        self.backward.start(targets);
        let mut best = (UNREACHABLE, UNREACHABLE);
        loop {
            let (f, b) = (self.forward.top(), self.backward.top());
            if f.min(b) >= best.0 {
                break;
            }
            let forward = f <= b;
            let side = if forward { &mut self.forward } else { &mut self.backward };
            let Some(node) = side.step(self.hierarchy, forward) else {
                continue;
            };
            let (df, db) = (self.forward.distance[node as usize], self.backward.distance[node as usize]);
            if df != UNREACHABLE && db != UNREACHABLE && df.saturating_add(db) < best.0 {
                best = (df + db, node);
            }
        }
        let (weight, meeting) = best;
        if weight == UNREACHABLE {
            return None;
        }
        Some(self.path(meeting, weight))
    }

    /// Unpacks the path through `meeting`.
    fn path(&self, meeting: u32, weight: u32) -> ShortestPath {
        let m = meeting as usize;
        let mut up_edges = Vec::new();
        let mut node = meeting;
        while self.forward.parent[node as usize] != NO_EDGE {
            let edge = self.forward.parent[node as usize];
            up_edges.push(edge);
            node = self.hierarchy.edges[edge as usize].from;
        }
        up_edges.reverse();
        node = meeting;
        let mut down_edges = Vec::new();
        while self.backward.parent[node as usize] != NO_EDGE {
            let edge = self.backward.parent[node as usize];
            down_edges.push(edge);
            node = self.hierarchy.edges[edge as usize].to;
        }
        let mut arcs = Vec::new();
        for edge in up_edges.into_iter().chain(down_edges) {
            self.hierarchy.unpack(edge, &mut arcs);
        }
        ShortestPath {
            weight,
            secondary: self.forward.secondary[m].saturating_add(self.backward.secondary[m]),
            arcs,
            source_seed: self.forward.seed[m] as usize,
            target_seed: self.backward.seed[m] as usize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::ch::contract::{contract, InputArc};
    use crate::road::ch::test_graphs::{dijkstra, random_graph, Seeded};

    #[test]
    fn a_path_is_a_walk_of_road_arcs_whose_weights_add_up() {
        let mut walks = 0;
        for seed in 0..30 {
            let nodes = 25;
            let arcs = random_graph(seed, nodes);
            let hierarchy = contract(nodes, &arcs);
            let mut search = Search::new(&hierarchy);
            for (source, target) in (0..nodes as u32).flat_map(|s| (0..nodes as u32).map(move |t| (s, t))) {
                let Some(path) = search.shortest(&[Seed::at(source)], &[Seed::at(target)]) else { continue };
                let driven: Vec<InputArc> = path.arcs.iter().map(|&id| arcs[id as usize]).collect();
                let mut at = source;
                for arc in &driven {
                    assert_eq!(arc.from, at, "seed {seed}: the arcs follow each other");
                    at = arc.to;
                }
                assert_eq!(at, target, "seed {seed}: the walk ends at the target");
                assert_eq!(path.weight, driven.iter().map(|arc| arc.weight).sum::<u32>());
                assert_eq!(path.secondary, driven.iter().map(|arc| arc.secondary).sum::<u32>());
                walks += 1;
            }
        }
        assert!(walks > 5000, "{walks} paths walked");
    }

    #[test]
    fn seeds_on_a_road_add_their_share_and_the_best_pair_of_seeds_wins() {
        let mut rng = Seeded::new(42);
        for seed in 0..20 {
            let nodes = 20;
            let arcs = random_graph(seed, nodes);
            let hierarchy = contract(nodes, &arcs);
            let mut search = Search::new(&hierarchy);
            let reference: Vec<_> = (0..nodes as u32).map(|source| dijkstra(nodes, &arcs, source)).collect();
            for _ in 0..50 {
                let mut seeds = || -> Vec<Seed> {
                    (0..2)
                        .map(|_| Seed {
                            node: rng.below(nodes as u64) as u32,
                            weight: rng.below(100_000) as u32,
                            secondary: rng.below(100) as u32,
                        })
                        .collect()
                };
                let (sources, targets) = (seeds(), seeds());
                let mut best: Option<(u32, usize, usize)> = None;
                for (i, s) in sources.iter().enumerate() {
                    for (j, t) in targets.iter().enumerate() {
                        let (weight, _) = reference[s.node as usize][t.node as usize];
                        if weight != UNREACHABLE && best.is_none_or(|(b, _, _)| s.weight + weight + t.weight < b) {
                            best = Some((s.weight + weight + t.weight, i, j));
                        }
                    }
                }
                let found = search.shortest(&sources, &targets);
                match (found, best) {
                    (Some(path), Some((weight, _, _))) => {
                        assert_eq!(path.weight, weight, "seed {seed}: the least over every pair of seeds");
                        let (s, t) = (sources[path.source_seed], targets[path.target_seed]);
                        let between = reference[s.node as usize][t.node as usize];
                        assert_eq!(s.weight + between.0 + t.weight, weight, "seed {seed}: the seeds named are used");
                        assert_eq!(path.secondary, s.secondary + between.1 + t.secondary, "seed {seed}: second weight");
                    }
                    (None, None) => {}
                    (found, best) => panic!("seed {seed}: {found:?} found, {best:?} by Dijkstra"),
                }
            }
        }
    }
}
