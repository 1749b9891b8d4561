//! Putting removed jobs back into routes: greedy insertion with blinks, to repair a ruined plan
//! (SISR, Christiaens & Vanden Berghe 2020). The first plan's regret insertion is in `regret.rs`.

use super::problem::Problem;
use super::rng::Rng;
use super::route::{is_break, Route, EPSILON};
use super::solution::{Solution, VEHICLE_WEIGHT};
use std::ops::Range;

/// What putting `job` in `route` adds for the vehicle itself: [`VEHICLE_WEIGHT`] when the fleet
/// is minimised and `job` is the route's first visit (a lunch break alone uses no one).
#[inline]
pub(super) fn opening_cost(problem: &Problem, route: &Route, job: usize, count_vehicles: bool) -> f64 {
    if count_vehicles && !route.is_used() && !is_break(problem, job) {
        VEHICLE_WEIGHT
    } else {
        0.0
    }
}

/// The jobs an iteration puts back, in order. Those in `everywhere` are tried in every route
/// (on a large plan, first in the routes near them: see [`NearRoutes`]); the others, jobs
/// already left out before (on a day with many out), only in the routes this iteration
/// changed: the other routes did not take them before and are as they were.
#[derive(Debug)]
pub struct Reinsertion<'a> {
    /// The jobs, in the order they are put back.
    pub jobs: &'a [usize],
    /// The indices in `jobs` of those tried in every route.
    pub everywhere: Range<usize>,
    /// Where the planned jobs are, kept from one iteration to the next.
    pub near: &'a mut NearRoutes,
}

/// Above this many jobs, a job put back is tried first in the routes near it only.
const NEAR_ROUTES_ABOVE: usize = 200;
/// The nearest neighbours of a job whose routes are "near" it.
const NEAR_NEIGHBOURS: usize = 30;

/// On a large plan, the routes worth trying for a job: those holding one of its nearest
/// neighbours, and the empty ones. On 1000 stops a job tried in all of 120 routes spent most
/// of an iteration in routes far away, where it never goes; only when none of the near routes
/// takes it are all tried.
#[derive(Debug, Default)]
pub struct NearRoutes {
    route_of: Vec<usize>,
    mark: Vec<u64>,
    stamp: u64,
}

impl NearRoutes {
    /// Whether `problem` is large enough for near routes.
    fn used_for(problem: &Problem) -> bool {
        problem.jobs.len() > NEAR_ROUTES_ABOVE
    }

    /// Records the route of every job of `solution`.
    fn locate(&mut self, problem: &Problem, solution: &Solution) {
        self.route_of.clear();
        self.route_of.resize(problem.jobs.len(), usize::MAX);
        self.mark.resize(solution.routes.len(), 0);
        for (r, route) in solution.routes.iter().enumerate() {
            for &job in &route.jobs {
                self.route_of[job] = r;
            }
        }
    }

    /// Marks the routes near any job of `job`'s group, forgetting the marks before.
    fn mark_near(&mut self, problem: &Problem, job: usize) {
        self.stamp += 1;
        for &member in &problem.members[problem.group[job]] {
            for &neighbour in problem.neighbours[member].iter().take(NEAR_NEIGHBOURS) {
                if let Some(&r) = self.route_of.get(neighbour as usize).filter(|&&r| r != usize::MAX) {
                    self.mark[r] = self.stamp;
                }
            }
        }
    }

    /// Whether route `r` was marked by the last [`NearRoutes::mark_near`].
    fn is_near(&self, r: usize) -> bool {
        self.mark[r] == self.stamp
    }
}

