//! Where a technician's closure goes on the road: the point of the road they tapped on the
//! map, or the middle of a leg of the plan they said is cut. Either way a point on a road
//! drawing, with that road's name, so the closure closes the road meant and can be named.

use super::graph::Metric;
use super::osm::seasons::Day;
use super::router::CLOSURE_MAX_SNAP_M;
use super::snap::DEFAULT_MAX_SNAP_M;
use super::{LatLon, Router};

/// How far from a road a tap on the map may be, m: a finger on a phone's map covers this.
pub const TAP_MAX_SNAP_M: f64 = 300.0;

/// A point on a road where a closure may be put.
#[derive(Debug, Clone, PartialEq)]
pub struct ClosurePoint {
    /// The point, on the road's drawing (within [`CLOSURE_MAX_SNAP_M`] of it).
    pub at: LatLon,
    /// The road's name, if the map has one.
    pub road: Option<String>,
}

/// The road point nearest `tapped` (at most [`TAP_MAX_SNAP_M`] away) among the roads open on `day`.
pub fn road_point(router: &Router, tapped: LatLon, day: Option<Day>) -> Option<ClosurePoint> {
    let snapped = router.snap(tapped, TAP_MAX_SNAP_M, day).ok()?;
    Some(ClosurePoint { at: snapped.on_road, road: road_name(router, snapped.stretch) })
}

/// The middle of the drive from `from` to `to` on `day` (half its length along the road), on
/// its road: where a closure cuts that leg. `None` when no road joins them.
///
/// Complexity: one route, then linear in its shape.
pub fn middle_of_drive(router: &Router, from: LatLon, to: LatLon, day: Option<Day>) -> Option<ClosurePoint> {
    let route = router.route(from, to, Metric::Time, day, DEFAULT_MAX_SNAP_M).ok()?;
    let shape: Vec<LatLon> = route.geometry.iter().filter_map(|&(lat, lon)| LatLon::new(lat, lon).ok()).collect();
    let lengths: Vec<f64> = shape.windows(2).map(|pair| pair[0].distance_m(pair[1])).collect();
    let mut left = lengths.iter().sum::<f64>() / 2.0;
    let mut middle = *shape.first()?;
    for (pair, &length) in shape.windows(2).zip(&lengths) {
        if left <= length {
            let share = if length > 0.0 { left / length } else { 0.0 };
            let lat = pair[0].lat() + share * (pair[1].lat() - pair[0].lat());
            let lon = pair[0].lon() + share * (pair[1].lon() - pair[0].lon());
            middle = LatLon::new(lat, lon).ok()?;
            break;
        }
        left -= length;
    }
    let snapped = router.snap(middle, CLOSURE_MAX_SNAP_M, day).ok()?;
    Some(ClosurePoint { at: snapped.on_road, road: road_name(router, snapped.stretch) })
}

/// The name of road stretch `stretch`, if it has one.
fn road_name(router: &Router, stretch: u32) -> Option<String> {
    router.graph().stretches.get(stretch as usize).and_then(|stretch| stretch.name.clone())
}
