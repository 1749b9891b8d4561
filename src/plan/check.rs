//! The independent checker: recomputes every arrival, window, load and shift limit from scratch,
//! and each route's least duration by a backward pass (the latest departure that changes nothing).
//!
//! Shares no code with the optimiser's O(1) summaries on purpose: a bug there cannot hide
//! here. Every test runs it on every solution.

use super::problem::{Problem, ANYWHERE};
use super::route::EPSILON;

/// What the checker found.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckReport {
    /// Rule breaches, in words (empty when the plan is feasible).
    pub violations: Vec<String>,
    /// Total travel cost recomputed (with the penalties of the alternatives chosen).
    pub cost: f64,
    /// Vehicles that leave home for at least one visit.
    pub vehicles: usize,
    /// Total lateness over all stops (only with soft windows; otherwise a late stop is a breach).
    pub lateness: f64,
    /// Total time from departure to return, each vehicle leaving as late as it can without
    /// coming back later or missing a window kept by the earliest departure.
    pub duration: f64,
    /// Total time back after the end of normal hours.
    pub overtime: f64,
}

impl CheckReport {
    /// Whether every rule is kept.
    pub fn feasible(&self) -> bool {
        self.violations.is_empty()
    }
}

/// Checks a solution of the optimiser (see [`check`]).
pub fn check_solution(problem: &Problem, solution: &super::solution::Solution) -> CheckReport {
    check(problem, &solution.job_lists(), &solution.unplanned)
}

/// Checks `routes` (job indices per vehicle, in vehicle order) and the `unplanned` jobs.
///
/// Complexity: O(jobs + vehicles).
pub fn check(problem: &Problem, routes: &[Vec<usize>], unplanned: &[usize]) -> CheckReport {
    let mut violations = Vec::new();
    // Counted per group of alternatives: exactly one of each group, in a route or unplanned.
    let mut seen = vec![0u32; problem.members.len()];
    let (mut cost, mut vehicles, mut lateness, mut duration, mut overtime) = (0.0, 0, 0.0, 0.0, 0.0);
    // Each stop of the route being checked: (drive to it, latest start, service).
    let mut stops: Vec<(f64, f64, f64)> = Vec::new();
    if routes.len() > problem.vehicles.len() {
        violations.push(format!("{} routes for {} vehicles", routes.len(), problem.vehicles.len()));
    }
    for (v, route) in routes.iter().enumerate().take(problem.vehicles.len()) {
        if route.is_empty() {
            continue;
        }
        let vehicle = &problem.vehicles[v];
        let (mut place, mut clock, mut load) = (vehicle.start, vehicle.shift_start, 0.0);
        stops.clear();
        for &job in route {
            let Some(j) = problem.jobs.get(job) else {
                violations.push(format!("vehicle {v}: unknown job {job}"));
                continue;
            };
            seen[problem.group[job]] += 1;
            if !j.allowed_for(v, vehicle) {
                violations.push(format!("vehicle {v}: job {job} reserved to another or needing a skill it lacks"));
            }
            cost += problem.cost(place, j.location) + j.penalty;
            let drive = problem.time(place, j.location);
            let start = (clock + drive).max(j.ready);
            // A stop already late (soft windows) may not become later.
            stops.push((drive, j.due.max(start), j.service));
            if problem.soft_windows {
                lateness += (start - j.due).max(0.0);
            } else if start > j.due + EPSILON {
                violations.push(format!("vehicle {v}: job {job} started at {start:.2}, after {:.2}", j.due));
            }
            clock = start + j.service;
            load += j.demand;
            // A break is taken where the vehicle is: the next drive starts from the same place.
            if j.location != ANYWHERE {
                place = j.location;
            }
        }
        cost += problem.cost(place, vehicle.end);
        let back = clock + problem.time(place, vehicle.end);
        // Leaving as late as every stop and the return allow: the least duration.
        let mut latest = back - problem.time(place, vehicle.end);
        for &(drive, latest_start, service) in stops.iter().rev() {
            latest = (latest - service).min(latest_start) - drive;
        }
        let away = back - latest.min(vehicle.shift_end).max(vehicle.shift_start);
        duration += away;
        overtime += (back - vehicle.regular_end).max(0.0);
        if away > vehicle.max_duration + EPSILON {
            violations.push(format!("vehicle {v}: {away:.2} from start to return, over {:.2}", vehicle.max_duration));
        }
        if problem.soft_windows {
            lateness += (back - vehicle.shift_end).max(0.0);
        } else if back > vehicle.shift_end + EPSILON {
            violations.push(format!("vehicle {v}: back at {back:.2}, after {:.2}", vehicle.shift_end));
        }
        let visits = route.iter().filter(|&&j| problem.jobs.get(j).is_some_and(|j| j.location != ANYWHERE)).count();
        // A technician whose day holds only their lunch break is not used.
        vehicles += usize::from(visits > 0);
        if visits > vehicle.max_jobs {
            violations.push(format!("vehicle {v}: {visits} jobs for a maximum of {}", vehicle.max_jobs));
        }
        if load > vehicle.capacity + EPSILON {
            violations.push(format!("vehicle {v}: load {load} over {}", vehicle.capacity));
        }
    }
    for &job in unplanned {
        if let Some(count) = problem.group.get(job).and_then(|&g| seen.get_mut(g)) {
            *count += 1;
        }
    }
    for (group, &count) in seen.iter().enumerate() {
        if count != 1 {
            violations.push(format!("job {} present {count} times", problem.members[group][0]));
        }
    }
    CheckReport { violations, cost, vehicles, lateness, duration, overtime }
}
