//! From a technician's day (the app's model) to the optimiser's problem, and back to a plan
//! with arrival times, waits and slack per stop.

use super::problem::{Job, Problem, ProblemError, Vehicle, ANYWHERE};
use super::reasons::unplanned_reason;
use super::solution::Solution;
use super::unplanned::UnplannedReason;
use crate::model::{Day, Inclusion, Priority, Skill, StopPin, TimeOfDay};
use crate::road::legs::{legs_around_off_road, Leg, LegError, NamedPoint};
use crate::road::osm::seasons::Day as CalendarDay;
use crate::road::snap::DEFAULT_MAX_SNAP_M;
use crate::road::{EstimatePoint, Router};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Weight of leaving a mandatory job out, against an optional one of the same urgency.
const MANDATORY_FACTOR: f64 = 100.0;
/// Weight of skipping a lunch break: above any intervention (a vital, mandatory one is 10⁸).
const BREAK_WEIGHT: f64 = 1e9;
/// An urgent customer (vital, emergency) is visited within this many seconds of the opening of
/// their window (or of the day)…
const URGENT_SPAN_S: f64 = 2.0 * 3600.0;
/// …unless that costs more than this many seconds of extra driving: vital customers first,
/// but not at any price.
const LATE_URGENT_PENALTY_S: f64 = 3600.0;

/// The most interventions one day may hold. The optimiser's tables hold every pair of places
/// (the travel matrix, its routed legs, the problem's times and costs), so memory and the
/// matrix's routing grow with the square of the stops: this bound keeps a phone's worker within
/// what was measured to work (see BENCHMARKS.md, « Import limits »).
pub const MAX_DAY_INTERVENTIONS: usize = 1_500;

/// Why a day cannot be turned into a problem.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DayProblemError {
    /// A stop is off every road of the region.
    #[error(transparent)]
    Legs(#[from] LegError),
    /// The data make an impossible problem.
    #[error(transparent)]
    Problem(#[from] ProblemError),
    /// More interventions than [`MAX_DAY_INTERVENTIONS`].
    #[error("{count} interventions dans la journée : l'optimiseur en tient au plus {max}")]
    TooManyInterventions {
        /// Interventions in the day.
        count: usize,
        /// [`MAX_DAY_INTERVENTIONS`].
        max: usize,
    },
    /// Two roads cannot be joined on that date between two stops.
    #[error("aucun itinéraire de « {from} » à « {to} » à cette date")]
    Unreachable {
        /// Departure stop.
        from: String,
        /// Destination stop.
        to: String,
    },
}

/// A day ready for the optimiser, with what is needed to explain the result.
pub struct DayProblem {
    /// The optimiser's problem: places `0..2T` are the technicians' starts and ends, then one per intervention.
    pub problem: Problem,
    /// Whether each leg (row-major over places) is an estimate rather than a route.
    pub estimated: Vec<bool>,
    /// Length of each leg (row-major over places), in metres.
    pub distance_m: Vec<f64>,
    /// Number of places.
    pub places: usize,
    /// For each job of the problem, its intervention in the day (`None` for a lunch break).
    pub job_intervention: Vec<Option<usize>>,
    /// For each job, the customer's window (ready, due) in seconds: an urgent customer's
    /// penalty-free alternative is narrower, but slack is counted against the real window.
    pub windows: Vec<(f64, f64)>,
    /// For each technician, the intervention pinned last in their day (where their route ends).
    pub locked_last: Vec<Option<usize>>,
    /// Interventions left out because their place is off every road: (intervention, distance in m).
    pub off_road: Vec<(usize, f64)>,
    /// For each technician, the stop already promised as next when re-planning:
    /// (intervention, arrival, start, end).
    pub locked_first: Vec<Option<(usize, f64, f64, f64)>>,
}

/// Where each technician stands when the day is re-planned.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TechnicianNow {
    /// Current position (geolocation, else the last stop).
    pub position: crate::road::LatLon,
    /// When they are free: the end of the job in progress, or now.
    pub free_at: TimeOfDay,
    /// The next stop, already announced to its customer: kept first (intervention id).
    pub next_locked: Option<String>,
    /// When the technician left in the morning: the longest working time counts from it.
    #[serde(default)]
    pub working_since: Option<TimeOfDay>,
}

