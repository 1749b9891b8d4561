//! Whole travel matrices: one upward search per source and per target (buckets).

use super::hierarchy::Hierarchy;
use super::search::{Seed, Side};
use super::UNREACHABLE;

/// Weights from every source to every target, row-major (`sources × targets`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeightMatrix {
    /// Number of rows.
    pub sources: usize,
    /// Number of columns.
    pub targets: usize,
    /// Minimised weight; [`UNREACHABLE`] where no path exists.
    pub weight: Vec<u32>,
    /// The other weight along the same paths.
    pub secondary: Vec<u32>,
}

/// Shortest weights from each source to each target.
///
/// Arguments: each source and each target is a set of seeds (a point on a road is two).
/// Returns: the matrix; entry `(i, j)` is `weight[i * targets + j]`. Pairs where a target
/// lies on the source's own road ahead of it are left to the caller, who knows the road.
/// Complexity: O((S + T) · upward search space + Σ bucket scans): a 100 × 100 matrix
/// on a regional network is a few milliseconds.
pub fn many_to_many(hierarchy: &Hierarchy, sources: &[Vec<Seed>], targets: &[Vec<Seed>]) -> WeightMatrix {
    let nodes = hierarchy.nodes();
    let mut side = Side::new(nodes);
    // Buckets as a linked list through flat arrays: bucket_head[node] → entry → next entry.
    let mut bucket_head = vec![u32::MAX; nodes];
    let mut entries: Vec<(u32, u32, u32, u32)> = Vec::new(); // (target, weight, secondary, next)
    for (target, seeds) in targets.iter().enumerate() {
        side.start(seeds);
        while let Some(node) = side.step(hierarchy, false) {
            let n = node as usize;
            entries.push((target as u32, side.distance[n], side.secondary[n], bucket_head[n]));
            bucket_head[n] = entries.len() as u32 - 1;
        }
    }
    let columns = targets.len();
    let mut matrix = WeightMatrix {
        sources: sources.len(),
        targets: columns,
        weight: vec![UNREACHABLE; sources.len() * columns],
        secondary: vec![UNREACHABLE; sources.len() * columns],
    };
    for (source, seeds) in sources.iter().enumerate() {
        side.start(seeds);
        let row = source * columns;
        while let Some(node) = side.step(hierarchy, true) {
            let n = node as usize;
            let (weight, secondary) = (side.distance[n], side.secondary[n]);
            let mut entry = bucket_head[n];
            while entry != u32::MAX {
                let (target, to_target, secondary_to_target, next) = entries[entry as usize];
                let total = weight.saturating_add(to_target);
                let cell = row + target as usize;
                if total < matrix.weight[cell] {
                    matrix.weight[cell] = total;
                    matrix.secondary[cell] = secondary.saturating_add(secondary_to_target);
                }
                entry = next;
            }
        }
    }
    matrix
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::ch::contract::contract;
    use crate::road::ch::test_graphs::{dijkstra, random_graph};

    #[test]
    fn every_cell_of_the_matrix_is_the_dijkstra_distance_and_its_second_weight() {
        let mut unreachable = 0;
        for seed in 0..25 {
            let nodes = 3 + seed as usize;
            let arcs = random_graph(seed + 100, nodes);
            let hierarchy = contract(nodes, &arcs);
            let sources: Vec<u32> = (0..nodes as u32).step_by(2).collect();
            let targets: Vec<u32> = (0..nodes as u32).rev().step_by(3).collect();
            let seeds = |nodes: &[u32]| nodes.iter().map(|&node| vec![Seed::at(node)]).collect::<Vec<_>>();
            let matrix = many_to_many(&hierarchy, &seeds(&sources), &seeds(&targets));
            assert_eq!((matrix.sources, matrix.targets), (sources.len(), targets.len()));
            for (i, &source) in sources.iter().enumerate() {
                let reference = dijkstra(nodes, &arcs, source);
                for (j, &target) in targets.iter().enumerate() {
                    let cell = i * targets.len() + j;
                    let (weight, secondary) = reference[target as usize];
                    assert_eq!(matrix.weight[cell], weight, "seed {seed}: {source} → {target}");
                    if weight == UNREACHABLE {
                        unreachable += 1;
                    } else {
                        assert_eq!(matrix.secondary[cell], secondary, "seed {seed}: {source} → {target}");
                    }
                }
            }
        }
        assert!(unreachable > 0, "unreachable pairs are tried too");
    }
}
