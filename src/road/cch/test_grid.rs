//! A square grid of junctions for the tests of the hierarchy's order and shape.

/// The positions of a `side` × `side` grid (0.01° apart) and its edges to the right and up.
pub(super) fn grid(side: u32) -> (Vec<(f64, f64)>, impl Iterator<Item = (u32, u32)>) {
    let positions =
        (0..side * side).map(|v| (44.0 + f64::from(v / side) * 0.01, 6.0 + f64::from(v % side) * 0.01)).collect();
    let edges = (0..side * side).flat_map(move |v| {
        let right = (v % side + 1 < side).then_some((v, v + 1));
        let up = (v / side + 1 < side).then_some((v, v + side));
        right.into_iter().chain(up)
    });
    (positions, edges)
}
