//! The places of a day's problem and the legs between them: routed where the region covers
//! them, estimated elsewhere; a customer off every road is set aside, and so is a technician
//! whose start or end is off every road (the rest of the crew is planned without them).

use super::{DayProblemError, Replan};
use crate::model::{Day, OffRoadShift, ShiftPlace};
use crate::road::legs::{legs_around_off_road, Leg, NamedPoint};
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{EstimatePoint, LatLon, Metric, Router};
use serde::{Deserialize, Serialize};

/// A place of the day's problem, as an error names it: the interface words it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DayPlace {
    /// Where a technician leaves from in the morning (or stands, when re-planning).
    Start {
        /// The technician's name.
        technician: String,
    },
    /// Where a technician's day ends.
    End {
        /// The technician's name.
        technician: String,
    },
    /// An intervention's place.
    Customer {
        /// The customer's name.
        customer: String,
    },
}

impl DayPlace {
    /// The technician's or the customer's name.
    pub fn name(&self) -> &str {
        match self {
            DayPlace::Start { technician } | DayPlace::End { technician } => technician,
            DayPlace::Customer { customer } => customer,
        }
    }
}

/// Travel between every pair of places, row-major: places `0..2T` are the technicians' starts
/// and ends, then one per intervention.
pub(super) struct Travel {
    /// Number of places.
    pub places: usize,
    /// Seconds of driving.
    pub time: Vec<f64>,
    /// Whether the leg is a straight-line estimate rather than a route.
    pub estimated: Vec<bool>,
    /// Metres driven.
    pub distance_m: Vec<f64>,
    /// Interventions whose place is off every road: (intervention, distance in m).
    pub off_road: Vec<(usize, f64)>,
    /// Interventions cut off from the crew by the roads the technicians closed.
    pub cut_off: Vec<usize>,
    /// For each technician, their place off every road, if one is (the start first): they
    /// get no route.
    pub grounded: Vec<Option<OffRoadShift>>,
}

/// The customers' places (from `first_customer` on, among `places`) that the technicians'
/// closures cut off from the crew: the crew is where the technician's start that joins the most
/// places both ways stands (technicians' starts are the places `0, 2, 4…` before
/// `first_customer`, those `grounded` excepted); a customer it does not join both ways is cut off when a road joins them
/// once the closures are lifted (`open`). A technician cut off is not: the day then fails on
/// their leg, as it would without this.
///
/// Complexity: O(technicians × places) over the legs, one route per customer cut off.
fn cut_off_by_closures(
    places: usize,
    first_customer: usize,
    grounded: &[Option<OffRoadShift>],
    unreachable: &impl Fn(usize) -> bool,
    open: &impl Fn(usize, usize) -> bool,
) -> Vec<usize> {
    let joined = |a: usize, b: usize| !unreachable(a * places + b) && !unreachable(b * places + a);
    let Some(crew) = (0..first_customer)
        .step_by(2)
        .filter(|&start| grounded[start / 2].is_none())
        .max_by_key(|&start| (0..places).filter(|&p| joined(start, p)).count())
    else {
        return Vec::new();
    };
    (first_customer..places).filter(|&place| !joined(crew, place) && (open(crew, place) || open(place, crew))).collect()
}

/// The places of `day` (each technician starting where `replan` says they stand) and the legs
/// between them over `router` on the day's date. A leg no road makes fails the day, unless one
/// of its ends is off every road (set aside instead) or cut off by a closure.
pub(super) fn travel(day: &Day, router: Option<&Router>, replan: Option<&Replan>) -> Result<Travel, DayProblemError> {
    let mut places = Vec::new();
    let mut points = Vec::new();
    for (t, tech) in day.technicians.iter().enumerate() {
        let now = replan.and_then(|r| r.technicians.get(t));
        places.push(DayPlace::Start { technician: tech.name.clone() });
        points.push(EstimatePoint::from(now.map_or(tech.shift.start_place, |n| n.position)));
        places.push(DayPlace::End { technician: tech.name.clone() });
        points.push(EstimatePoint::from(tech.shift.end_place));
    }
    for job in &day.interventions {
        places.push(DayPlace::Customer { customer: job.customer.clone() });
        points.push(EstimatePoint::from(job.location));
    }
    let stops: Vec<NamedPoint> =
        places.iter().zip(&points).map(|(place, point)| NamedPoint { name: place.name(), point: *point }).collect();
    let date = Some(CalendarDay::from(day.date));
    let closures: Vec<LatLon> = day.closures_in_force().map(|closure| closure.at).collect();
    let legs = legs_around_off_road(router, &stops, date, DEFAULT_MAX_SNAP_M, &closures);
    let technicians = day.technicians.len();
    let grounded: Vec<Option<OffRoadShift>> = (0..technicians)
        .map(|t| {
            legs.off_road.iter().filter(|&&(i, _)| i / 2 == t && i < 2 * technicians).min_by_key(|&&(i, _)| i).map(
                |&(i, distance_m)| OffRoadShift {
                    place: if i % 2 == 0 { ShiftPlace::Start } else { ShiftPlace::End },
                    distance_m,
                    max_m: DEFAULT_MAX_SNAP_M,
                },
            )
        })
        .collect();
    let off_road: Vec<(usize, f64)> =
        legs.off_road.iter().filter(|&&(i, _)| i >= 2 * technicians).map(|&(i, d)| (i - 2 * technicians, d)).collect();
    let n = stops.len();
    let unreachable = |cell: usize| {
        matches!(legs.legs[cell], Leg::Unreachable)
            && !legs.off_road.iter().any(|&(i, _)| i == cell / n || i == cell % n)
    };
    let open = |from: usize, to: usize| {
        let (from, to) = (stops[from].point.at, stops[to].point.at);
        router.is_some_and(|router| router.route(from, to, Metric::Time, date, DEFAULT_MAX_SNAP_M).is_ok())
    };
    let cut_off = if closures.is_empty() {
        Vec::new()
    } else {
        cut_off_by_closures(n, 2 * technicians, &grounded, &unreachable, &open)
    };
    let mut travel = Travel {
        places: n,
        time: vec![0.0; n * n],
        estimated: vec![false; n * n],
        distance_m: vec![0.0; n * n],
        off_road,
        cut_off: cut_off.iter().map(|&place| place - 2 * technicians).collect(),
        grounded,
    };
    for (cell, leg) in legs.legs.iter().enumerate() {
        match leg {
            Leg::Road { duration_s, distance_m } => {
                travel.time[cell] = *duration_s;
                travel.distance_m[cell] = *distance_m;
            }
            Leg::Estimate(estimate) => {
                travel.time[cell] = estimate.duration_s();
                travel.distance_m[cell] = estimate.distance_m();
                travel.estimated[cell] = true;
            }
            Leg::Unreachable
                if !unreachable(cell) || cut_off.contains(&(cell / n)) || cut_off.contains(&(cell % n)) => {}
            Leg::Unreachable => {
                return Err(DayProblemError::Unreachable {
                    from: places[cell / n].clone(),
                    to: places[cell % n].clone(),
                    by_closure: !closures.is_empty() && open(cell / n, cell % n),
                });
            }
        }
    }
    Ok(travel)
}
