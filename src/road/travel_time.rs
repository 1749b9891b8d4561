//! How long a van takes to drive a stretch of mountain road, in each direction.
//!
//! time = Σ over segments of length / speed, where speed is
//! `base × slope factor`, and near a bend no more than the bend allows:
//! - **base**: `maxspeed × 0.9` when tagged (drivers average under the limit),
//!   else the road class's typical speed; times the surface factor.
//! - **bends**: a bend of radius R is taken at `√(a × R)` with a comfortable lateral
//!   acceleration a = 2.5 m/s² (hairpin R = 10 m → 18 km/h; R = 50 m → 40 km/h), over
//!   [`BEND_REACH_M`] either side of the vertex (braking and accelerating back).
//! - **slope** (when elevations are given): climbing a grade g runs at
//!   `1 / (1 + 2 g)` of the speed (8 % → 86 %); descending beyond 4 % at
//!   `1 / (1 + 1.5 (|g| − 0.04))` (engine braking; 10 % → 92 %). Grades are taken over
//!   stretches of at least [`GRADE_WINDOW_M`] to smooth the 90 m elevation grid.
//!
//! These are engineering estimates, checked against known drive times in the tests,
//! not measurements; each is one constant here.

use geo::{Distance, Haversine, Point};

/// Comfortable lateral acceleration in bends, m/s².
pub const LATERAL_ACCELERATION: f64 = 2.5;
/// Distance either side of a bend's vertex driven at the bend's speed, m.
pub const BEND_REACH_M: f64 = 40.0;
/// Shortest stretch over which a grade is measured, m.
pub const GRADE_WINDOW_M: f64 = 150.0;
/// Grades steeper than this are treated as elevation noise and clamped.
const MAX_GRADE: f64 = 0.25;
/// Slowest speed the model ever gives, m/s (walking pace), so no arc is infinite.
const MIN_SPEED: f64 = 1.5;

/// Length and driving times of one stretch of road between two junctions.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StretchTimes {
    /// Length along the geometry, m.
    pub length_m: f64,
    /// Seconds to drive it in the order of its points.
    pub forward_s: f64,
    /// Seconds to drive it the other way.
    pub backward_s: f64,
}

/// Times for driving `points` (lat, lon) at `base_speed_kmh`, with optional elevations in metres.
///
/// Arguments: `points` at least two; `elevations` the same length as `points` when given
/// (a `None` entry drops the slope term around that point).
/// Complexity: O(n) in the number of points.
pub fn stretch_times(points: &[(f64, f64)], base_speed_kmh: f64, elevations: Option<&[Option<f64>]>) -> StretchTimes {
    let base = (base_speed_kmh / 3.6).max(MIN_SPEED);
    let lengths: Vec<f64> = points
        .windows(2)
        .map(|pair| Haversine.distance(Point::new(pair[0].1, pair[0].0), Point::new(pair[1].1, pair[1].0)))
        .collect();
    let bend_speeds = bend_speeds(points);
    let grades = elevations.map(|heights| grades(&lengths, heights)).unwrap_or_else(|| vec![0.0; lengths.len()]);
    let (mut forward_s, mut backward_s) = (0.0, 0.0);
    for (i, &length) in lengths.iter().enumerate() {
        let (start_bend, end_bend) = (bend_speeds[i], bend_speeds[i + 1]);
        let time_at = |speed: f64| segment_time(length, speed, start_bend, end_bend);
        forward_s += time_at(base * slope_factor(grades[i]));
        backward_s += time_at(base * slope_factor(-grades[i]));
    }
    StretchTimes { length_m: lengths.iter().sum(), forward_s, backward_s }
}

/// Time over one segment of `length` at `speed`, slowed to the bend speed within
/// [`BEND_REACH_M`] of each end.
fn segment_time(length: f64, speed: f64, start_bend: f64, end_bend: f64) -> f64 {
    let half = length / 2.0;
    let half_time = |bend: f64| {
        let slow = half.min(BEND_REACH_M);
        slow / speed.min(bend).max(MIN_SPEED) + (half - slow) / speed
    };
    half_time(start_bend) + half_time(end_bend)
}

/// Speed allowed by the bend at each point (m/s); unlimited at the ends and on straights.
fn bend_speeds(points: &[(f64, f64)]) -> Vec<f64> {
    let mut speeds = vec![f64::INFINITY; points.len()];
    for i in 1..points.len().saturating_sub(1) {
        if let Some(radius) = bend_radius(points[i - 1], points[i], points[i + 1]) {
            speeds[i] = (LATERAL_ACCELERATION * radius).sqrt();
        }
    }
    speeds
}

/// Radius in metres of the circle through three points, or `None` when they are aligned.
fn bend_radius(a: (f64, f64), b: (f64, f64), c: (f64, f64)) -> Option<f64> {
    // Local flat projection around b: fine over the few hundred metres of a bend.
    let metres_per_degree_lat = 111_320.0;
    let metres_per_degree_lon = metres_per_degree_lat * b.0.to_radians().cos();
    let project = |p: (f64, f64)| ((p.1 - b.1) * metres_per_degree_lon, (p.0 - b.0) * metres_per_degree_lat);
    let (ax, ay) = project(a);
    let (cx, cy) = project(c);
    let (ab, bc, ca) =
        ((ax * ax + ay * ay).sqrt(), (cx * cx + cy * cy).sqrt(), ((cx - ax).powi(2) + (cy - ay).powi(2)).sqrt());
    let twice_area = (ax * cy - ay * cx).abs();
    (twice_area > 1e-9 && ab > 0.0 && bc > 0.0).then(|| ab * bc * ca / (2.0 * twice_area))
}