/// Which routes a job is tried in.
#[derive(Clone, Copy)]
enum Tried<'a> {
    /// Every route.
    All,
    /// The routes marked near it, and the empty ones.
    Near(&'a NearRoutes),
    /// These routes only.
    Only(&'a [usize]),
}

/// The cheapest feasible place for `job` in the routes `only` lists (all routes when `None`):
/// (route, position, added cost). Each empty route of an identical vehicle is tried once only;
/// with `blink_rate` > 0, positions are skipped at random.
fn best_insertion(
    problem: &Problem,
    solution: &Solution,
    job: usize,
    tried: Tried,
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
) -> Option<(usize, usize, f64)> {
    let mut best: Option<(usize, usize, f64)> = None;
    // Classes of empty vehicles already tried (a bit per class; beyond 64 classes, all are tried).
    let mut empty_tried = 0u64;
    let blink = Rng::threshold(blink_rate);
    let only = match tried {
        Tried::Only(routes) => Some(routes),
        Tried::All | Tried::Near(_) => None,
    };
    for k in 0..only.map_or(solution.routes.len(), <[usize]>::len) {
        let r = only.map_or(k, |routes| routes[k]);
        let route = &solution.routes[r];
        if let Tried::Near(near) = tried {
            if !route.jobs.is_empty() && !near.is_near(r) {
                continue;
            }
        }
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
        // of a seed does not depend on the check (on a full day most routes fail it). Apart, so
        // that the loop below tests nothing more than the blink.
        if !route.has_room(problem, job) {
            if blink_rate > 0.0 {
                for _ in 0..=route.jobs.len() {
                    rng.chance(blink);
                }
            }
            continue;
        }
        let here = problem.jobs[job].location;
        let penalty = problem.jobs[job].penalty;
        let full_cost = problem.soft_windows || problem.duration_weight > 0.0;
        let (lefts, rights) = route.summaries();
        for (position, (left, right)) in lefts.iter().zip(rights).enumerate() {
            if blink_rate > 0.0 && rng.chance(blink) {
                continue;
            }
            // The added travel is known before the windows are checked: skip places that cannot win.
            let (before, after) = (left.last, right.first);
            let added = problem.cost(before, here) + problem.cost(here, after) - problem.cost(before, after)
                + opening
                + penalty;
            if best.is_some_and(|(_, _, cost)| added >= cost) {
                continue;
            }
            // Added lateness, duration and overtime count when the problem weighs them (they
            // never make an insertion cheaper, so the travel above stays a lower bound).
            if let Some(full) = route.insertion_cost_between(problem, job, position, left, right) {
                let added = if full_cost { full + opening } else { added };
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
    tried: Tried,
    rng: &mut Rng,
    blink_rate: f64,
    count_vehicles: bool,
) -> Option<(usize, usize, usize, f64)> {
    let mut best: Option<(usize, usize, usize, f64)> = None;
    for &member in &problem.members[problem.group[job]] {
        if let Some((route, position, cost)) =
            best_insertion(problem, solution, member, tried, rng, blink_rate, count_vehicles)
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
    let mut near = NearRoutes::used_for(problem).then_some(reinsertion.near);
    if let Some(near) = near.as_deref_mut() {
        near.locate(problem, solution);
    }
    for (k, &job) in reinsertion.jobs.iter().enumerate() {
        let found = if !reinsertion.everywhere.contains(&k) {
            best_alternative(problem, solution, job, Tried::Only(&touched[..]), rng, blink_rate, count_vehicles)
        } else if let Some(near) = near.as_deref_mut() {
            near.mark_near(problem, job);
            best_alternative(problem, solution, job, Tried::Near(near), rng, blink_rate, count_vehicles)
                .or_else(|| best_alternative(problem, solution, job, Tried::All, rng, blink_rate, count_vehicles))
        } else {
            best_alternative(problem, solution, job, Tried::All, rng, blink_rate, count_vehicles)
        };
        match found {
            Some((job, route, position, _)) => {
                solution.routes[route].insert(problem, job, position);
                if let Some(near) = near.as_deref_mut() {
                    near.route_of[job] = route;
                }
                if !touched.contains(&route) {
                    touched.push(route);
                }
            }
            None => solution.unplanned.push(problem.representative(job)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::check_solution;
    use crate::plan::regret::regret_insertion;
    use crate::plan::test_problems::random_problem;

    #[test]
    fn on_a_large_plan_jobs_go_back_near_their_neighbours_and_anywhere_else_only_if_none_takes_them() {
        let problem = random_problem(3, 240, 40, 12.0, false);
        assert!(NearRoutes::used_for(&problem));
        let mut solution = regret_insertion(&problem, false);
        assert!(solution.unplanned.is_empty());
        let (mut rng, mut near, mut touched) = (Rng::new(1), NearRoutes::default(), Vec::new());
        for job in (0..240).step_by(7) {
            let r = solution.routes.iter().position(|route| route.jobs.contains(&job)).unwrap();
            solution.routes[r].jobs.retain(|&j| j != job);
            solution.routes[r].refresh(&problem);
            touched.clear();
            touched.push(r);
            near.locate(&problem, &solution);
            near.mark_near(&problem, job);
            let near_routes: Vec<usize> = (0..solution.routes.len()).filter(|&r| near.is_near(r)).collect();
            let near_fits = best_alternative(&problem, &solution, job, Tried::Near(&near), &mut rng, 0.0, false);
            let reinsertion = Reinsertion { jobs: &[job], everywhere: 0..1, near: &mut near };
            insert_greedily(&problem, &mut solution, reinsertion, &mut rng, 0.0, false, &mut touched);
            let now = solution.routes.iter().position(|route| route.jobs.contains(&job));
            let now = now.unwrap_or_else(|| panic!("job {job} is put back: the route it left still takes it"));
            if near_fits.is_some() {
                let alone = solution.routes[now].jobs.len() == 1;
                assert!(near_routes.contains(&now) || alone, "job {job} went near its neighbours");
            }
            let report = check_solution(&problem, &solution);
            assert!(report.feasible(), "{:?}", report.violations);
        }
    }
}
