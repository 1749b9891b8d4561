//! Why a job ended up unplanned, worked out after the search from the job and the plan.

use super::problem::Problem;
use super::route::{duration, is_break, Route, EPSILON};
use super::segment::Segment;
use super::solution::Solution;
use crate::model::UnplannedReason;

/// The reason `job` is not in any route of `solution`, in the order a dispatcher would check:
/// skills, then whether it fits an empty day at all (window, capacity, working time, shift), then the job
/// limit; otherwise other jobs took the room: more urgent ones if taking one of them out would
/// let it in, else jobs as urgent as itself (the crew is full).
/// A job with alternative windows is judged over all of them.
pub fn unplanned_reason(problem: &Problem, solution: &Solution, job: usize) -> UnplannedReason {
    if problem.vehicles.is_empty() {
        return UnplannedReason::NoTechnician;
    }
    let j = &problem.jobs[job];
    let allowed: Vec<&Route> =
        solution.routes.iter().filter(|route| j.allowed_for(route.vehicle, &problem.vehicles[route.vehicle])).collect();
    if allowed.is_empty() {
        return UnplannedReason::NoTechnicianWithSkill;
    }
    // A technician who may take no job at all (a limit of none) is no help.
    let able: Vec<&Route> = allowed.into_iter().filter(|route| problem.vehicles[route.vehicle].max_jobs > 0).collect();
    if able.is_empty() {
        return UnplannedReason::MaxJobsReached;
    }
    let mut window_only = true;
    let mut capacity_only = true;
    let mut working_time_only = true;
    for (route, job) in
        able.iter().flat_map(|route| problem.members[problem.group[job]].iter().map(move |&member| (route, member)))
    {
        let j = &problem.jobs[job];
        let vehicle = &problem.vehicles[route.vehicle];
        let alone = Segment::start(problem, route.vehicle)
            .then(&Segment::job(problem, job), problem)
            .then(&Segment::end(problem, route.vehicle), problem);
        if Route::feasible(&alone, problem, route.vehicle) {
            return room_taken_by(problem, &able, problem.members[problem.group[job]].as_slice());
        }
        let heavy = j.demand > vehicle.capacity + EPSILON;
        let arrival = vehicle.shift_start + problem.time(vehicle.start, j.location);
        capacity_only &= heavy;
        window_only &= !heavy && arrival > j.due + EPSILON;
        let long = duration(&alone) > vehicle.max_duration + EPSILON;
        working_time_only &= long && !heavy && alone.time_warp <= EPSILON;
    }
    if capacity_only {
        UnplannedReason::CapacityExceeded
    } else if working_time_only {
        UnplannedReason::MaxWorkingTime
    } else if window_only {
        UnplannedReason::WindowUnreachable
    } else {
        UnplannedReason::ShiftTooShort
    }
}

/// Why a job that fits an empty day is out: every able technician at their job limit, or a
/// more urgent job holding its place (taking one out of a route lets one of `versions`, the
/// job's windows, in), or else the crew's time is full of jobs as urgent as it.
///
/// Complexity: O(r · k · n) for r able routes of n jobs, k of them more urgent.
fn room_taken_by(problem: &Problem, able: &[&Route], versions: &[usize]) -> UnplannedReason {
    if able.iter().all(|r| r.visits() >= problem.vehicles[r.vehicle].max_jobs) {
        return UnplannedReason::MaxJobsReached;
    }
    let weight = problem.jobs[versions[0]].unplanned_weight;
    let mut without = Route::new(problem, 0);
    for route in able {
        for k in 0..route.jobs.len() {
            let other = route.jobs[k];
            if is_break(problem, other) || problem.jobs[other].unplanned_weight <= weight {
                continue;
            }
            without.clone_from(route);
            without.jobs.remove(k);
            without.refresh(problem);
            let fits = versions.iter().any(|&version| {
                without.accepts(problem, version)
                    && (0..=without.jobs.len()).any(|at| without.insertion_cost(problem, version, at).is_some())
            });
            if fits {
                return UnplannedReason::DisplacedByHigherPriority;
            }
        }
    }
    UnplannedReason::CrewFull
}
