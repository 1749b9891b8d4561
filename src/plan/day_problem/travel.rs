//! The places of a day's problem and the legs between them: routed where the region covers
//! them, estimated elsewhere; a customer off every road or that no road joins to the crew is
//! set aside, and so is a technician whose start or end is (the rest of the crew is planned
//! without them).

use super::{DayProblemError, Replan};
use crate::model::{Day, NoRoute, NoRouteCause, ShiftPlace, UnplannedReason};
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
    /// Interventions no road joins to the crew: (intervention, [`UnplannedReason::ClosedRoad`]
    /// when the roads the technicians closed cut it off, else [`UnplannedReason::NoRoad`]).
    pub cut_off: Vec<(usize, UnplannedReason)>,
    /// For each technician, why they get no route, if they get none: a place of theirs off
    /// every road, or not joined to the crew.
    pub grounded: Vec<Option<NoRoute>>,
}

/// What is set apart from the crew's roads: the technicians with no route, the interventions
/// out of reach.
struct Apart {
    technicians: Vec<Option<NoRoute>>,
    customers: Vec<(usize, UnplannedReason)>,
    /// Whether anyone can be routed at all (some technician's start is on the crew's roads).
    crew: bool,
}

/// The places (among `places`, customers from `first_customer` on) that no road joins to the
/// crew both ways, with the technicians already `grounded` (off every road). The crew stands
/// where the start of a technician not grounded that joins the most places stands, the first
/// such in the crew's order (starts are the places `0, 2, 4…` before `first_customer`). A
/// place is cut off by the technicians' closures when a road joins it to the crew once they are
/// lifted (`open`, asked only when `closed_roads`), else no road joins it on the day.
///
/// Complexity: O(technicians × places) over the legs, one route per place set apart when
/// roads are closed.
fn set_apart(
    places: usize,
    first_customer: usize,
    mut grounded: Vec<Option<NoRoute>>,
    unreachable: &impl Fn(usize) -> bool,
    (closed_roads, open): (bool, &impl Fn(usize, usize) -> bool),
) -> Apart {
    let joined = |a: usize, b: usize| !unreachable(a * places + b) && !unreachable(b * places + a);
    let Some(crew) = (0..first_customer)
        .step_by(2)
        .filter(|&start| grounded[start / 2].is_none())
        .max_by_key(|&start| ((0..places).filter(|&p| joined(start, p)).count(), std::cmp::Reverse(start)))
    else {
        return Apart { technicians: grounded, customers: Vec::new(), crew: false };
    };
    let by_closure = |place: usize| closed_roads && (open(crew, place) || open(place, crew));
    for (t, slot) in grounded.iter_mut().enumerate().filter(|(_, slot)| slot.is_none()) {
        let apart =
            [(2 * t, ShiftPlace::Start), (2 * t + 1, ShiftPlace::End)].into_iter().find(|&(p, _)| !joined(crew, p));
        *slot = apart.map(|(p, place)| NoRoute {
            place,
            cause: if by_closure(p) { NoRouteCause::ClosedRoad } else { NoRouteCause::NoRoad },
        });
    }
    let customers = (first_customer..places)
        .filter(|&p| !joined(crew, p))
        .map(|p| {
            let reason = if by_closure(p) { UnplannedReason::ClosedRoad } else { UnplannedReason::NoRoad };
            (p - first_customer, reason)
        })
        .collect();
    Apart { technicians: grounded, customers, crew: true }
}

/// The places of `day` (each technician starting where `replan` says they stand) and the legs
/// between them over `router` on the day's date. What no road joins to the crew is set apart
/// instead of stopping the day: a technician gets no route, an intervention is left out, each
/// with the reason.
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
    let off_road_technicians: Vec<Option<NoRoute>> = (0..technicians)
        .map(|t| {
            legs.off_road.iter().filter(|&&(i, _)| i / 2 == t && i < 2 * technicians).min_by_key(|&&(i, _)| i).map(
                |&(i, distance_m)| NoRoute {
                    place: if i % 2 == 0 { ShiftPlace::Start } else { ShiftPlace::End },
                    cause: NoRouteCause::OffRoad { distance_m, max_m: DEFAULT_MAX_SNAP_M },
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
    let apart = set_apart(n, 2 * technicians, off_road_technicians, &unreachable, (!closures.is_empty(), &open));
    // Each place set apart (all of them when nobody can be routed), read once per leg below: a
    // region cut in two sets hundreds of customers apart, each with hundreds of legs.
    let mut set_apart_place = vec![!apart.crew; n];
    for t in (0..technicians).filter(|&t| apart.technicians[t].is_some()) {
        set_apart_place[2 * t..2 * t + 2].fill(true);
    }
    for &(index, _) in &apart.customers {
        set_apart_place[2 * technicians + index] = true;
    }
    let mut travel = Travel {
        places: n,
        time: vec![0.0; n * n],
        estimated: vec![false; n * n],
        distance_m: vec![0.0; n * n],
        off_road,
        cut_off: Vec::new(),
        grounded: Vec::new(),
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
            Leg::Unreachable if !unreachable(cell) || set_apart_place[cell / n] || set_apart_place[cell % n] => {}
            Leg::Unreachable => {
                return Err(DayProblemError::Unreachable {
                    from: places[cell / n].clone(),
                    to: places[cell % n].clone(),
                    by_closure: !closures.is_empty() && open(cell / n, cell % n),
                });
            }
        }
    }
    travel.cut_off = apart.customers;
    travel.grounded = apart.technicians;
    Ok(travel)
}
