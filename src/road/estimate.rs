//! Travel time between two points no road pack covers, estimated from the
//! straight-line distance: a mountain detour factor, an average speed and a slope
//! term. The result is a [`TravelEstimate`], a type of its own so it can never be
//! passed off as a computed route.
//!
//! Model, each factor checked against real Haute-Provence trips and tested below:
//! - road distance = crow-fly × ([`BASE_DETOUR`] + [`DETOUR_PER_M_OF_ALTITUDE`] × |Δh|),
//!   and at least |Δh| / [`MAX_MEAN_GRADE`] (hairpins);
//! - driving time = road distance / [`AVERAGE_SPEED_M_PER_S`];
//! - plus [`CLIMB_S_PER_100_M`] per 100 m gained, [`DESCENT_S_PER_100_M`] per 100 m lost.
//!
//! Only the two end altitudes are known, so a pass in between (col d'Allos) is not
//! seen: the base detour and speed absorb part of it, and the UI says "estimation".

use crate::road::{Commune, LatLon};
use std::fmt;

/// Road length over crow-fly length on flat ground.
///
/// Rationale: road circuity averages about 1.2–1.3 across national networks
/// (Ballou, Rahardja & Sakai 2002, *Selected country circuity factors for road travel
/// distance estimation*, Transp. Res. A 36), higher where roads follow valleys around
/// relief: Castellane → Saint-André-les-Alpes, along the Verdon, is 20 km of road for
/// 13.6 km (1.47). 1.4 sits between valley-bottom and mountain roads.
pub const BASE_DETOUR: f64 = 1.4;

/// Extra detour per metre of altitude difference between the two ends (0.2 per 1000 m).
///
/// Rationale: a large altitude difference means climbing out of one valley into
/// another, around ridges and up side valleys. Castellane → Allos rises 700 m and
/// takes ≈ 70 km of road for 44.8 km crow-fly (1.56 = 1.4 + 0.16).
pub const DETOUR_PER_M_OF_ALTITUDE: f64 = 0.2 / 1000.0;

/// Steepest mean grade a car road holds over a whole climb (8 %).
///
/// Rationale: alpine pass roads average 5–8 % over a climb; to gain 600 m a road
/// needs at least 7.5 km, whatever the crow-fly distance (a hamlet above its valley).
pub const MAX_MEAN_GRADE: f64 = 0.08;

/// Average speed on mountain roads, 50 km/h, in m/s.
///
/// Rationale: departmental roads of the 04 are limited to 80 km/h but crossed by
/// villages (30–50 km/h) and bends; Castellane → Allos, 70 km in ≈ 80 min, is
/// 52 km/h door to door including the climb.
pub const AVERAGE_SPEED_M_PER_S: f64 = 50.0 / 3.6;

/// Extra seconds per 100 m of ascent (uphill is slower).
///
/// Rationale: 100 m at 7 % is ≈ 1.4 km, 100 s at 50 km/h; uphill behind lorries and
/// in hairpins a car holds ≈ 40 km/h there, 126 s: about 30 s more.
pub const CLIMB_S_PER_100_M: f64 = 30.0;

/// Extra seconds per 100 m of descent (downhill a little slower than flat).
///
/// Rationale: braking into hairpins brings the same 1.4 km down to ≈ 45 km/h, 112 s:
/// about 10 s more. Hence up ≠ down: the travel-time matrix is asymmetric.
pub const DESCENT_S_PER_100_M: f64 = 10.0;

/// Below this crow-fly distance (1 m) two points are the same place: no travel.
const SAME_PLACE_M: f64 = 1.0;

/// One end of an estimated trip: a coordinate and, when known, its altitude.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EstimatePoint {
    /// Where the stop is.
    pub at: LatLon,
    /// Altitude in metres; `None` (or a non-finite value) means unknown, taken as flat.
    pub altitude_m: Option<f64>,
}

impl EstimatePoint {
    /// A point with an optional altitude in metres.
    pub fn new(at: LatLon, altitude_m: Option<f64>) -> EstimatePoint {
        EstimatePoint { at, altitude_m }
    }
}

impl From<LatLon> for EstimatePoint {
    /// A point of unknown altitude.
    fn from(at: LatLon) -> EstimatePoint {
        EstimatePoint { at, altitude_m: None }
    }
}

impl From<&Commune> for EstimatePoint {
    /// The commune's town hall at the village altitude ([`Commune::village_altitude_m`]).
    fn from(commune: &Commune) -> EstimatePoint {
        EstimatePoint { at: commune.town_hall, altitude_m: Some(commune.village_altitude_m()) }
    }
}

