//! Where each stop's marker is drawn, so that every number can be read and tapped: a stop alone
//! is marked at its place; stops whose markers would cover each other's numbers are spread in a
//! ring around their common place, each with a line back to its own; and when too many crowd
//! together to spread (zoomed out over a village), one disc says how many there are and zooms
//! in when tapped.

/// Two markers closer than this many radii cover each other's numbers (1.8: at most their
/// white rims touch).
const OVERLAP_RADII: f64 = 1.8;
/// Radius of the disc counting a crowd, in stop radii: a little larger than a stop.
pub const CROWD_RADII: f64 = 1.15;
/// Centre-to-centre gap of two markers spread in a ring, in radii (a sliver of map between).
const RING_GAP_RADII: f64 = 2.3;
/// Most stops spread in a ring; more become one count, unless zooming could not part them.
pub const SPREAD_MAX: usize = 6;

/// What to draw for the stops of one place.
#[derive(Debug, Clone, PartialEq)]
pub enum Marker {
    /// One stop's numbered marker at (`x`, `y`); `moved_from` is its own place when it was
    /// spread aside.
    Stop {
        /// Index of the stop in the list laid out.
        index: usize,
        /// Where the marker is drawn.
        x: f64,
        /// Where the marker is drawn.
        y: f64,
        /// The stop's own place, when the marker stands aside from it.
        moved_from: Option<(f64, f64)>,
    },
    /// Stops too crowded to spread: their number, drawn at their middle.
    Crowd {
        /// Indices of the stops in the list laid out.
        members: Vec<usize>,
        /// Where the count is drawn.
        x: f64,
        /// Where the count is drawn.
        y: f64,
    },
}

/// Lays out markers of `radius` (map metres) for stops at `places` (map metres), drawn in this
/// order (a later one on top).
///
/// Arguments: `deepest_radius` is the radius markers have at the deepest zoom, `None` when the
/// map is already there: a crowd that zooming would part becomes a count, one that it would not
/// (the same building) is spread whatever its size.
///
/// Returns one [`Marker`] per stop or crowd; every stop is in exactly one, and no two markers
/// drawn come closer than [`OVERLAP_RADII`] radii (groups whose markers would are laid out
/// again as one).
///
/// Complexity: O(n³) at worst for n stops, O(n²) as a rule (a day has tens).
pub fn lay_out(places: &[(f64, f64)], radius: f64, deepest_radius: Option<f64>) -> Vec<Marker> {
    let near = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).hypot(a.1 - b.1) < OVERLAP_RADII * radius;
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for (index, &place) in places.iter().enumerate() {
        match groups.iter_mut().find(|group| group.iter().any(|&member| near(places[member], place))) {
            Some(group) => group.push(index),
            None => groups.push(vec![index]),
        }
    }
    loop {
        let laid: Vec<Vec<Marker>> =
            groups.iter().map(|members| group(members, places, radius, deepest_radius)).collect();
        let clash = (0..laid.len()).find_map(|a| {
            (a + 1..laid.len())
                .find(|&b| laid[a].iter().any(|m| laid[b].iter().any(|n| too_close(m, n, radius))))
                .map(|b| (a, b))
        });
        match clash {
            Some((a, b)) => {
                let merged = groups.remove(b);
                groups[a].extend(merged);
                groups[a].sort_unstable();
            }
            None => return laid.into_iter().flatten().collect(),
        }
    }
}

/// Whether two markers drawn would cover each other's numbers.
fn too_close(a: &Marker, b: &Marker, radius: f64) -> bool {
    let at = |m: &Marker| match m {
        Marker::Stop { x, y, .. } => (*x, *y, radius),
        Marker::Crowd { x, y, .. } => (*x, *y, radius * CROWD_RADII),
    };
    let ((ax, ay, ar), (bx, by, br)) = (at(a), at(b));
    (ax - bx).hypot(ay - by) < OVERLAP_RADII * (ar + br) / 2.0
}

