//! Putting jobs back into routes: regret insertion to build a first plan, and greedy
//! insertion with blinks to repair a ruined one (SISR, Christiaens & Vanden Berghe 2020).

use super::problem::{Problem, ANYWHERE};
use super::route::EPSILON;
use super::rng::Rng;
use super::solution::Solution;

/// Added objective when a job goes into a vehicle that was staying home and the fleet is minimised.
const NEW_VEHICLE_COST: f64 = 1e6;

/// The cheapest feasible place for `job`: (route, position, added cost). Each empty route of
/// an identical vehicle is tried once only; with `blink_rate` > 0, positions are skipped at random.
fn best_insertion(problem: &Problem, solution: &Solution, job: usize, rng: &mut Rng, blink_rate: f64, count_vehicles: bool) -> Option<(usize, usize, f64)> {
    let mut best: Option<(usize, usize, f64)> = None;
    // Classes of empty vehicles already tried (a bit per class; beyond 64 classes, all are tried).
    let mut empty_tried = 0u64;
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
        let opening = if route.jobs.is_empty() && count_vehicles { NEW_VEHICLE_COST } else { 0.0 };
        let vehicle = &problem.vehicles[route.vehicle];
        if !route.accepts(problem, job) || route.whole().load + problem.jobs[job].demand > vehicle.capacity + EPSILON {
            continue;
        }
        let here = problem.jobs[job].location;
        for position in 0..=route.jobs.len() {
            if blink_rate > 0.0 && rng.unit() < blink_rate {
                continue;
            }
            // The added travel is known before the windows are checked: skip places that cannot win.
            let before = route.jobs[..position].iter().rev().map(|&j| problem.jobs[j].location).find(|&p| p != ANYWHERE).unwrap_or(vehicle.start);
            let after = route.jobs[position..].iter().map(|&j| problem.jobs[j].location).find(|&p| p != ANYWHERE).unwrap_or(vehicle.end);
            let added = problem.cost(before, here) + problem.cost(here, after) - problem.cost(before, after) + opening;
            if best.is_some_and(|(_, _, cost)| added >= cost) {
                continue;
            }
            if route.insertion_cost(problem, job, position).is_some() {
                best = Some((r, position, added));
            }
        }
    }
    best
}

/// Inserts `jobs` one by one, in the given order, each at its cheapest place (skipping
/// positions with probability `blink_rate`); jobs with no feasible place stay unplanned.
/// Adds the routes that changed to `touched`.
pub fn insert_greedily(problem: &Problem, solution: &mut Solution, jobs: &[usize], rng: &mut Rng, blink_rate: f64, count_vehicles: bool, touched: &mut Vec<usize>) {
    for &job in jobs {
        match best_insertion(problem, solution, job, rng, blink_rate, count_vehicles) {
            Some((route, position, _)) => {
                solution.routes[route].insert(problem, job, position);
                if !touched.contains(&route) {
                    touched.push(route);
                }
            }
            None => solution.unplanned.push(job),
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
        let mut chosen: Option<(usize, usize, usize, f64)> = None; // (index in waiting, route, position, regret)
        for (index, &job) in waiting.iter().enumerate() {
            let mut per_route: Vec<(f64, usize, usize)> = Vec::new();
            for (r, route) in solution.routes.iter().enumerate().filter(|(_, route)| route.accepts(problem, job)) {
                let opening = if route.jobs.is_empty() && count_vehicles { NEW_VEHICLE_COST } else { 0.0 };
                let best = (0..=route.jobs.len())
                    .filter_map(|p| route.insertion_cost(problem, job, p).map(|c| (c + opening, r, p)))
                    .min_by(|a, b| a.0.total_cmp(&b.0));
                per_route.extend(best);
            }
            per_route.sort_by(|a, b| a.0.total_cmp(&b.0));
            let Some(&(first, route, position)) = per_route.first() else { continue };
            let regret = per_route.get(1).map_or(f64::INFINITY, |second| second.0 - first) + problem.jobs[job].unplanned_weight * 1e-3;
            if chosen.is_none_or(|(_, _, _, best)| regret > best) {
                chosen = Some((index, route, position, regret));
            }
        }
        let Some((index, route, position, _)) = chosen else { break };
        let job = waiting.swap_remove(index);
        solution.routes[route].insert(problem, job, position);
    }
    solution.unplanned = waiting;
    solution
}
