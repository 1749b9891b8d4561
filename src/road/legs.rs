//! Travel between the stops of a day: over the region's roads where its pack covers
//! them, else a straight-line estimate that says it is one.
//!
//! A stop inside the pack's area but far from every road is an error naming the stop
//! (a typo, swapped coordinates, a point in a lake); a stop outside the area is simply
//! not covered, and its legs are estimated.

use super::estimate::{estimate_travel, EstimatePoint, TravelEstimate};
use super::osm::seasons::Day;
use super::pack::bounds_of;
use super::router::CLOSURE_MAX_SNAP_M;
use super::snap::SnapError;
use super::{LatLon, Metric, Router};
use thiserror::Error;

/// How far beyond the outermost junction a stop still counts as inside the region
/// (0.02° ≈ 2 km): a farm just past the last mapped junction is still the region's.
const COVER_MARGIN_DEG: f64 = 0.02;

/// How one leg's figures were obtained.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Leg {
    /// Along real roads of the pack.
    Road {
        /// Driving time, s.
        duration_s: f64,
        /// Length, m.
        distance_m: f64,
    },
    /// No pack covers both ends: an estimate, to be shown as one (« ≈ 25 min, estimation »).
    Estimate(TravelEstimate),
    /// Both ends are on the pack's roads but no road joins them (on that date).
    Unreachable,
}

impl Leg {
    /// Driving time in seconds, whether routed or estimated; `None` when unreachable.
    pub fn duration_s(&self) -> Option<f64> {
        match self {
            Leg::Road { duration_s, .. } => Some(*duration_s),
            Leg::Estimate(estimate) => Some(estimate.duration_s()),
            Leg::Unreachable => None,
        }
    }
}

/// A stop of the day for travel purposes.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct NamedPoint<'a> {
    /// What the user calls it (customer, commune): used in error messages.
    pub name: &'a str,
    /// Where it is, with its altitude when known (for estimates).
    pub point: EstimatePoint,
}

/// Why the legs of a day could not be worked out.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum LegError {
    /// A stop inside the region is too far from every road.
    #[error("\"{stop}\" is {distance_m:.0} m from the nearest road (max {max_m:.0} m)")]
    OffRoad {
        /// The stop's name.
        stop: String,
        /// Distance to the nearest road, m.
        distance_m: f64,
        /// Limit in force, m.
        max_m: f64,
    },
}

/// Every leg between `stops`, row-major: `legs[i * n + j]` goes from `i` to `j`.
#[derive(Debug, Clone, PartialEq)]
pub struct Legs {
    /// Number of stops.
    pub size: usize,
    /// Legs between stops.
    pub legs: Vec<Leg>,
    /// For each stop, its distance to the road it was put on, or `None` when the pack does not cover it.
    pub snap_m: Vec<Option<f64>>,
    /// Stops inside the pack's area but off every road (index, distance to the nearest road in
    /// m): their legs are [`Leg::Unreachable`] (only from [`legs_around_off_road`]).
    pub off_road: Vec<(usize, f64)>,
}

/// Works out every leg between `stops` on `day`, over `router` where it covers them.
///
/// Returns the legs, or [`LegError::OffRoad`] naming the first stop off every road.
///
/// Complexity: one many-to-many query over the covered stops, O(1) per estimated leg.
pub fn legs_between(
    router: Option<&Router>,
    stops: &[NamedPoint],
    day: Option<Day>,
    max_snap_m: f64,
) -> Result<Legs, LegError> {
    let legs = legs_around_off_road(router, stops, day, max_snap_m, &[]);
    match legs.off_road.first() {
        Some(&(i, distance_m)) => {
            Err(LegError::OffRoad { stop: stops[i].name.to_string(), distance_m, max_m: max_snap_m })
        }
        None => Ok(legs),
    }
}

/// [`legs_between`], but a stop off every road does not stop the others: its legs are
/// unreachable and it is listed in [`Legs::off_road`], for the caller to leave it out and say why.
/// Routes avoid the roads closed at the `closures` points (see [`Router::close`]).
pub fn legs_around_off_road(
    router: Option<&Router>,
    stops: &[NamedPoint],
    day: Option<Day>,
    max_snap_m: f64,
    closures: &[LatLon],
) -> Legs {
    let n = stops.len();
    let mut off_road = Vec::new();
    let mut snap_m = vec![None; n];
    if let Some((router, bounds)) = router.and_then(|r| bounds_of(r.graph()).map(|b| (r, b))) {
        let covers = |p: &EstimatePoint| {
            let (lat, lon) = (p.at.lat(), p.at.lon());
            (bounds.min.lat() - COVER_MARGIN_DEG..=bounds.max.lat() + COVER_MARGIN_DEG).contains(&lat)
                && (bounds.min.lon() - COVER_MARGIN_DEG..=bounds.max.lon() + COVER_MARGIN_DEG).contains(&lon)
        };
        for (i, stop) in stops.iter().enumerate().filter(|(_, stop)| covers(&stop.point)) {
            match router.snap(stop.point.at, max_snap_m, day) {
                Ok(snapped) => snap_m[i] = Some(snapped.distance_m),
                Err(SnapError::TooFar { distance_m, .. }) => off_road.push((i, distance_m)),
                Err(SnapError::NoRoad) => {}
            }
        }
    }
    let covered: Vec<usize> = (0..n).filter(|&i| snap_m[i].is_some()).collect();
    let mut routed = vec![None; n * n];
    if let (Some(router), false) = (router, covered.is_empty()) {
        let points: Vec<_> = covered.iter().map(|&i| stops[i].point.at).collect();
        let closed = router.close(closures, CLOSURE_MAX_SNAP_M, day);
        if let Ok(matrix) = router.matrix_avoiding(&points, (Metric::Time, day), max_snap_m, &closed) {
            for (a, &i) in covered.iter().enumerate() {
                for (b, &j) in covered.iter().enumerate() {
                    let cell = a * covered.len() + b;
                    routed[i * n + j] = Some(match (matrix.duration_s[cell], matrix.distance_m[cell]) {
                        (Some(duration_s), Some(distance_m)) => Leg::Road { duration_s, distance_m },
                        _ => Leg::Unreachable,
                    });
                }
            }
        }
    }
    let is_off_road = |i: usize| off_road.iter().any(|&(k, _)| k == i);
    let legs = (0..n * n)
        .map(|cell| {
            let (from, to) = (cell / n, cell % n);
            if is_off_road(from) || is_off_road(to) {
                return if from == to { Leg::Road { duration_s: 0.0, distance_m: 0.0 } } else { Leg::Unreachable };
            }
            routed[cell].unwrap_or_else(|| Leg::Estimate(estimate_travel(stops[from].point, stops[to].point)))
        })
        .collect();
    Legs { size: n, legs, snap_m, off_road }
}
