//! From a technician's day (the app's model) to the optimiser's problem, and back to a plan
//! with arrival times, waits and slack per stop.
//!
//! The bridge works in steps, one file each: [`travel`](travel) (the places and the legs between
//! them), [`locks`](locks) (stops kept first, last, or left out), [`jobs`](jobs) (one job per
//! window, then the lunch breaks), [`vehicles`](vehicles) (each technician's start, end and
//! limits), and [`day_plan()`] back from a solution to the day's plan.

mod day_plan;
mod jobs;
mod locks;
mod situation;
mod travel;
mod vehicles;

pub use day_plan::day_plan;
pub use situation::{Replan, TechnicianNow};
pub use travel::DayPlace;

use super::problem::{Problem, ProblemError};
use crate::model::{Day, NoRoute, Skill, UnplannedReason};
use crate::road::Router;
use thiserror::Error;

/// The most interventions one day may hold. The optimiser's tables hold every pair of places
/// (the travel matrix, its routed legs, the problem's times and costs), so memory and the
/// matrix's routing grow with the square of the stops: this bound keeps a phone's worker within
/// what was measured to work (see BENCHMARKS.md, « Import limits »).
pub const MAX_DAY_INTERVENTIONS: usize = 1_500;

/// Weight of a second of a technician's day (departure to return) and of overtime against a
/// second of driving: small, so that driving comes first, then waiting and overtime.
const DURATION_WEIGHT: f64 = 0.01;

/// Why a day cannot be turned into a problem.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum DayProblemError {
    /// The data make an impossible problem.
    #[error(transparent)]
    Problem(#[from] ProblemError),
    /// More interventions than [`MAX_DAY_INTERVENTIONS`].
    #[error("{count} interventions in the day, the planner holds at most {max}")]
    TooManyInterventions {
        /// Interventions in the day.
        count: usize,
        /// [`MAX_DAY_INTERVENTIONS`].
        max: usize,
    },
    /// Two roads cannot be joined on that date between two places.
    #[error("no route from {:?} to {:?} on that date", from.name(), to.name())]
    Unreachable {
        /// Departure place.
        from: DayPlace,
        /// Destination place.
        to: DayPlace,
        /// Whether the roads closed by the technicians cut it (a road joins them without those).
        by_closure: bool,
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
    /// Interventions left out because no road joins them to the crew: (intervention,
    /// [`UnplannedReason::ClosedRoad`] or [`UnplannedReason::NoRoad`]).
    pub cut_off: Vec<(usize, UnplannedReason)>,
    /// For each technician, why they get no route, if they get none (a place of theirs off every
    /// road or not joined to the crew): their vehicle takes no job, and they have no lunch break
    /// to place.
    pub grounded: Vec<Option<NoRoute>>,
    /// For each technician, the stop already promised as next when re-planning:
    /// (intervention, arrival, start, end).
    pub locked_first: Vec<Option<(usize, f64, f64, f64)>>,
}

/// The bits of `skills` in the problem's masks.
fn skill_mask(skills: &[Skill]) -> u64 {
    skills
        .iter()
        .map(|skill| 1 << Skill::ALL.iter().position(|s| s == skill).expect("every skill is listed"))
        .fold(0, |mask, bit| mask | bit)
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
    let travel = travel::travel(day, router, replan)?;
    let left_out: Vec<(usize, f64)> =
        travel.off_road.iter().copied().chain(travel.cut_off.iter().map(|&(index, _)| (index, 0.0))).collect();
    let locks = locks::locks(day, replan, &left_out, &travel.grounded);
    let jobs = jobs::day_jobs(day, replan, &locks, &travel.grounded);
    let (vehicles, locked_first) = vehicles::vehicles(day, replan, &locks, &travel);
    let problem = Problem::new(travel.places, travel.time.clone(), travel.time, jobs.jobs, vehicles)?
        .with_alternatives(jobs.group)?
        .with_duration_weight(DURATION_WEIGHT);
    Ok(DayProblem {
        problem: if plan_anyway { problem.soft() } else { problem },
        estimated: travel.estimated,
        distance_m: travel.distance_m,
        places: travel.places,
        job_intervention: jobs.intervention,
        windows: jobs.window,
        locked_last: locks.last,
        off_road: travel.off_road,
        cut_off: travel.cut_off,
        grounded: travel.grounded,
        locked_first,
    })
}
