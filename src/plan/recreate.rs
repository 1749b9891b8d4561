//! Putting jobs back into routes: regret insertion to build a first plan, and greedy
//! insertion with blinks to repair a ruined one (SISR, Christiaens & Vanden Berghe 2020).

use super::problem::Problem;
use super::rng::Rng;
use super::route::{is_break, Route, EPSILON};
use super::solution::{Solution, VEHICLE_WEIGHT};

/// What putting `job` in `route` adds for the vehicle itself: [`VEHICLE_WEIGHT`] when the fleet
/// is minimised and `job` is the route's first visit (a lunch break alone uses no one).
#[inline]
fn opening_cost(problem: &Problem, route: &Route, job: usize, count_vehicles: bool) -> f64 {
    if count_vehicles && !route.is_used() && !is_break(problem, job) {
        VEHICLE_WEIGHT
    } else {
        0.0
    }
}

/// The cheapest feasible place for `job`: (route, position, added cost). Each empty route of
/// an identical vehicle is tried once only; with `blink_rate` > 0, positions are skipped at random.
fn best_insertion(
    problem: &Problem,
    solution: &Solution,
    job: usize,
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
) -> Option<(usize, usize, f64)> {
    let mut best: Option<(usize, usize, f64)> = None;
    // Classes of empty vehicles already tried (a bit per class; beyond 64 classes, all are tried).
    let mut empty_tried = 0u64;
    let blink = Rng::threshold(blink_rate);
    for (r, route) in solution.routes.iter().enumerate() {
        if route.jobs.is_empty() {
            let class = problem.vehicle_class[route.vehicle];
            if class < 64 {
                if empty_tried & (1 << class) != 0 {
                    continue;
                }
                empty_tried |= 1 << class;
            }
        }
        let opening = opening_cost(problem, route, job, count_vehicles);
        let vehicle = &problem.vehicles[route.vehicle];
        if !route.accepts(problem, job) || route.whole().load + problem.jobs[job].demand > vehicle.capacity + EPSILON {
            continue;
        }
        let here = problem.jobs[job].location;
        for position in 0..=route.jobs.len() {
            if blink_rate > 0.0 && rng.chance(blink) {
                continue;
            }
            // The added travel is known before the windows are checked: skip places that cannot win.
            let (before, after) = route.places_around(position);
            let added = problem.cost(before, here) + problem.cost(here, after) - problem.cost(before, after)
                + opening
                + problem.jobs[job].penalty;
            if best.is_some_and(|(_, _, cost)| added >= cost) {
                continue;
            }
            // Added lateness, duration and overtime count when the problem weighs them (they
            // never make an insertion cheaper, so the travel above stays a lower bound).
            if let Some(full) = route.insertion_cost(problem, job, position) {
                let added = if problem.soft_windows || problem.duration_weight > 0.0 { full + opening } else { added };
                if best.is_none_or(|(_, _, cost)| added < cost) {
                    best = Some((r, position, added));
                }
            }
        }
    }
    best
}

/// The cheapest feasible place over all alternatives of `job`: (job chosen, route, position, cost).
fn best_alternative(
    problem: &Problem,
    solution: &Solution,
    job: usize,
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
) -> Option<(usize, usize, usize, f64)> {
    let mut best: Option<(usize, usize, usize, f64)> = None;
    for &member in &problem.members[problem.group[job]] {
        if let Some((route, position, cost)) =
            best_insertion(problem, solution, member, rng, blink_rate, count_vehicles)
        {
            if best.is_none_or(|(_, _, _, b)| cost < b) {
                best = Some((member, route, position, cost));
            }
        }
    }
    best
}

/// Inserts `jobs` one by one, in the given order, each at its cheapest place over its
/// alternatives (skipping positions with probability `blink_rate`); a job with no feasible
/// place stays unplanned (as its group's representative). Adds the routes that changed to `touched`.
pub fn insert_greedily(
    problem: &Problem,
    solution: &mut Solution,
    jobs: &[usize],
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
    touched: &mut Vec<usize>,
) {
    for &job in jobs {
        match best_alternative(problem, solution, job, rng, blink_rate, count_vehicles) {
            Some((job, route, position, _)) => {
                solution.routes[route].insert(problem, job, position);
                if !touched.contains(&route) {
                    touched.push(route);
                }
            }
            None => solution.unplanned.push(problem.representative(job)),
        }
    }
}

/// Builds a plan from nothing by regret-2 insertion: at each step, the job whose best place
/// is most ahead of its second best goes first (ties: the heaviest unplanned weight).
///
/// Complexity: O(n² · positions); used once per solve.
pub fn regret_insertion(problem: &Problem, count_vehicles: bool) -> Solution {
    let mut solution = Solution::empty(problem);
    let mut waiting: Vec<usize> = std::mem::take(&mut solution.unplanned);
    while !waiting.is_empty() {
        // (index in waiting, job chosen among the alternatives, route, position, regret)
        let mut chosen: Option<(usize, usize, usize, usize, f64)> = None;
        for (index, &waiting_job) in waiting.iter().enumerate() {
            let mut per_route: Vec<(f64, usize, usize, usize)> = Vec::new();
            for (r, route) in solution.routes.iter().enumerate() {
                let best = problem.members[problem.group[waiting_job]]
                    .iter()
                    .filter(|&&job| route.accepts(problem, job))
                    .flat_map(|&job| {
                        let opening = opening_cost(problem, route, job, count_vehicles);
                        (0..=route.jobs.len()).filter_map(move |p| {
                            route.insertion_cost(problem, job, p).map(|c| (c + opening, job, r, p))
                        })
                    })
                    .min_by(|a, b| a.0.total_cmp(&b.0));
                per_route.extend(best);
            }
            per_route.sort_by(|a, b| a.0.total_cmp(&b.0));
            let Some(&(first, job, route, position)) = per_route.first() else {
                continue;
            };
            let regret = per_route.get(1).map_or(f64::INFINITY, |second| second.0 - first)
                + problem.jobs[job].unplanned_weight * 1e-3;
            if chosen.is_none_or(|(_, _, _, _, best)| regret > best) {
                chosen = Some((index, job, route, position, regret));
            }
        }
        let Some((index, job, route, position, _)) = chosen else {
            break;
        };
        waiting.swap_remove(index);
        solution.routes[route].insert(problem, job, position);
    }
    solution.unplanned = waiting;
    solution
}
