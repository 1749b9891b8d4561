//! One route on a customized hierarchy: an upward search from each end over its ancestors, the
//! best meeting rank, then each shortcut unpacked into the two arcs of its lower triangle, down
//! to road arcs.

use super::customise::{pack, unpack, Weights, INFINITE, NO_ARC};
use super::topology::{Topology, ROOT};
use crate::road::ch::{Seed, ShortestPath};

/// Marks a rank reached from a seed, not by an arc: `SEEDED | seed index`.
const SEEDED: u32 = 1 << 31;

/// One side's search: per rank its weight and the arc (or seed) that reached it.
struct Side {
    best: Vec<u64>,
    via: Vec<u32>,
    ranks: Vec<u32>,
}

/// The search from `seeds` over their ancestors, upward weights when `forward`, else downward.
fn search(topology: &Topology, weights: &Weights, seeds: &[Seed], forward: bool) -> Side {
    let nodes = topology.len();
    let mut side = Side { best: vec![INFINITE; nodes], via: vec![NO_ARC; nodes], ranks: Vec::new() };
    let mut seen = vec![false; nodes];
    for (index, seed) in seeds.iter().enumerate() {
        let mut at = topology.rank[seed.node as usize];
        let packed = pack(seed.weight, seed.secondary);
        if packed < side.best[at as usize] {
            side.best[at as usize] = packed;
            side.via[at as usize] = SEEDED | index as u32;
        }
        while at != ROOT && !seen[at as usize] {
            seen[at as usize] = true;
            side.ranks.push(at);
            at = topology.parent[at as usize];
        }
    }
    side.ranks.sort_unstable();
    let weight = if forward { &weights.up } else { &weights.down };
    for &x in &side.ranks {
        let here = side.best[x as usize];
        if here == INFINITE {
            continue;
        }
        for arc in topology.up(x) {
            let head = topology.head[arc] as usize;
            let next = here.saturating_add(weight[arc]);
            if next < side.best[head] {
                side.best[head] = next;
                side.via[head] = arc as u32;
            }
        }
    }
    side
}

/// The arcs from the side's seed up to `rank`, each walked back to its tail: (arc, seed index).
fn climb(topology: &Topology, side: &Side, rank: u32) -> (Vec<u32>, usize) {
    let mut arcs = Vec::new();
    let mut at = rank;
    loop {
        let via = side.via[at as usize];
        if via & SEEDED != 0 {
            arcs.reverse();
            return (arcs, (via & !SEEDED) as usize);
        }
        arcs.push(via);
        at = topology.tail[via as usize];
    }
}

/// Appends to `roads` the road arcs of the hierarchy's arc `arc`, driven up (low → high) or down.
fn unpack_arc(topology: &Topology, weights: &Weights, arc: u32, up: bool, roads: &mut Vec<u32>) {
    let a = arc as usize;
    let (weight, (road_weight, road)) =
        if up { (weights.up[a], weights.up_road[a]) } else { (weights.down[a], weights.down_road[a]) };
    if road != NO_ARC && road_weight == weight {
        roads.push(road);
        return;
    }
    let (low, high) = (topology.tail[a], topology.head[a]);
    for &to_low in topology.below(low) {
        let z = topology.tail[to_low as usize];
        let Some(to_high) = topology.arc(z, high) else { continue };
        let (to_low, to_high) = (to_low as usize, to_high);
        if up && weights.down[to_low].saturating_add(weights.up[to_high]) == weight {
            unpack_arc(topology, weights, to_low as u32, false, roads);
            unpack_arc(topology, weights, to_high as u32, true, roads);
            return;
        }
        if !up && weights.down[to_high].saturating_add(weights.up[to_low]) == weight {
            unpack_arc(topology, weights, to_high as u32, false, roads);
            unpack_arc(topology, weights, to_low as u32, true, roads);
            return;
        }
    }
    unreachable!("a finite shortcut's weight comes from a road or a lower triangle");
}

/// The best path from `sources` to `targets` under `weights`, as road arcs.
pub(super) fn shortest(
    topology: &Topology,
    weights: &Weights,
    sources: &[Seed],
    targets: &[Seed],
) -> Option<ShortestPath> {
    let (forward, backward) = (search(topology, weights, sources, true), search(topology, weights, targets, false));
    let (total, meet) =
        forward.ranks.iter().map(|&x| (forward.best[x as usize].saturating_add(backward.best[x as usize]), x)).min()?;
    if total == INFINITE {
        return None;
    }
    let (up, source_seed) = climb(topology, &forward, meet);
    let (mut down, target_seed) = climb(topology, &backward, meet);
    down.reverse();
    let mut arcs = Vec::new();
    for arc in up {
        unpack_arc(topology, weights, arc, true, &mut arcs);
    }
    for arc in down {
        unpack_arc(topology, weights, arc, false, &mut arcs);
    }
    let (weight, secondary) = unpack(total);
    Some(ShortestPath { weight, secondary, arcs, source_seed, target_seed })
}