/// A re-planning request: the day goes on from here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Replan {
    /// Interventions done or in progress: not planned again (ids).
    pub settled: Vec<String>,
    /// Each technician's situation, in the day's order.
    pub technicians: Vec<TechnicianNow>,
    /// Technicians (ids) who have had their lunch break already: not planned again.
    #[serde(default)]
    pub lunch_taken: Vec<String>,
}

/// Weight of a second of a technician's day (departure to return) and of overtime against a
/// second of driving: small, so that driving comes first, then waiting and overtime.
const DURATION_WEIGHT: f64 = 0.01;

/// When a technician's day must end and how long it may be, in seconds.
struct WorkingLimits {
    /// Latest return, overtime included.
    shift_end: f64,
    /// End of normal hours.
    regular_end: f64,
    /// Longest time from the route's departure to its return.
    max_duration: f64,
}

/// The limits of `tech`'s day for a route leaving at `departure`. When re-planning (`now`),
/// the longest working time counts from the morning's departure, so it becomes a latest return.
fn working_limits(tech: &crate::model::Technician, now: Option<&TechnicianNow>, departure: f64) -> WorkingLimits {
    let shift = &tech.shift;
    let regular_end = f64::from(shift.end.seconds());
    let mut shift_end = (regular_end + f64::from(shift.overtime_s.unwrap_or(0))).min(86_400.0).max(regular_end);
    let mut max_duration = shift.max_work_s.map_or(f64::INFINITY, f64::from);
    if let Some(since) = now.and_then(|n| n.working_since) {
        shift_end = shift_end.min(f64::from(since.seconds()) + max_duration).max(departure);
        max_duration = f64::INFINITY;
    }
    WorkingLimits { shift_end, regular_end: regular_end.min(shift_end), max_duration }
}

/// The bit of a skill in the problem's masks.
fn skill_bit(skill: Skill) -> u64 {
    1 << Skill::ALL.iter().position(|s| *s == skill).expect("every skill is listed")
}

/// Builds the problem of `day`: travel over `router` where it covers the stops, estimates elsewhere.
pub fn day_problem(day: &Day, router: Option<&Router>) -> Result<DayProblem, DayProblemError> {
    day_problem_from(day, router, None, false)
}

