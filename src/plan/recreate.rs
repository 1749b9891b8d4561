//! Putting jobs back into routes: regret insertion to build a first plan, and greedy
//! insertion with blinks to repair a ruined one (SISR, Christiaens & Vanden Berghe 2020).

use super::problem::Problem;
use super::rng::Rng;
use super::route::{is_break, Route, EPSILON};
use super::solution::{Solution, VEHICLE_WEIGHT};
use std::ops::Range;

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

/// The jobs an iteration puts back, in order. Those in `everywhere` are tried in every route;
/// the others, jobs already left out before (on a day with many out), only in the routes this
/// iteration changed: the other routes did not take them before and are as they were.
#[derive(Debug, Clone)]
pub struct Reinsertion<'a> {
    /// The jobs, in the order they are put back.
    pub jobs: &'a [usize],
    /// The indices in `jobs` of those tried in every route.
    pub everywhere: Range<usize>,
}

/// The cheapest feasible place for `job` in the routes `only` lists (all routes when `None`):
/// (route, position, added cost). Each empty route of an identical vehicle is tried once only;
/// with `blink_rate` > 0, positions are skipped at random.
fn best_insertion(
    problem: &Problem,
    solution: &Solution,
    job: usize,
    only: Option<&[usize]>,
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
) -> Option<(usize, usize, f64)> {
    let mut best: Option<(usize, usize, f64)> = None;
    // Classes of empty vehicles already tried (a bit per class; beyond 64 classes, all are tried).
    let mut empty_tried = 0u64;
    let blink = Rng::threshold(blink_rate);
    for k in 0..only.map_or(solution.routes.len(), <[usize]>::len) {
        let r = only.map_or(k, |routes| routes[k]);
        let route = &solution.routes[r];
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
        // A route without room for the job is not tried, but still draws its blinks: the plan
        // of a seed does not depend on the check (on a full day most routes fail it).
        let room = route.has_room(problem, job);
        let here = problem.jobs[job].location;
        for position in 0..=route.jobs.len() {
            if blink_rate > 0.0 && rng.chance(blink) || !room {
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

/// The cheapest feasible place over all alternatives of `job` in the routes `only` lists (all
/// when `None`): (job chosen, route, position, cost).
fn best_alternative(
    problem: &Problem,
    solution: &Solution,
    job: usize,
    only: Option<&[usize]>,
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
) -> Option<(usize, usize, usize, f64)> {
    let mut best: Option<(usize, usize, usize, f64)> = None;
    for &member in &problem.members[problem.group[job]] {
        if let Some((route, position, cost)) =
            best_insertion(problem, solution, member, only, rng, blink_rate, count_vehicles)
        {
            if best.is_none_or(|(_, _, _, b)| cost < b) {
                best = Some((member, route, position, cost));
            }
        }
    }
    best
}

/// Puts the jobs back one by one, in the given order, each at its cheapest place over its
/// alternatives (skipping positions with probability `blink_rate`); a job with no feasible
/// place stays unplanned (as its group's representative). `touched` holds the routes the ruin
/// changed on entry; the routes that take a job are added to it.
pub fn insert_greedily(
    problem: &Problem,
    solution: &mut Solution,
    reinsertion: Reinsertion,
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
    touched: &mut Vec<usize>,
) {
    for (k, &job) in reinsertion.jobs.iter().enumerate() {
        let only = (!reinsertion.everywhere.contains(&k)).then_some(&touched[..]);
        match best_alternative(problem, solution, job, only, rng, blink_rate, count_vehicles) {
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

/// The cheapest place of `waiting_job`'s group in route `r`: (added cost, job chosen, position).
fn best_in_route(
    problem: &Problem,
    route: &Route,
    waiting_job: usize,
    count_vehicles: bool,
) -> Option<(f64, usize, usize)> {
    problem.members[problem.group[waiting_job]]
        .iter()
        .filter(|&&job| route.accepts(problem, job) && route.has_room(problem, job))
        .flat_map(|&job| {
            let opening = opening_cost(problem, route, job, count_vehicles);
            (0..=route.jobs.len())
                .filter_map(move |p| route.insertion_cost(problem, job, p).map(|c| (c + opening, job, p)))
        })
        .min_by(|a, b| a.0.total_cmp(&b.0))
}

/// Builds a plan from nothing by regret-2 insertion: at each step, the job whose best place
/// is most ahead of its second best goes first (ties: the heaviest unplanned weight).
///
/// Each waiting job's best place in each route is kept from one step to the next: an insertion
/// changes one route, so only that route's places are evaluated again.
/// Complexity: O(n · routes · positions) for the first step, then O(n · (routes + positions))
/// per step.
pub fn regret_insertion(problem: &Problem, count_vehicles: bool) -> Solution {
    let mut solution = Solution::empty(problem);
    let mut waiting: Vec<usize> = std::mem::take(&mut solution.unplanned);
    let routes = solution.routes.len();
    // best[w * routes + r]: the cheapest place of waiting[w] in route r.
    let mut best: Vec<Option<(f64, usize, usize)>> = waiting
        .iter()
        .flat_map(|&job| solution.routes.iter().map(move |route| (route, job)))
        .map(|(route, job)| best_in_route(problem, route, job, count_vehicles))
        .collect();
    while !waiting.is_empty() {
        // (index in waiting, job chosen among the alternatives, route, position, regret)
        let mut chosen: Option<(usize, usize, usize, usize, f64)> = None;
        for index in 0..waiting.len() {
            // The best and second best routes, the earlier route first among equal costs.
            let mut first: Option<(f64, usize, usize, usize)> = None;
            let mut second: Option<f64> = None;
            for (r, place) in best[index * routes..(index + 1) * routes].iter().enumerate() {
                let Some((cost, job, position)) = *place else {
                    continue;
                };
                if first.is_none_or(|(best, ..)| cost.total_cmp(&best).is_lt()) {
                    second = first.map(|(best, ..)| best);
                    first = Some((cost, job, r, position));
                } else if second.is_none_or(|next| cost.total_cmp(&next).is_lt()) {
                    second = Some(cost);
                }
            }
            let Some((first, job, route, position)) = first else {
                continue;
            };
            let regret =
                second.map_or(f64::INFINITY, |second| second - first) + problem.jobs[job].unplanned_weight * 1e-3;
            if chosen.is_none_or(|(_, _, _, _, best)| regret > best) {
                chosen = Some((index, job, route, position, regret));
            }
        }
        let Some((index, job, route, position, _)) = chosen else {
            break;
        };
        waiting.swap_remove(index);
        let last = waiting.len();
        if index < last {
            let (head, tail) = best.split_at_mut(last * routes);
            head[index * routes..(index + 1) * routes].copy_from_slice(&tail[..routes]);
        }
        best.truncate(last * routes);
        solution.routes[route].insert(problem, job, position);
        let changed = &solution.routes[route];
        for (index, &waiting_job) in waiting.iter().enumerate() {
            best[index * routes + route] = best_in_route(problem, changed, waiting_job, count_vehicles);
        }
    }
    solution.unplanned = waiting;
    solution
}
