//! Why a job ended up unplanned, worked out after the search from the job and the plan.

use super::problem::Problem;
use super::route::{duration, Route, EPSILON};
use super::segment::Segment;
use super::solution::Solution;
use crate::model::UnplannedReason;

/// The reason `job` is not in any route of `solution`, in the order a dispatcher would check:
/// skills, then whether it fits an empty day at all (window, capacity, working time, shift), then the job
/// limit, and otherwise other jobs took the room.
/// A job with alternative windows is judged over all of them.
pub fn unplanned_reason(problem: &Problem, solution: &Solution, job: usize) -> UnplannedReason {
    if problem.vehicles.is_empty() {
        return UnplannedReason::NoTechnician;
    }
    let j = &problem.jobs[job];
    let able: Vec<&Route> =
        solution.routes.iter().filter(|route| j.allowed_for(route.vehicle, &problem.vehicles[route.vehicle])).collect();
    if able.is_empty() {
        return UnplannedReason::NoTechnicianWithSkill;
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
            let full = able.iter().all(|r| r.jobs.len() >= problem.vehicles[r.vehicle].max_jobs);
            return if full { UnplannedReason::MaxJobsReached } else { UnplannedReason::DisplacedByHigherPriority };
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