/// Builds the problem of the rest of `day` as it stands in `replan` (or of the whole day):
/// settled interventions are left out, each technician starts from where they are when they
/// are free, and an announced next stop stays first. With `plan_anyway`, windows that cannot
/// all be kept are missed as little as possible instead of leaving jobs out.
pub fn day_problem_from(
    day: &Day,
    router: Option<&Router>,
    replan: Option<&Replan>,
    plan_anyway: bool,
) -> Result<DayProblem, DayProblemError> {
    if day.interventions.len() > MAX_DAY_INTERVENTIONS {
        return Err(DayProblemError::TooManyInterventions {
            count: day.interventions.len(),
            max: MAX_DAY_INTERVENTIONS,
        });
    }
    let mut names = Vec::new();
    let mut points = Vec::new();
    for (t, tech) in day.technicians.iter().enumerate() {
        let now = replan.and_then(|r| r.technicians.get(t));
        names.push(format!("départ de {}", tech.name));
        points.push(EstimatePoint::from(now.map_or(tech.shift.start_place, |n| n.position)));
        names.push(format!("retour de {}", tech.name));
        points.push(EstimatePoint::from(tech.shift.end_place));
    }
    for job in &day.interventions {
        names.push(job.customer.clone());
        points.push(EstimatePoint::from(job.location));
    }
    let stops: Vec<NamedPoint> =
        names.iter().zip(&points).map(|(name, point)| NamedPoint { name, point: *point }).collect();
    let calendar_day = CalendarDay::from_iso_date(&day.date);
    let legs = legs_around_off_road(router, &stops, calendar_day, DEFAULT_MAX_SNAP_M);
    // A technician's own place off the roads stops everything; a customer's is left out and said.
    let technicians = day.technicians.len();
    if let Some(&(i, distance_m)) = legs.off_road.iter().find(|&&(i, _)| i < 2 * technicians) {
        return Err(LegError::OffRoad { stop: names[i].clone(), distance_m, max_m: DEFAULT_MAX_SNAP_M }.into());
    }
    let off_road: Vec<(usize, f64)> = legs.off_road.iter().map(|&(i, d)| (i - 2 * technicians, d)).collect();
    let places = stops.len();
    let mut time = vec![0.0; places * places];
    let mut estimated = vec![false; places * places];
    let mut distance = vec![0.0; places * places];
    for (cell, leg) in legs.legs.iter().enumerate() {
        match leg {
            Leg::Road { duration_s, distance_m } => {
                time[cell] = *duration_s;
                distance[cell] = *distance_m;
            }
            Leg::Estimate(estimate) => {
                time[cell] = estimate.duration_s();
                distance[cell] = estimate.distance_m();
                estimated[cell] = true;
            }
            Leg::Unreachable if legs.off_road.iter().any(|&(i, _)| i == cell / places || i == cell % places) => {}
            Leg::Unreachable => {
                return Err(DayProblemError::Unreachable {
                    from: names[cell / places].clone(),
                    to: names[cell % places].clone(),
                });
            }
        }
    }
    let done = |index: usize| {
        replan.is_some_and(|r| r.settled.contains(&day.interventions[index].id))
            || off_road.iter().any(|&(i, _)| i == index)
    };
    // A job the crew lead pinned first or last in a technician's day (not yet done).
    let pinned = |t: usize, pin: StopPin| {
        day.interventions
            .iter()
            .position(|job| job.pin == Some(pin) && job.assigned_to.as_deref() == Some(day.technicians[t].id.as_str()))
    };
    let locked: Vec<Option<usize>> = (0..technicians)
        .map(|t| {
            let announced = replan.and_then(|r| r.technicians.get(t)).and_then(|n| n.next_locked.as_ref());
            announced
                .and_then(|id| day.interventions.iter().position(|job| &job.id == id))
                .or_else(|| pinned(t, StopPin::First).filter(|&index| !done(index)))
        })
        .collect();
    let locked_last: Vec<Option<usize>> = (0..technicians)
        .map(|t| pinned(t, StopPin::Last).filter(|&index| !done(index) && !locked.contains(&Some(index))))
        .collect();
    let settled = |index: usize| done(index) || locked.contains(&Some(index)) || locked_last.contains(&Some(index));
    let mut jobs = Vec::with_capacity(day.interventions.len());
    let mut job_intervention = Vec::with_capacity(day.interventions.len());
    // One job per appointment window, the windows of one intervention forming a group of
    // alternatives: exactly one of them is planned.
    let mut group_of = Vec::with_capacity(day.interventions.len());
    // The earliest anyone can be on the road: an urgent customer's window opens no earlier.
    let day_opens = (0..technicians)
        .map(|t| {
            let shift_start = day.technicians[t].shift.start;
            replan.and_then(|r| r.technicians.get(t)).map_or(shift_start, |n| n.free_at.max(shift_start))
        })
        .min()
        .map_or(0.0, |time| f64::from(time.seconds()));
    let mut windows_of_jobs = Vec::with_capacity(day.interventions.len());
    for (index, job) in day.interventions.iter().enumerate().filter(|(index, _)| !settled(*index)) {
        let weight = job.priority.unplanned_weight() as f64
            * if job.inclusion == Inclusion::Mandatory { MANDATORY_FACTOR } else { 1.0 };
        let windows =
            if job.windows.is_empty() { vec![crate::model::TimeWindow::ALL_DAY] } else { job.windows.clone() };
        let group = group_of.last().map_or(0, |g| g + 1);
        // Given by the crew lead to one technician: only they may take it (a technician no
        // longer in the day frees the job).
        let assigned = job.assigned_to.as_ref().and_then(|id| day.technicians.iter().position(|t| &t.id == id));
        for window in windows {
            let (ready, due) = (f64::from(window.start().seconds()), f64::from(window.end().seconds()));
            // An urgent customer is served early in their window unless that costs more driving
            // than the penalty: the whole window (listed first, so that an unplanned job is
            // explained by it) carries the penalty, its first hours do not.
            let early_due = ready.max(day_opens) + URGENT_SPAN_S;
            let split = job.priority <= Priority::Emergency && early_due < due;
            let versions: &[(f64, f64)] =
                if split { &[(due, LATE_URGENT_PENALTY_S), (early_due, 0.0)] } else { &[(due, 0.0)] };
            for &(version_due, penalty) in versions {
                job_intervention.push(Some(index));
                group_of.push(group);
                windows_of_jobs.push((ready, due));
                jobs.push(Job {
                    location: 2 * technicians + index,
                    service: f64::from(job.service_s),
                    ready,
                    due: version_due,
                    demand: 0.0,
                    unplanned_weight: weight,
                    skills: job.skills.iter().map(|s| skill_bit(*s)).fold(0, |a, b| a | b),
                    vehicle: assigned,
                    penalty,
                });
            }
        }
    }
    // Lunch breaks come after the interventions: one job per technician who takes one,
    // reserved to them, taken wherever they are, and never dropped while anything else could be.
    for (t, tech) in day.technicians.iter().enumerate() {
        let taken = replan.is_some_and(|r| r.lunch_taken.contains(&tech.id));
        if let Some(lunch) = tech.shift.lunch.as_ref().filter(|_| !taken) {
            jobs.push(Job {
                location: ANYWHERE,
                service: f64::from(lunch.duration_s),
                ready: f64::from(lunch.window.start().seconds()),
                due: f64::from(lunch.window.end().seconds()),
                demand: 0.0,
                unplanned_weight: BREAK_WEIGHT,
                skills: 0,
                vehicle: Some(t),
                penalty: 0.0,
            });
            windows_of_jobs.push((f64::from(lunch.window.start().seconds()), f64::from(lunch.window.end().seconds())));
            job_intervention.push(None);
            group_of.push(group_of.last().map_or(0, |g| g + 1));
        }
    }
    // Where and when each technician is free: after the job in progress, and after the
    // announced next stop, which is driven to and served first.
    let mut starts = Vec::with_capacity(technicians);
    let mut locked_first = Vec::with_capacity(technicians);
    for (t, tech) in day.technicians.iter().enumerate() {
        let free_at =
            replan.and_then(|r| r.technicians.get(t)).map_or(tech.shift.start, |n| n.free_at.max(tech.shift.start));
        let (mut place, mut clock) = (2 * t, f64::from(free_at.seconds()));
        let mut first = None;
        if let Some(index) = locked[t] {
            let job = &day.interventions[index];
            let job_place = 2 * technicians + index;
            let window = job.windows.first().copied().unwrap_or(crate::model::TimeWindow::ALL_DAY);
            let arrival = clock + time[place * places + job_place];
            let start = arrival.max(f64::from(window.start().seconds()));
            clock = start + f64::from(job.service_s);
            place = job_place;
            first = Some((index, arrival, start, clock));
        }
        starts.push((place, clock));
        locked_first.push(first);
    }
    let vehicles = day
        .technicians
        .iter()
        .enumerate()
        .map(|(t, tech)| {
            let now = replan.and_then(|r| r.technicians.get(t));
            let limits = working_limits(tech, now, starts[t].1);
            // A job pinned last is where the route ends: reached in time to serve it inside its
            // window and still be home in time; the time it takes counts in the day too.
            let (end, after, due) = match locked_last[t] {
                None => (2 * t + 1, 0.0, f64::INFINITY),
                Some(index) => {
                    let job = &day.interventions[index];
                    let job_place = 2 * technicians + index;
                    let due =
                        job.windows.iter().map(|w| f64::from(w.end().seconds())).fold(f64::NEG_INFINITY, f64::max);
                    let due = if job.windows.is_empty() { f64::INFINITY } else { due };
                    (job_place, f64::from(job.service_s) + time[job_place * places + 2 * t + 1], due)
                }
            };
            let latest = |end: f64| (end - after).min(due).max(starts[t].1);
            Vehicle {
                start: starts[t].0,
                end,
                shift_start: starts[t].1,
                shift_end: latest(limits.shift_end),
                regular_end: latest(limits.regular_end),
                max_duration: (limits.max_duration - after).max(0.0),
                capacity: 0.0,
                skills: tech.skills.iter().map(|s| skill_bit(*s)).fold(0, |a, b| a | b),
                max_jobs: tech.shift.max_jobs.map_or(usize::MAX, |m| m as usize),
            }
        })
        .collect();
    let problem = Problem::new(places, time.clone(), time, jobs, vehicles)?
        .with_alternatives(group_of)?
        .with_duration_weight(DURATION_WEIGHT);
    let problem = if plan_anyway { problem.soft() } else { problem };
    Ok(DayProblem {
        problem,
        estimated,
        places,
        job_intervention,
        windows: windows_of_jobs,
        distance_m: distance,
        locked_first,
        locked_last,
        off_road,
    })
}

