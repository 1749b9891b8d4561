//! Many-to-many on a customized hierarchy: each point's search visits only its ancestors in
//! the elimination tree, in rank order, and a row meets a column at their common ancestors
//! (bucket method, as [`crate::road::ch::many_to_many`] does on the day's hierarchy).

use super::customise::{pack, unpack, Weights, INFINITE};
use super::topology::{Topology, ROOT};
use crate::road::ch::{Seed, WeightMatrix, UNREACHABLE};

/// Scratch space of the searches, left as found: every weight [`INFINITE`], nothing seen.
struct Scratch {
    best: Vec<u64>,
    seen: Vec<bool>,
}

/// The ancestors of the seeds' ranks with their packed weight from (`forward`) or to the
/// seeds, ascending by rank, leaving out those not reached.
fn search(
    topology: &Topology,
    weights: &Weights,
    seeds: &[Seed],
    forward: bool,
    scratch: &mut Scratch,
) -> Vec<(u32, u64)> {
    let Scratch { best, seen } = scratch;
    let mut ranks = Vec::new();
    for seed in seeds {
        let mut at = topology.rank[seed.node as usize];
        best[at as usize] = best[at as usize].min(pack(seed.weight, seed.secondary));
        while at != ROOT && !seen[at as usize] {
            seen[at as usize] = true;
            ranks.push(at);
            at = topology.parent[at as usize];
        }
    }
    ranks.sort_unstable();
    let side = if forward { &weights.up } else { &weights.down };
    for &x in &ranks {
        let here = best[x as usize];
        if here == INFINITE {
            continue;
        }
        for arc in topology.up(x) {
            let head = topology.head[arc] as usize;
            best[head] = best[head].min(here.saturating_add(side[arc]));
        }
    }
    ranks
        .into_iter()
        .map(|x| {
            seen[x as usize] = false;
            (x, std::mem::replace(&mut best[x as usize], INFINITE))
        })
        .filter(|&(_, weight)| weight != INFINITE)
        .collect()
}

/// Least weights from each of `sources` to each of `targets` (each a set of seeds) under
/// `weights`.
///
/// Complexity: one elimination-tree search per point, plus, per pair, their common ancestors.
pub(super) fn many_to_many(
    topology: &Topology,
    weights: &Weights,
    sources: &[Vec<Seed>],
    targets: &[Vec<Seed>],
) -> WeightMatrix {
    let mut scratch = Scratch { best: vec![INFINITE; topology.len()], seen: vec![false; topology.len()] };
    let mut first = vec![0u32; topology.len() + 1];
    let columns: Vec<Vec<(u32, u64)>> =
        targets.iter().map(|seeds| search(topology, weights, seeds, false, &mut scratch)).collect();
    for column in &columns {
        for &(x, _) in column {
            first[x as usize + 1] += 1;
        }
    }
    for x in 0..topology.len() {
        first[x + 1] += first[x];
    }
    let mut filled = first.clone();
    let mut buckets = vec![(0u32, 0u64); first[topology.len()] as usize];
    for (target, column) in columns.iter().enumerate() {
        for &(x, weight) in column {
            buckets[filled[x as usize] as usize] = (target as u32, weight);
            filled[x as usize] += 1;
        }
    }
    let mut matrix = WeightMatrix {
        sources: sources.len(),
        targets: targets.len(),
        weight: vec![UNREACHABLE; sources.len() * targets.len()],
        secondary: vec![UNREACHABLE; sources.len() * targets.len()],
    };
    let mut row = vec![INFINITE; targets.len()];
    for (source, seeds) in sources.iter().enumerate() {
        for (x, up) in search(topology, weights, seeds, true, &mut scratch) {
            for &(target, down) in &buckets[first[x as usize] as usize..first[x as usize + 1] as usize] {
                let cell = &mut row[target as usize];
                *cell = (*cell).min(up.saturating_add(down));
            }
        }
        for (target, cell) in row.iter_mut().enumerate() {
            if *cell != INFINITE {
                let (weight, secondary) = unpack(*cell);
                matrix.weight[source * targets.len() + target] = weight;
                matrix.secondary[source * targets.len() + target] = secondary;
            }
            *cell = INFINITE;
        }
    }
    matrix
}