/// The markers of one group of stops whose places are close: one stop at its place, a crowd
/// counted, or the stops spread in a ring.
fn group(members: &[usize], places: &[(f64, f64)], radius: f64, deepest_radius: Option<f64>) -> Vec<Marker> {
    let count = members.len() as f64;
    let middle = members.iter().fold((0.0, 0.0), |(x, y), &m| (x + places[m].0 / count, y + places[m].1 / count));
    let spread = members.iter().map(|&m| (places[m].0 - middle.0).hypot(places[m].1 - middle.1)).fold(0.0, f64::max);
    let zoom_parts_them = deepest_radius.is_some_and(|deepest| spread * 2.0 >= OVERLAP_RADII * deepest);
    match members {
        [index] => vec![Marker::Stop { index: *index, x: places[*index].0, y: places[*index].1, moved_from: None }],
        _ if members.len() > SPREAD_MAX && zoom_parts_them => {
            vec![Marker::Crowd { members: members.to_vec(), x: middle.0, y: middle.1 }]
        }
        _ => ring(members, places, middle, radius),
    }
}

/// The `members` spread evenly on a ring around `middle`, each in the direction of its own
/// place from the middle as far as the ring allows (so the map's layout reads the same), the
/// ring wide enough that neighbours do not touch.
fn ring(members: &[usize], places: &[(f64, f64)], middle: (f64, f64), radius: f64) -> Vec<Marker> {
    let count = members.len() as f64;
    let ring_radius = RING_GAP_RADII * radius / 2.0 / (std::f64::consts::PI / count).sin();
    let bearing = |m: usize| {
        let (dx, dy) = (places[m].0 - middle.0, places[m].1 - middle.1);
        // Stops on one spot have no direction: the first goes left, the next clockwise after it.
        if dx.hypot(dy) < 1e-9 {
            std::f64::consts::PI
        } else {
            dy.atan2(dx)
        }
    };
    let mut around: Vec<usize> = members.to_vec();
    around.sort_by(|&a, &b| bearing(a).total_cmp(&bearing(b)));
    let step = std::f64::consts::TAU / count;
    let start = bearing(around[0]);
    let mut spread: Vec<Marker> = around
        .iter()
        .enumerate()
        .map(|(slot, &index)| {
            let angle = start + step * slot as f64;
            Marker::Stop {
                index,
                x: middle.0 + ring_radius * angle.cos(),
                y: middle.1 + ring_radius * angle.sin(),
                moved_from: Some(places[index]),
            }
        })
        .collect();
    // Drawn in the stops' own order, as alone.
    spread.sort_by_key(|marker| match marker {
        Marker::Stop { index, .. } => *index,
        Marker::Crowd { .. } => usize::MAX,
    });
    spread
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Where each stop's marker is drawn, by stop.
    fn drawn_at(markers: &[Marker], stops: usize) -> Vec<Option<(f64, f64)>> {
        let mut at = vec![None; stops];
        for marker in markers {
            if let Marker::Stop { index, x, y, .. } = marker {
                assert!(at[*index].is_none(), "stop {index} drawn twice");
                at[*index] = Some((*x, *y));
            }
        }
        at
    }

    #[test]
    fn a_stop_alone_stays_at_its_place() {
        let markers = lay_out(&[(0.0, 0.0), (100.0, 0.0)], 10.0, Some(1.0));
        assert_eq!(
            markers,
            vec![
                Marker::Stop { index: 0, x: 0.0, y: 0.0, moved_from: None },
                Marker::Stop { index: 1, x: 100.0, y: 0.0, moved_from: None },
            ]
        );
    }

    #[test]
    fn stops_on_one_spot_are_spread_apart_and_keep_a_line_to_their_place() {
        for count in 2..=12 {
            let places = vec![(500.0, 500.0); count];
            let markers = lay_out(&places, 10.0, None);
            let at: Vec<(f64, f64)> = drawn_at(&markers, count).into_iter().map(Option::unwrap).collect();
            for (i, a) in at.iter().enumerate() {
                for b in &at[i + 1..] {
                    assert!((a.0 - b.0).hypot(a.1 - b.1) >= 2.0 * 10.0, "{count} stops: {a:?} touches {b:?}");
                }
            }
            assert!(markers.iter().all(|m| matches!(m, Marker::Stop { moved_from: Some((500.0, 500.0)), .. })));
        }
        let two = lay_out(&[(0.0, 0.0), (0.0, 0.0)], 10.0, Some(1.0));
        let at = drawn_at(&two, 2);
        assert!(at[0].unwrap().0 < at[1].unwrap().0, "the first on the left: {at:?}");
    }

    #[test]
    fn spread_stops_keep_their_side_of_the_map() {
        // Two stops 10 m apart, west and east, under markers of 10 m: the west one stays west.
        let markers = lay_out(&[(15.0, 0.0), (5.0, 0.0), (200.0, 0.0)], 10.0, Some(1.0));
        let at = drawn_at(&markers, 3);
        assert!(at[1].unwrap().0 < at[0].unwrap().0, "{at:?}");
        assert_eq!(at[2], Some((200.0, 0.0)), "the far stop is not moved");
        let (a, b) = (at[0].unwrap(), at[1].unwrap());
        assert!((a.0 - b.0).hypot(a.1 - b.1) >= 2.0 * 10.0);
    }

    #[test]
    fn a_crowd_that_zooming_parts_is_one_count_and_one_that_it_cannot_is_spread() {
        // Eight stops along 80 m of a village street, zoomed out (markers 30 m across).
        let street: Vec<(f64, f64)> = (0..8).map(|i| (f64::from(i) * 10.0, 0.0)).collect();
        let zoomed_out = lay_out(&street, 15.0, Some(2.0));
        assert_eq!(zoomed_out, vec![Marker::Crowd { members: (0..8).collect(), x: 35.0, y: 0.0 }]);
        // At the deepest zoom already: spread, every number readable.
        let deepest = lay_out(&street, 15.0, None);
        assert!(drawn_at(&deepest, 8).iter().all(Option::is_some));
        // Eight jobs in one block of flats: no zoom parts them, so they are spread.
        let block = lay_out(&[(0.0, 0.0); 8], 15.0, Some(2.0));
        assert!(drawn_at(&block, 8).iter().all(Option::is_some));
    }

    #[test]
    fn no_two_markers_drawn_cover_each_other_at_any_zoom() {
        // Eighty stops over a 10 km valley, pseudo-random (a linear congruential sequence).
        let mut seed: u64 = 7;
        let mut next = || {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as f64 / f64::from(1u32 << 31)
        };
        let places: Vec<(f64, f64)> = (0..80).map(|_| (next() * 10_000.0, next() * 3_000.0)).collect();
        for radius in [20.0, 80.0, 300.0, 1_000.0] {
            for deepest in [Some(5.0), None] {
                let markers = lay_out(&places, radius, deepest);
                for (i, a) in markers.iter().enumerate() {
                    for b in &markers[i + 1..] {
                        assert!(!too_close(a, b, radius), "radius {radius}: {a:?} covers {b:?}");
                    }
                }
                let mut seen: Vec<usize> = markers
                    .iter()
                    .flat_map(|m| match m {
                        Marker::Stop { index, .. } => vec![*index],
                        Marker::Crowd { members, .. } => members.clone(),
                    })
                    .collect();
                seen.sort_unstable();
                assert_eq!(seen, (0..80).collect::<Vec<_>>(), "every stop once");
            }
        }
    }

    #[test]
    fn a_few_neighbours_are_spread_not_counted() {
        let places: Vec<(f64, f64)> = (0..SPREAD_MAX).map(|i| (i as f64 * 5.0, 0.0)).collect();
        let markers = lay_out(&places, 15.0, Some(2.0));
        assert_eq!(markers.len(), SPREAD_MAX);
        assert!(drawn_at(&markers, SPREAD_MAX).iter().all(Option::is_some));
    }
}