/// One stop of a technician's plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlannedStop {
    /// Intervention id.
    pub id: String,
    /// Customer.
    pub customer: String,
    /// Arrival on site.
    pub arrival: String,
    /// Start of service (after any wait).
    pub start: String,
    /// End of service.
    pub end: String,
    /// Appointment window, if any.
    pub window: Option<String>,
    /// Minutes waited before the window opened.
    pub wait_min: u32,
    /// Minutes of margin before the window closes: under 15, the stop is at risk.
    pub slack_min: u32,
    /// Minutes after the window closed (only when planning anyway; 0 otherwise).
    pub late_min: u32,
    /// Minutes driven to get there.
    pub travel_min: u32,
    /// True when that drive is a straight-line estimate, not a route.
    pub travel_estimated: bool,
    /// True for the technician's lunch break (not a customer).
    #[serde(default)]
    pub is_break: bool,
    /// Where the stop is (for a break: where the technician is then).
    pub at: crate::road::LatLon,
}

/// A technician's plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TechnicianPlan {
    /// Technician id.
    pub technician: String,
    /// Technician name.
    pub name: String,
    /// Stops in order.
    pub stops: Vec<PlannedStop>,
    /// Leaves the start place (or the job in progress when re-planning).
    #[serde(default)]
    pub departure: String,
    /// Back at the end place.
    pub back_at: String,
    /// Total minutes of driving.
    pub travel_min: u32,
    /// Total kilometres driven (routed or estimated).
    #[serde(default)]
    pub distance_km: f64,
    /// Minutes back after the end of normal hours (only when overtime is allowed).
    #[serde(default)]
    pub overtime_min: u32,
}