/// An *estimated* trip, not a route: no road was followed to get these numbers.
///
/// Fields are private so that only [`estimate_travel`] makes one; every accessor's
/// value is an estimate, and [`fmt::Display`] says so in French.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TravelEstimate {
    distance_m: f64,
    duration_s: f64,
    crow_fly_m: f64,
    altitude_change_m: f64,
}

impl TravelEstimate {
    /// Estimated road distance in metres.
    pub fn distance_m(&self) -> f64 {
        self.distance_m
    }

    /// Estimated driving time in seconds.
    pub fn duration_s(&self) -> f64 {
        self.duration_s
    }

    /// Straight-line (great-circle) distance the estimate started from, in metres.
    pub fn crow_fly_m(&self) -> f64 {
        self.crow_fly_m
    }

    /// Altitude gained (positive) or lost (negative) in metres; 0 when unknown.
    pub fn altitude_change_m(&self) -> f64 {
        self.altitude_change_m
    }

    /// Always `true`: lets generic code and serialised views carry the flag along.
    pub fn is_estimate(&self) -> bool {
        true
    }
}

impl fmt::Display for TravelEstimate {
    /// `≈ 69 km, ≈ 1 h 26 (straight-line estimate)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let minutes = (self.duration_s / 60.0).round() as u64;
        write!(f, "≈ {:.0} km, ≈ ", self.distance_m / 1000.0)?;
        if minutes < 60 {
            write!(f, "{minutes} min")?;
        } else {
            write!(f, "{} h {:02}", minutes / 60, minutes % 60)?;
        }
        write!(f, " (straight-line estimate)")
    }
}

/// Estimates the drive from `from` to `to` where no road pack covers them.
///
/// Arguments: two points, each a [`LatLon`], an [`EstimatePoint`] or a `&Commune`.
/// Returns a [`TravelEstimate`]; zero distance and time for the same place. The
/// result is asymmetric when altitudes differ (climbing costs more than descending).
///
/// Complexity: O(1).
///
/// Example: `estimate_travel(castellane, allos).duration_s()` ≈ 86 min.
pub fn estimate_travel(from: impl Into<EstimatePoint>, to: impl Into<EstimatePoint>) -> TravelEstimate {
    let (from, to) = (from.into(), to.into());
    let crow_fly_m = from.at.distance_m(to.at);
    if crow_fly_m < SAME_PLACE_M {
        return TravelEstimate { distance_m: 0.0, duration_s: 0.0, crow_fly_m, altitude_change_m: 0.0 };
    }
    let altitude_change_m = match (from.altitude_m, to.altitude_m) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => b - a,
        _ => 0.0,
    };
    let distance_m = road_distance_m(crow_fly_m, altitude_change_m);
    let duration_s = distance_m / AVERAGE_SPEED_M_PER_S + slope_penalty_s(altitude_change_m);
    TravelEstimate { distance_m, duration_s, crow_fly_m, altitude_change_m }
}

/// Detour factor for an altitude difference of `altitude_change_m` (either sign).
fn detour_factor(altitude_change_m: f64) -> f64 {
    BASE_DETOUR + DETOUR_PER_M_OF_ALTITUDE * altitude_change_m.abs()
}

/// Estimated road length: crow-fly times the detour, never steeper than [`MAX_MEAN_GRADE`].
fn road_distance_m(crow_fly_m: f64, altitude_change_m: f64) -> f64 {
    (crow_fly_m * detour_factor(altitude_change_m)).max(altitude_change_m.abs() / MAX_MEAN_GRADE)
}