/// Grade of each segment, measured over windows of at least [`GRADE_WINDOW_M`].
fn grades(lengths: &[f64], heights: &[Option<f64>]) -> Vec<f64> {
    let mut grades = vec![0.0; lengths.len()];
    let mut start = 0;
    while start < lengths.len() {
        let mut end = start;
        let mut run = 0.0;
        while end < lengths.len() && (run < GRADE_WINDOW_M || end == start) {
            run += lengths[end];
            end += 1;
        }
        // A short tail joins the previous window rather than getting a noisy grade of its own.
        if end < lengths.len() && lengths[end..].iter().sum::<f64>() < GRADE_WINDOW_M {
            run += lengths[end..].iter().sum::<f64>();
            end = lengths.len();
        }
        if let (Some(Some(h0)), Some(Some(h1))) = (heights.get(start), heights.get(end)) {
            let grade = if run > 0.0 { ((h1 - h0) / run).clamp(-MAX_GRADE, MAX_GRADE) } else { 0.0 };
            grades[start..end].fill(grade);
        }
        start = end;
    }
    grades
}

/// Speed factor on a grade `g` (rise over run, positive uphill in the driving direction).
pub fn slope_factor(g: f64) -> f64 {
    if g > 0.0 {
        1.0 / (1.0 + 2.0 * g)
    } else if g < -0.04 {
        1.0 / (1.0 + 1.5 * (-g - 0.04))
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Points `step_m` apart going north from (44.0, 6.5).
    fn straight(count: usize, step_m: f64) -> Vec<(f64, f64)> {
        (0..count).map(|i| (44.0 + i as f64 * step_m / 111_195.0, 6.5)).collect()
    }

    #[test]
    fn a_straight_kilometre_at_60_takes_a_minute_both_ways() {
        let times = stretch_times(&straight(11, 100.0), 60.0, None);
        assert!((times.length_m - 1000.0).abs() < 2.0, "{times:?}");
        assert!((times.forward_s - 60.0).abs() < 0.2, "{times:?}");
        assert_eq!(times.forward_s, times.backward_s);
    }

    #[test]
    fn a_hairpin_costs_time_a_gentle_bend_does_not() {
        // Hairpin: out 50 m north, back 50 m south 20 m further east (radius about 10 m).
        let east = 20.0 / (111_320.0 * 44f64.to_radians().cos());
        let hairpin = [(44.0, 6.5), (44.0 + 50.0 / 111_195.0, 6.5 + east / 2.0), (44.0, 6.5 + east)];
        let slow = stretch_times(&hairpin, 50.0, None);
        let at_base = slow.length_m / (50.0 / 3.6);
        assert!(slow.forward_s > at_base * 1.3, "hairpin {slow:?} vs {at_base}");
        let radius = bend_radius(hairpin[0], hairpin[1], hairpin[2]).unwrap();
        assert!((20.0..40.0).contains(&radius), "radius {radius}");
        // A 2° kink every 100 m is a radius near 2.9 km: no slowdown at 50 km/h.
        let gentle: Vec<_> = (0..6).map(|i| (44.0 + i as f64 * 0.0009, 6.5 + (i * i) as f64 * 0.000_02)).collect();
        let gentle_times = stretch_times(&gentle, 50.0, None);
        assert!((gentle_times.forward_s - gentle_times.length_m / (50.0 / 3.6)).abs() < 0.5, "{gentle_times:?}");
    }

    #[test]
    fn climbing_is_slower_than_descending_and_both_are_symmetric_in_the_model() {
        let points = straight(11, 100.0);
        let heights: Vec<Option<f64>> = (0..11).map(|i| Some(1000.0 + 8.0 * i as f64)).collect();
        let times = stretch_times(&points, 60.0, Some(&heights));
        // 8 % up: 1 / (1 + 0.16) → 69.6 s; 8 % down: 1 + 1.5 × 0.04 = 1.06 → 63.6 s.
        assert!((times.forward_s - 69.6).abs() < 0.3, "{times:?}");
        assert!((times.backward_s - 63.6).abs() < 0.3, "{times:?}");
    }

    #[test]
    fn elevation_noise_on_short_segments_is_smoothed_and_clamped() {
        let points = straight(4, 20.0);
        let spiky = [Some(1000.0), Some(1030.0), Some(990.0), Some(1001.0)];
        let times = stretch_times(&points, 36.0, Some(&spiky));
        // One 60 m window rising 1 m: grade 1.7 %, not the ±150 % spikes.
        assert!((times.forward_s - 6.0 * (1.0 + 2.0 / 60.0)).abs() < 0.05, "{times:?}");
        assert_eq!(grades(&[10.0], &[Some(0.0), Some(100.0)]), vec![MAX_GRADE]);
    }

    #[test]
    fn a_missing_elevation_drops_the_slope_term_only_there() {
        let points = straight(3, 200.0);
        let times = stretch_times(&points, 36.0, Some(&[Some(1000.0), None, Some(1040.0)]));
        assert!((times.forward_s - 40.0).abs() < 0.2, "{times:?}");
    }
}