/// A job left out and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UnplannedJob {
    /// Intervention id.
    pub id: String,
    /// Customer.
    pub customer: String,
    /// Reason code.
    pub reason: UnplannedReason,
    /// The reason in French.
    pub explanation: String,
    /// For a place off every road: how far it is from the nearest road, in metres (the
    /// interface says it in its own language).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub distance_m: Option<f64>,
}

/// The day's plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DayPlan {
    /// One plan per technician, in the day's order.
    pub technicians: Vec<TechnicianPlan>,
    /// Jobs left out.
    pub unplanned: Vec<UnplannedJob>,
}

/// `HH:MM` of a time in seconds since midnight (past midnight is shown as 24:00).
fn clock(seconds: f64) -> String {
    TimeOfDay::from_seconds(seconds.round().max(0.0) as u32).unwrap_or(TimeOfDay::END_OF_DAY).to_string()
}

/// Whole minutes of a duration in seconds.
fn minutes(seconds: f64) -> u32 {
    (seconds / 60.0).round().max(0.0) as u32
}

/// The coordinates of place `place` of a day's problem: technicians' starts and ends, then interventions.
fn position_of(day: &Day, place: usize) -> crate::road::LatLon {
    let technicians = day.technicians.len();
    match place.checked_sub(2 * technicians) {
        Some(index) => day.interventions[index].location,
        None if place % 2 == 0 => day.technicians[place / 2].shift.start_place,
        None => day.technicians[place / 2].shift.end_place,
    }
}

