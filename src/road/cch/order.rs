//! The order in which a customizable hierarchy eliminates the junctions: nested dissection.
//!
//! The network is cut in two halves by a straight line, the junctions of one half that touch
//! the other (the separator) go last, and each half is ordered the same way. Road networks cut
//! along a line cross few roads, so the separators are small and eliminating a junction joins
//! few others: the hierarchy stays sparse whatever the weights later put on it.

/// Parts this small are eliminated as they come: their fill is bounded by their size.
const LEAF: usize = 16;

/// Undirected neighbours of every junction: `neighbours[first[v]..first[v + 1]]`.
pub(super) struct Neighbours {
    first: Vec<u32>,
    neighbours: Vec<u32>,
}

impl Neighbours {
    /// The junctions joined to each junction of `nodes` junctions by one of `edges`, each once.
    ///
    /// Complexity: O(V + E log E).
    pub(super) fn new(nodes: usize, edges: impl Iterator<Item = (u32, u32)>) -> Neighbours {
        let mut pairs: Vec<(u32, u32)> = edges.filter(|(a, b)| a != b).flat_map(|(a, b)| [(a, b), (b, a)]).collect();
        pairs.sort_unstable();
        pairs.dedup();
        let mut first = vec![0u32; nodes + 1];
        for &(a, _) in &pairs {
            first[a as usize + 1] += 1;
        }
        for v in 0..nodes {
            first[v + 1] += first[v];
        }
        Neighbours { first, neighbours: pairs.into_iter().map(|(_, b)| b).collect() }
    }

    /// The neighbours of `node`.
    pub(super) fn of(&self, node: u32) -> &[u32] {
        &self.neighbours[self.first[node as usize] as usize..self.first[node as usize + 1] as usize]
    }
}

/// The junctions in elimination order (first eliminated first), by nested dissection over
/// their `positions` (lat, lon).
///
/// Complexity: O(V log V): four medians per part, each level of parts covering the junctions once.
pub(super) fn nested_dissection(positions: &[(f64, f64)], neighbours: &Neighbours) -> Vec<u32> {
    let mut order = Vec::with_capacity(positions.len());
    let mut part = vec![0u32; positions.len()];
    let mut labels = 0u32;
    dissect((0..positions.len() as u32).collect(), positions, neighbours, &mut part, &mut labels, &mut order);
    order
}

/// Appends the order of `nodes` to `order`: each half first, then the separator between them.
/// `part` labels the junctions of the part being cut (fresh labels from `labels`).
fn dissect(
    mut nodes: Vec<u32>,
    positions: &[(f64, f64)],
    neighbours: &Neighbours,
    part: &mut [u32],
    labels: &mut u32,
    order: &mut Vec<u32>,
) {
    if nodes.len() <= LEAF {
        order.extend(nodes);
        return;
    }
    let middle = nodes.len() / 2;
    let mut best: Option<(Vec<u32>, Vec<u32>, Vec<u32>)> = None;
    let cos = positions[nodes[0] as usize].0.to_radians().cos();
    for (along_lat, along_lon) in [(1.0, 0.0), (0.0, 1.0), (1.0, 1.0), (1.0, -1.0)] {
        let key = |node: &u32| {
            let (lat, lon) = positions[*node as usize];
            along_lat * lat + along_lon * lon * cos
        };
        nodes.select_nth_unstable_by(middle, |a, b| key(a).total_cmp(&key(b)));
        let (low, high) = nodes.split_at(middle);
        *labels += 2;
        let (low_label, high_label) = (*labels - 1, *labels);
        for &node in low {
            part[node as usize] = low_label;
        }
        for &node in high {
            part[node as usize] = high_label;
        }
        let touching = |side: &[u32], other: u32| -> Vec<u32> {
            side.iter()
                .copied()
                .filter(|&node| neighbours.of(node).iter().any(|&n| part[n as usize] == other))
                .collect()
        };
        let (low_touching, high_touching) = (touching(low, high_label), touching(high, low_label));
        let (separator, rest_low, rest_high) = if low_touching.len() <= high_touching.len() {
            (low_touching, low, high)
        } else {
            (high_touching, high, low)
        };
        if best.as_ref().is_none_or(|(known, _, _)| separator.len() < known.len()) {
            *labels += 1;
            for &node in &separator {
                part[node as usize] = *labels;
            }
            let kept = rest_low.iter().copied().filter(|&node| part[node as usize] != *labels).collect();
            best = Some((separator, kept, rest_high.to_vec()));
        }
    }
    let (separator, one, other) = best.expect("four cuts tried");
    dissect(one, positions, neighbours, part, labels, order);
    dissect(other, positions, neighbours, part, labels, order);
    order.extend(separator);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_junction_is_ordered_once() {
        let side = 30u32;
        let (positions, edges) = super::super::test_grid::grid(side);
        let neighbours = Neighbours::new(positions.len(), edges);
        let order = nested_dissection(&positions, &neighbours);
        let mut sorted = order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..side * side).collect::<Vec<_>>());
    }
}
