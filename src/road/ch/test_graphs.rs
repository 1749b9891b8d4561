//! Small seeded random graphs and a plain Dijkstra, the reference the hierarchy's tests compare to.

use super::contract::InputArc;
use super::UNREACHABLE;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// A seeded generator (SplitMix64): the road layer has no randomness of its own.
pub struct Seeded(u64);

impl Seeded {
    /// Numbers from `seed`.
    pub fn new(seed: u64) -> Seeded {
        Seeded(seed)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) % n
    }
}

/// A random graph of `nodes` junctions: mostly two-way roads, some one-way, a few parallel
/// arcs and self-loops, weights up to a million (ties between paths are then unlikely) and a
/// second weight up to a thousand. Some junctions may be unreachable.
pub fn random_graph(seed: u64, nodes: usize) -> Vec<InputArc> {
    let mut rng = Seeded::new(seed);
    let mut arcs = Vec::new();
    let roads = nodes + rng.below(2 * nodes as u64) as usize;
    for _ in 0..roads {
        let (from, to) = (rng.below(nodes as u64) as u32, rng.below(nodes as u64) as u32);
        let (weight, secondary) = (1 + rng.below(1_000_000) as u32, rng.below(1000) as u32);
        let id = arcs.len() as u32;
        arcs.push(InputArc { id, from, to, weight, secondary });
        if rng.below(4) != 0 {
            arcs.push(InputArc { id: id + 1, from: to, to: from, weight, secondary });
        }
    }
    arcs
}

/// From `source`, the least weight to every junction and the second weight along that path
/// ([`UNREACHABLE`] for both where no path exists).
pub fn dijkstra(nodes: usize, arcs: &[InputArc], source: u32) -> Vec<(u32, u32)> {
    let mut best = vec![(UNREACHABLE, UNREACHABLE); nodes];
    let mut heap = BinaryHeap::from([Reverse((0u32, 0u32, source))]);
    best[source as usize] = (0, 0);
    while let Some(Reverse((weight, secondary, node))) = heap.pop() {
        if weight > best[node as usize].0 {
            continue;
        }
        for arc in arcs.iter().filter(|arc| arc.from == node) {
            let next = (weight + arc.weight, secondary + arc.secondary);
            if next.0 < best[arc.to as usize].0 {
                best[arc.to as usize] = next;
                heap.push(Reverse((next.0, next.1, arc.to)));
            }
        }
    }
    best
}
