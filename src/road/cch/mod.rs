//! Customizable contraction hierarchy: matrices around roads closed by the technician in
//! milliseconds, without contracting the network again.
//!
//! The day's hierarchy ([`crate::road::ch`]) is contracted for fixed weights, so it cannot
//! forget a road. This one is shaped once per region from the network alone
//! ([`CustomizableHierarchy::new`]: a nested-dissection order and the arcs it creates); each
//! set of open roads then only puts weights on that shape ([`CustomizableHierarchy::customise`],
//! tens of milliseconds on a département) and answers exact matrices over them.

mod customise;
mod matrix;
mod order;
mod path;
#[cfg(test)]
mod test_grid;
mod topology;

pub use customise::Weights;

use super::ch::{Seed, ShortestPath, WeightMatrix};
use super::graph::RoadGraph;
use topology::Topology;

/// A region's network shaped for any weights (see the module's documentation).
pub struct CustomizableHierarchy {
    topology: Topology,
}

impl CustomizableHierarchy {
    /// Shapes `graph`'s junctions and roads (every road, open or not).
    ///
    /// Complexity: O(V log V) for the order, plus the arcs created (a fraction of a second on
    /// a département).
    pub fn new(graph: &RoadGraph) -> CustomizableHierarchy {
        let edges = graph.arcs.iter().map(|arc| (arc.from, arc.to));
        CustomizableHierarchy { topology: Topology::new(&graph.nodes, edges) }
    }

    /// Weights where the only roads are `arcs`: (id, from, to, weight, secondary) between
    /// junctions; the ids come back in [`CustomizableHierarchy::shortest`]'s paths.
    ///
    /// Complexity: the lower triangles of the shape, tens of milliseconds on a département.
    pub fn customise(&self, arcs: impl Iterator<Item = (u32, u32, u32, u32, u32)>) -> Weights {
        customise::customise(&self.topology, arcs)
    }

    /// Least weights (and their secondaries) from each of `sources` to each of `targets`
    /// under `weights`, as [`crate::road::ch::many_to_many`] gives them on the day's hierarchy.
    ///
    /// Complexity: one search over its ancestors per point, plus per pair their common ancestors.
    pub fn many_to_many(&self, weights: &Weights, sources: &[Vec<Seed>], targets: &[Vec<Seed>]) -> WeightMatrix {
        matrix::many_to_many(&self.topology, weights, sources, targets)
    }

    /// The best path from `sources` to `targets` under `weights`, as road arcs, or `None`.
    ///
    /// Complexity: a search over the ancestors of each side, then one scan of the arcs below
    /// each shortcut unpacked.
    pub fn shortest(&self, weights: &Weights, sources: &[Seed], targets: &[Seed]) -> Option<ShortestPath> {
        path::shortest(&self.topology, weights, sources, targets)
    }

    /// Number of arcs of the shape (each carries an upward and a downward weight).
    pub fn arcs(&self) -> usize {
        self.topology.arcs()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::ch::test_graphs::{dijkstra, random_graph, Seeded};
    use crate::road::ch::UNREACHABLE;
    use crate::road::graph::Arc;

    /// Random graphs at random positions, a fifth of their arcs closed: every cell, from
    /// sources of two seeds to targets of one, each with its own offset, is the least over the
    /// seeds of a plain Dijkstra over the arcs left open, with its second weight; and the route
    /// between them drives open arcs from a source seed to the target, adding up to it.
    #[test]
    fn every_cell_over_the_open_arcs_is_the_dijkstra_distance_and_its_second_weight() {
        let (mut cut_off, mut cells) = (0, 0);
        for seed in 0..40u64 {
            let nodes = 5 + 5 * seed as usize;
            let mut rng = Seeded::new(seed + 7);
            let arcs = random_graph(seed + 300, nodes);
            let graph = RoadGraph {
                nodes: (0..nodes)
                    .map(|_| (44.0 + rng.below(1000) as f64 * 1e-4, 6.0 + rng.below(1000) as f64 * 1e-4))
                    .collect(),
                arcs: arcs
                    .iter()
                    .map(|arc| Arc {
                        from: arc.from,
                        to: arc.to,
                        stretch: 0,
                        along: true,
                        time_ms: arc.weight,
                        length_dm: arc.secondary,
                        closure: None,
                    })
                    .collect(),
                ..RoadGraph::default()
            };
            let hierarchy = CustomizableHierarchy::new(&graph);
            let open: Vec<_> = arcs.iter().copied().filter(|_| rng.below(5) != 0).collect();
            let weights =
                hierarchy.customise(open.iter().map(|arc| (arc.id, arc.from, arc.to, arc.weight, arc.secondary)));
            let seed_at = |rng: &mut Seeded| Seed {
                node: rng.below(nodes as u64) as u32,
                weight: rng.below(1000) as u32,
                secondary: rng.below(100) as u32,
            };
            let sources: Vec<Vec<Seed>> = (0..6).map(|_| vec![seed_at(&mut rng), seed_at(&mut rng)]).collect();
            let targets: Vec<Vec<Seed>> = (0..7).map(|_| vec![seed_at(&mut rng)]).collect();
            let matrix = hierarchy.many_to_many(&weights, &sources, &targets);
            for (i, source) in sources.iter().enumerate() {
                let trees: Vec<Vec<(u32, u32)>> = source.iter().map(|s| dijkstra(nodes, &open, s.node)).collect();
                for (j, target) in targets.iter().enumerate() {
                    let [target] = target.as_slice() else { unreachable!("one seed per target") };
                    let expected = source
                        .iter()
                        .zip(&trees)
                        .filter(|(_, tree)| tree[target.node as usize].0 != UNREACHABLE)
                        .map(|(s, tree)| {
                            let (weight, secondary) = tree[target.node as usize];
                            (s.weight + weight + target.weight, s.secondary + secondary + target.secondary)
                        })
                        .min()
                        .unwrap_or((UNREACHABLE, UNREACHABLE));
                    let cell = i * targets.len() + j;
                    assert_eq!((matrix.weight[cell], matrix.secondary[cell]), expected, "graph {seed}: {i} → {j}");
                    cut_off += usize::from(expected.0 == UNREACHABLE);
                    cells += 1;
                    // The route: the same weights, along open arcs from its source seed to the target.
                    let path = hierarchy.shortest(&weights, source, std::slice::from_ref(target));
                    let Some(path) = path else {
                        assert_eq!(expected.0, UNREACHABLE, "graph {seed}: {i} → {j} has no route");
                        continue;
                    };
                    assert_eq!((path.weight, path.secondary), expected, "graph {seed}: route {i} → {j}");
                    let start = &source[path.source_seed];
                    let mut at = start.node;
                    let (mut weight, mut secondary) =
                        (start.weight + target.weight, start.secondary + target.secondary);
                    for &id in &path.arcs {
                        let arc = open.iter().find(|arc| arc.id == id).expect("an open arc");
                        assert_eq!(arc.from, at, "graph {seed}: route {i} → {j} is a chain");
                        (at, weight, secondary) = (arc.to, weight + arc.weight, secondary + arc.secondary);
                    }
                    assert_eq!((at, weight, secondary), (target.node, path.weight, path.secondary));
                }
            }
        }
        assert!(cut_off > 0 && cut_off < cells / 2, "{cut_off} of {cells} cells unreachable");
    }
}