/// Id, label and window of job `j` of the problem: an intervention, or `tech`'s lunch break.
fn describe(
    day: &Day,
    day_problem: &DayProblem,
    tech: Option<&crate::model::Technician>,
    j: usize,
) -> (String, String, Option<String>) {
    let (ready, due) = day_problem.windows[j];
    let window = (ready > 0.0 || due < 86_400.0).then(|| format!("{}–{}", clock(ready), clock(due)));
    match day_problem.job_intervention[j].map(|index| &day.interventions[index]) {
        Some(intervention) => (intervention.id.clone(), intervention.customer.clone(), window),
        None => (
            format!("pause-{}", tech.map_or("", |t| t.id.as_str())),
            "Pause déjeuner".to_string(),
            tech.and_then(|t| t.shift.lunch).map(|l| l.window.to_string()),
        ),
    }
}

/// A stop the optimiser did not place (the announced next one, or one pinned last):
/// intervention `index`, driven to from place `from`, reached at `arrival` and started at
/// `start`, inside `window` (none: any time).
fn fixed_stop(
    day: &Day,
    day_problem: &DayProblem,
    index: usize,
    from: usize,
    (arrival, start): (f64, f64),
    window: Option<crate::model::TimeWindow>,
) -> PlannedStop {
    let job = &day.interventions[index];
    let place = 2 * day.technicians.len() + index;
    let due = window.map_or(86_400.0, |w| f64::from(w.end().seconds()));
    PlannedStop {
        id: job.id.clone(),
        customer: job.customer.clone(),
        arrival: clock(arrival),
        start: clock(start),
        end: clock(start + f64::from(job.service_s)),
        window: window.map(|w| w.to_string()),
        wait_min: minutes(start - arrival),
        slack_min: minutes(due - start),
        late_min: minutes(start - due),
        travel_min: minutes(day_problem.problem.time(from, place)),
        travel_estimated: day_problem.estimated[from * day_problem.places + place],
        is_break: false,
        at: job.location,
    }
}