/// Time added by the slope: [`CLIMB_S_PER_100_M`] up, [`DESCENT_S_PER_100_M`] down.
fn slope_penalty_s(altitude_change_m: f64) -> f64 {
    let per_100_m = if altitude_change_m > 0.0 { CLIMB_S_PER_100_M } else { DESCENT_S_PER_100_M };
    altitude_change_m.abs() / 100.0 * per_100_m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::road::Communes;

    fn at(lat: f64, lon: f64) -> LatLon {
        LatLon::new(lat, lon).unwrap()
    }

    fn close(actual: f64, expected: f64, tolerance: f64) -> bool {
        (actual - expected).abs() <= tolerance * expected
    }

    #[test]
    fn the_same_place_takes_no_time_even_with_altitudes() {
        let p = at(44.0, 6.0);
        let e = estimate_travel(EstimatePoint::new(p, Some(500.0)), EstimatePoint::new(p, Some(1500.0)));
        assert_eq!((e.distance_m(), e.duration_s(), e.altitude_change_m()), (0.0, 0.0, 0.0));
        assert!(e.is_estimate());
    }

    #[test]
    fn detour_is_1_4_on_flat_ground_and_grows_0_2_per_1000_m() {
        assert_eq!(detour_factor(0.0), 1.4);
        assert!((detour_factor(1000.0) - 1.6).abs() < 1e-12);
        assert_eq!(detour_factor(-500.0), detour_factor(500.0));
        assert!((road_distance_m(10_000.0, 0.0) - 14_000.0).abs() < 1e-9);
    }

    #[test]
    fn a_steep_short_hop_needs_hairpins() {
        // 2 km crow-fly, 600 m up: 2 × 1.52 = 3.04 km would be 20 %; 8 % needs 7.5 km.
        assert!((road_distance_m(2_000.0, 600.0) - 7_500.0).abs() < 1e-9);
        assert!((road_distance_m(2_000.0, -600.0) - 7_500.0).abs() < 1e-9);
    }

    #[test]
    fn flat_driving_is_50_km_per_hour() {
        // 0.1° of latitude ≈ 11.12 km crow-fly, × 1.4 ≈ 15.57 km, at 50 km/h ≈ 1121 s.
        let e = estimate_travel(at(44.0, 6.0), at(44.1, 6.0));
        assert!(close(e.crow_fly_m(), 11_119.5, 0.001), "{}", e.crow_fly_m());
        assert!((e.duration_s() - e.distance_m() / (50.0 / 3.6)).abs() < 1e-9);
        assert!(close(e.duration_s(), 1121.0, 0.002), "{}", e.duration_s());
    }

    #[test]
    fn climbing_costs_30_s_and_descending_10_s_per_100_m() {
        assert_eq!(slope_penalty_s(300.0), 90.0);
        assert_eq!(slope_penalty_s(-300.0), 30.0);
        assert_eq!(slope_penalty_s(0.0), 0.0);
        let (low, high) =
            (EstimatePoint::new(at(44.0, 6.0), Some(500.0)), EstimatePoint::new(at(44.1, 6.0), Some(800.0)));
        let (up, down) = (estimate_travel(low, high), estimate_travel(high, low));
        assert_eq!(up.distance_m(), down.distance_m());
        assert!((up.duration_s() - down.duration_s() - 60.0).abs() < 1e-9, "up ≠ down by 90 − 30 s");
        assert_eq!((up.altitude_change_m(), down.altitude_change_m()), (300.0, -300.0));
    }

    #[test]
    fn unknown_or_non_finite_altitudes_count_as_flat() {
        let flat = estimate_travel(at(44.0, 6.0), at(44.1, 6.0));
        let one_known = estimate_travel(EstimatePoint::new(at(44.0, 6.0), Some(1200.0)), at(44.1, 6.0));
        let nan = estimate_travel(
            EstimatePoint::new(at(44.0, 6.0), Some(f64::NAN)),
            EstimatePoint::new(at(44.1, 6.0), Some(900.0)),
        );
        assert_eq!(flat, one_known);
        assert_eq!(flat, nan);
    }

    #[test]
    fn castellane_to_allos_is_within_a_quarter_of_70_km_and_80_min() {
        let communes = Communes::embedded();
        let (castellane, allos) = (communes.by_insee("04039").unwrap(), communes.by_insee("04006").unwrap());
        let e = estimate_travel(castellane, allos);
        assert!(close(e.crow_fly_m(), 44_800.0, 0.02), "{}", e.crow_fly_m());
        assert!(close(e.distance_m(), 70_000.0, 0.25), "{}", e.distance_m());
        assert!(close(e.duration_s(), 80.0 * 60.0, 0.25), "{}", e.duration_s() / 60.0);
        assert!(estimate_travel(allos, castellane).duration_s() < e.duration_s());
    }

    #[test]
    fn castellane_to_saint_andre_is_within_a_quarter_of_20_km_and_22_min() {
        let communes = Communes::embedded();
        let (castellane, saint_andre) =
            (communes.find("Castellane").unwrap(), communes.find("st andre les alpes").unwrap());
        let e = estimate_travel(castellane, saint_andre);
        assert!(close(e.crow_fly_m(), 13_600.0, 0.03), "{}", e.crow_fly_m());
        assert!(close(e.distance_m(), 20_000.0, 0.25), "{}", e.distance_m());
        assert!(close(e.duration_s(), 22.0 * 60.0, 0.25), "{}", e.duration_s() / 60.0);
    }

    #[test]
    fn display_says_it_is_an_estimate() {
        let communes = Communes::embedded();
        let e = estimate_travel(communes.find("Castellane").unwrap(), communes.find("Allos").unwrap());
        let text = e.to_string();
        assert!(text.starts_with("≈ ") && text.contains(" h ") && text.ends_with("(straight-line estimate)"), "{text}");
        let short = estimate_travel(at(44.0, 6.0), at(44.1, 6.0)).to_string();
        assert_eq!(short, "≈ 16 km, ≈ 19 min (straight-line estimate)");
    }
}
