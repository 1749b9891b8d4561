//! From a solution back to the day's plan: each stop's arrival, start, end, wait and slack,
//! recomputed stop by stop, and the jobs left out with their reason.

use super::DayProblem;
use crate::model::{
    Day, DayPlan, LatLon, PlannedStop, Technician, TechnicianPlan, TimeOfDay, TimeWindow, UnplannedJob, UnplannedReason,
};
use crate::plan::problem::ANYWHERE;
use crate::plan::reasons::unplanned_reason;
use crate::plan::solution::Solution;

/// The clock time `seconds` after midnight, to the minute as a plan shows and stores it (the
/// seconds dropped, as a clock reads; past midnight: 24:00).
fn clock(seconds: f64) -> TimeOfDay {
    let whole_minutes = seconds.round().max(0.0) as u32 / 60 * 60;
    TimeOfDay::from_seconds(whole_minutes).unwrap_or(TimeOfDay::END_OF_DAY)
}

/// Whole minutes of a duration in seconds.
fn minutes(seconds: f64) -> u32 {
    (seconds / 60.0).round().max(0.0) as u32
}

/// The coordinates of place `place` of a day's problem: technicians' starts and ends, then interventions.
fn position_of(day: &Day, place: usize) -> LatLon {
    let technicians = day.technicians.len();
    match place.checked_sub(2 * technicians) {
        Some(index) => day.interventions[index].location,
        None if place % 2 == 0 => day.technicians[place / 2].shift.start_place,
        None => day.technicians[place / 2].shift.end_place,
    }
}

/// What job `j` of the problem stands for: an intervention, or `tech`'s lunch break.
struct Described {
    /// Intervention id, or `pause-<technician id>`.
    id: String,
    /// Customer (empty for a break).
    customer: String,
    /// The customer's window, or the break's.
    window: Option<TimeWindow>,
    /// Whether it is a lunch break.
    is_break: bool,
}

/// Id, customer and window of job `j` of the problem.
fn describe(day: &Day, day_problem: &DayProblem, tech: Option<&Technician>, j: usize) -> Described {
    let (ready, due) = day_problem.windows[j];
    match day_problem.job_intervention[j].map(|index| &day.interventions[index]) {
        Some(intervention) => Described {
            id: intervention.id.clone(),
            customer: intervention.customer.clone(),
            window: (ready > 0.0 || due < 86_400.0).then(|| TimeWindow::new(clock(ready), clock(due)).ok()).flatten(),
            is_break: false,
        },
        None => Described {
            id: format!("pause-{}", tech.map_or("", |t| t.id.as_str())),
            customer: String::new(),
            window: tech.and_then(|t| t.shift.lunch).map(|l| l.window),
            is_break: true,
        },
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
    window: Option<TimeWindow>,
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
        window,
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
    let technicians = day
        .technicians
        .iter()
        .zip(&solution.routes)
        .map(|(tech, route)| technician_plan(day, day_problem, tech, route))
        .collect();
    let problem = &day_problem.problem;
    let unplanned = solution
        .unplanned
        .iter()
        .map(|&j| {
            let reason = if only_grounded_may_take(day_problem, j) {
                UnplannedReason::TechnicianWithoutRoute
            } else {
                unplanned_reason(problem, solution, j)
            };
            // A lunch break belongs to its technician; an intervention to nobody yet (none, if the crew is empty).
            let owner = problem.jobs[j].vehicle.map_or(day.technicians.first(), |t| day.technicians.get(t));
            let described = describe(day, day_problem, owner, j);
            UnplannedJob {
                id: described.id,
                customer: described.customer,
                reason,
                is_break: described.is_break,
                distance_m: None,
            }
        })
        .chain(day_problem.off_road.iter().map(|&(index, distance_m)| {
            let job = &day.interventions[index];
            UnplannedJob {
                id: job.id.clone(),
                customer: job.customer.clone(),
                reason: UnplannedReason::OffRoad,
                is_break: false,
                distance_m: Some(distance_m),
            }
        }))
        .chain(day_problem.cut_off.iter().map(|&(index, reason)| {
            let job = &day.interventions[index];
            UnplannedJob {
                id: job.id.clone(),
                customer: job.customer.clone(),
                reason,
                is_break: false,
                distance_m: None,
            }
        }))
        .collect();
    DayPlan { technicians, unplanned }
}

/// Whether job `j` may be taken only by technicians with no route today (given to one of them,
/// or only they hold its skills): that is why it is out.
fn only_grounded_may_take(day_problem: &DayProblem, j: usize) -> bool {
    let problem = &day_problem.problem;
    let job = &problem.jobs[j];
    let mut allowed =
        problem.vehicles.iter().enumerate().filter(|&(v, vehicle)| job.allowed_for(v, vehicle)).peekable();
    allowed.peek().is_some() && allowed.all(|(v, _)| day_problem.grounded[v].is_some())
}

/// `tech`'s plan along `route`, with the stops kept first and last around it.
fn technician_plan(
    day: &Day,
    day_problem: &DayProblem,
    tech: &Technician,
    route: &crate::plan::route::Route,
) -> TechnicianPlan {
    let problem = &day_problem.problem;
    let vehicle = &problem.vehicles[route.vehicle];
    // A day holding only the lunch break is no day out: nothing is shown.
    let out = route.is_used()
        || day_problem.locked_first[route.vehicle].is_some()
        || day_problem.locked_last[route.vehicle].is_some();
    let jobs: &[usize] = if out { &route.jobs } else { &[] };
    // Leave as late as the plan allows without changing it: waiting at home, not at the
    // customer's door (the route's earliest start of minimum duration).
    let departure = if jobs.is_empty() { vehicle.shift_start } else { route.whole().earliest.max(vehicle.shift_start) };
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
        let described = describe(day, day_problem, Some(tech), j);
        stops.push(PlannedStop {
            id: described.id,
            customer: described.customer,
            arrival: clock(arrival),
            start: clock(start),
            end: clock(start + job.service),
            window: described.window,
            wait_min: minutes(start - arrival),
            slack_min: minutes(day_problem.windows[j].1 - start),
            late_min: minutes(start - day_problem.windows[j].1),
            travel_min: minutes(travel),
            travel_estimated: job.location != ANYWHERE
                && day_problem.estimated[place * day_problem.places + job.location],
            is_break: described.is_break,
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
        departure: Some(clock(departure)),
        back_at: clock(back),
        overtime_min: minutes(overtime),
        travel_min: minutes(driving + home),
        distance_km: (metres / 100.0).round() / 10.0,
        no_route: day_problem.grounded[route.vehicle],
    }
}