/// Arrival times, waits and slack of `solution`, recomputed stop by stop.
pub fn day_plan(day: &Day, day_problem: &DayProblem, solution: &Solution) -> DayPlan {
    let problem = &day_problem.problem;
    let technicians = day
        .technicians
        .iter()
        .zip(&solution.routes)
        .map(|(tech, route)| {
            let vehicle = &problem.vehicles[route.vehicle];
            // A day holding only the lunch break is no day out: nothing is shown.
            let out = route.is_used()
                || day_problem.locked_first[route.vehicle].is_some()
                || day_problem.locked_last[route.vehicle].is_some();
            let jobs: &[usize] = if out { &route.jobs } else { &[] };
            // Leave as late as the plan allows without changing it: waiting at home, not at the
            // customer's door (the route's earliest start of minimum duration).
            let departure =
                if jobs.is_empty() { vehicle.shift_start } else { route.whole().earliest.max(vehicle.shift_start) };
            let (mut place, mut now, mut driving) = (vehicle.start, departure, 0.0);
            let leg_m = |from: usize, to: usize| {
                if from == ANYWHERE || to == ANYWHERE {
                    0.0
                } else {
                    day_problem.distance_m[from * day_problem.places + to]
                }
            };
            let mut metres = 0.0;
            let mut stops = Vec::new();
            if let Some((index, arrival, start, _)) = day_problem.locked_first[route.vehicle] {
                let (from, job_place) = (2 * route.vehicle, 2 * day.technicians.len() + index);
                let window = day.interventions[index].windows.first().copied();
                stops.push(fixed_stop(day, day_problem, index, from, (arrival, start), window));
                driving += problem.time(from, job_place);
                metres += leg_m(from, job_place);
            }
            for &j in jobs {
                let job = &problem.jobs[j];
                let travel = problem.time(place, job.location);
                let arrival = now + travel;
                let start = arrival.max(job.ready);
                let (id, customer, window) = describe(day, day_problem, Some(tech), j);
                stops.push(PlannedStop {
                    id,
                    customer,
                    arrival: clock(arrival),
                    start: clock(start),
                    end: clock(start + job.service),
                    window,
                    wait_min: minutes(start - arrival),
                    slack_min: minutes(day_problem.windows[j].1 - start),
                    late_min: minutes(start - day_problem.windows[j].1),
                    travel_min: minutes(travel),
                    travel_estimated: job.location != ANYWHERE
                        && day_problem.estimated[place * day_problem.places + job.location],
                    is_break: job.location == ANYWHERE,
                    at: position_of(day, if job.location == ANYWHERE { place } else { job.location }),
                });
                driving += travel;
                metres += leg_m(place, job.location);
                now = start + job.service;
                if job.location != ANYWHERE {
                    place = job.location;
                }
            }
            if let Some(index) = day_problem.locked_last[route.vehicle] {
                let job = &day.interventions[index];
                let job_place = 2 * day.technicians.len() + index;
                let travel = problem.time(place, job_place);
                let arrival = now + travel;
                let window = job.windows.iter().find(|w| f64::from(w.end().seconds()) >= arrival).copied();
                let start = arrival.max(window.map_or(0.0, |w| f64::from(w.start().seconds())));
                stops.push(fixed_stop(day, day_problem, index, place, (arrival, start), window));
                driving += travel;
                metres += leg_m(place, job_place);
                now = start + f64::from(job.service_s);
                place = job_place;
            }
            let home_place = 2 * route.vehicle + 1;
            let home = if stops.is_empty() { 0.0 } else { problem.time(place, home_place) };
            if !stops.is_empty() {
                metres += leg_m(place, home_place);
            }
            let back = now + home;
            let overtime = if stops.is_empty() { 0.0 } else { back - f64::from(tech.shift.end.seconds()) };
            TechnicianPlan {
                technician: tech.id.clone(),
                name: tech.name.clone(),
                stops,
                departure: clock(departure),
                back_at: clock(back),
                overtime_min: minutes(overtime),
                travel_min: minutes(driving + home),
                distance_km: (metres / 100.0).round() / 10.0,
            }
        })
        .collect();
    let unplanned = solution
        .unplanned
        .iter()
        .map(|&j| {
            let reason = unplanned_reason(problem, solution, j);
            // A lunch break belongs to its technician; an intervention to nobody yet (none, if the crew is empty).
            let owner = problem.jobs[j].vehicle.map_or(day.technicians.first(), |t| day.technicians.get(t));
            let (id, customer, _) = describe(day, day_problem, owner, j);
            UnplannedJob { id, customer, reason, explanation: reason.to_string(), distance_m: None }
        })
        .chain(day_problem.off_road.iter().map(|&(index, distance_m)| {
            let job = &day.interventions[index];
            UnplannedJob {
                id: job.id.clone(),
                customer: job.customer.clone(),
                reason: UnplannedReason::OffRoad,
                explanation: format!("à {distance_m:.0} m de la route la plus proche : vérifiez ses coordonnées"),
                distance_m: Some(distance_m),
            }
        }))
        .collect();
    DayPlan { technicians, unplanned }
}
