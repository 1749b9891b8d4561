//! Weights on a customizable hierarchy's arcs for one set of open roads.
//!
//! Each arc between ranks `low` and `high` carries two weights: driving up (low → high) and
//! down (high → low). They start as the best open road between the two junctions (none:
//! unreachable) and each lower triangle {x, y, z} (x below both) shortens the arc y–z by the
//! drive through x, lowest x first: then every shortest drive has an equal one that climbs the
//! ranks and descends them (Dibbelt, Strasser and Wagner 2016, basic customization).

use super::topology::Topology;

/// Unreachable, as a packed weight.
pub(super) const INFINITE: u64 = u64::MAX;

/// A weight and its secondary packed into one number that adds and compares as the pair
/// (weight first): `weight << 32 | secondary`. Sums of secondaries stay far below 2³².
pub(super) fn pack(weight: u32, secondary: u32) -> u64 {
    u64::from(weight) << 32 | u64::from(secondary)
}

/// The weight and secondary of a packed weight.
pub(super) fn unpack(packed: u64) -> (u32, u32) {
    ((packed >> 32) as u32, packed as u32)
}

/// No road arc: the weight comes from the triangles only.
pub(super) const NO_ARC: u32 = u32::MAX;

/// The weights of one customization: per upward arc, driving up and driving down, and the
/// best road arc each way with its own weight (to tell a road from a shortcut when unpacking).
pub struct Weights {
    /// Weight from the arc's low rank to its high one.
    pub(super) up: Vec<u64>,
    /// Weight from the arc's high rank to its low one.
    pub(super) down: Vec<u64>,
    /// The best road arc from low to high, and its weight ([`NO_ARC`], [`INFINITE`] if none).
    pub(super) up_road: Vec<(u64, u32)>,
    /// The best road arc from high to low, and its weight.
    pub(super) down_road: Vec<(u64, u32)>,
}

/// Weights for `topology` where the only roads are `arcs`: (id, from, to, weight, secondary),
/// between junctions (not ranks).
///
/// Complexity: O(A) to place the arcs, then one merge per pair of upward arcs of a rank
/// (the lower triangles), a few tens of milliseconds on a département.
pub(super) fn customise(topology: &Topology, arcs: impl Iterator<Item = (u32, u32, u32, u32, u32)>) -> Weights {
    let none = vec![(INFINITE, NO_ARC); topology.arcs()];
    let (mut up_road, mut down_road) = (none.clone(), none);
    for (id, from, to, weight, secondary) in arcs {
        let (a, b) = (topology.rank[from as usize], topology.rank[to as usize]);
        let packed = pack(weight, secondary);
        let (low, high, side) = if a < b { (a, b, &mut up_road) } else { (b, a, &mut down_road) };
        if let Some(arc) = topology.arc(low, high) {
            side[arc] = side[arc].min((packed, id));
        }
    }
    let mut weights = Weights {
        up: up_road.iter().map(|&(weight, _)| weight).collect(),
        down: down_road.iter().map(|&(weight, _)| weight).collect(),
        up_road,
        down_road,
    };
    for x in 0..topology.len() as u32 {
        let arcs = topology.up(x);
        for first in arcs.clone() {
            let (y, y_up, y_down) = (topology.head[first], weights.up[first], weights.down[first]);
            if y_up == INFINITE && y_down == INFINITE {
                continue;
            }
            let mut from_y = topology.up(y);
            for second in first + 1..arcs.end {
                let z = topology.head[second];
                while topology.head[from_y.start] != z {
                    from_y.start += 1;
                }
                let yz = from_y.start;
                let (z_up, z_down) = (weights.up[second], weights.down[second]);
                weights.up[yz] = weights.up[yz].min(y_down.saturating_add(z_up));
                weights.down[yz] = weights.down[yz].min(z_down.saturating_add(y_up));
            }
        }
    }
    weights
}
