//! One ruin-and-recreate search under simulated annealing, as a state that stops and goes on:
//! the single search runs it to its end in one go, parallel searches in epochs, adopting the
//! best plan of all at each epoch's end (`parallel.rs`).

use super::local_search::LocalSearch;
use super::problem::Problem;
use super::recreate::{insert_greedily, NearRoutes, Reinsertion};
use super::regret::regret_insertion;
use super::rng::Rng;
use super::ruin::{ruin, RuinBuffers};
use super::sample::{UnplannedSample, TRY_ALL_UP_TO};
use super::solution::{Cost, Solution};

/// Probability of skipping an insertion position (SISR "blinks"): diversity at little cost.
const BLINK_RATE: f64 = 0.01;

/// On a day with many jobs out, nearly every iteration plans one more at first, so nearly every
/// one is a new best: local search then polishes a new best once in this many iterations at
/// most (it goes over every planned job), and the best plan once more at the end.
const POLISH_GAP_OVERLOADED: u64 = 1000;

/// Temperature scale: the mean travel cost from a job to its nearest neighbour.
fn cost_scale(problem: &Problem) -> f64 {
    let nearest: Vec<f64> = problem
        .neighbours
        .iter()
        .enumerate()
        .filter_map(|(a, list)| {
            list.first().map(|&b| problem.cost(problem.jobs[a].location, problem.jobs[b as usize].location))
        })
        .collect();
    if nearest.is_empty() {
        1.0
    } else {
        (nearest.iter().sum::<f64>() / nearest.len() as f64).max(1e-6)
    }
}

/// Order in which removed jobs are put back (SISR: random, by demand, far first, close first).
fn sort_removed(problem: &Problem, removed: &mut [usize], rng: &mut Rng) {
    let depot = problem.vehicles.first().map_or(0, |v| v.start);
    let distance = |j: usize| problem.cost(depot, problem.jobs[j].location);
    match rng.below(11) {
        0..=3 => {
            for i in (1..removed.len()).rev() {
                removed.swap(i, rng.below(i + 1));
            }
        }
        4..=7 => removed.sort_by(|&a, &b| problem.jobs[b].demand.total_cmp(&problem.jobs[a].demand)),
        8..=9 => removed.sort_by(|&a, &b| distance(b).total_cmp(&distance(a))),
        _ => removed.sort_by(|&a, &b| distance(a).total_cmp(&distance(b))),
    }
}

/// The first plan of every search: regret insertion, then local search. It draws no random
/// number: the same problem always gives the same first plan.
pub fn first_plan(problem: &Problem, count_vehicles: bool) -> Solution {
    first_plan_timed(problem, count_vehicles, &|| 0.0).0
}

/// As [`first_plan`], with the seconds (by `clock`) its first feasible plan took: regret
/// insertion's, before the local search polishes it.
pub fn first_plan_timed(problem: &Problem, count_vehicles: bool, clock: &dyn Fn() -> f64) -> (Solution, f64) {
    let started = clock();
    let mut first = regret_insertion(problem, count_vehicles);
    let feasible_s = clock() - started;
    LocalSearch::default().improve(problem, &mut first, count_vehicles);
    (first, feasible_s)
}

/// A search under way: its random generator, current and best plans, and the buffers its
/// iterations reuse. It holds no reference to the problem: each call is given it, so that a
/// worker may keep a search between two messages.
#[derive(Debug)]
pub struct Search {
    rng: Rng,
    count_vehicles: bool,
    /// Temperatures at the start and at the end of the cooling.
    hot: f64,
    cold: f64,
    current: Solution,
    current_cost: f64,
    best: Solution,
    best_cost: Cost,
    /// The current plan plus this iteration's changes: only the routes an iteration touched
    /// are copied back one way or the other.
    candidate: Solution,
    iterations: u64,
    local_search: LocalSearch,
    buffers: RuinBuffers,
    removed: Vec<usize>,
    touched: Vec<usize>,
    sample: UnplannedSample,
    /// For each removed job, the routes near it (see [`NearRoutes`]).
    near: NearRoutes,
    polished_at: u64,
    best_polished: bool,
    /// The routes of the current plan changed since local search last polished it: a new best
    /// is polished around them only (see `LocalSearch::improve_around`).
    changed: Vec<usize>,
    is_changed: Vec<bool>,
}

impl Search {
    /// A search from `first` (see [`first_plan`]) drawing its random numbers from `seed`.
    pub fn new(problem: &Problem, first: Solution, seed: u64, count_vehicles: bool) -> Search {
        let scale = cost_scale(problem);
        let best_cost = first.cost(problem, count_vehicles);
        let routes = first.routes.len();
        Search {
            rng: Rng::new(seed),
            count_vehicles,
            hot: 10.0 * scale,
            cold: 0.1 * scale,
            current_cost: best_cost.scalar(),
            best: first.clone(),
            candidate: first.clone(),
            current: first,
            best_cost,
            iterations: 0,
            local_search: LocalSearch::default(),
            buffers: RuinBuffers::default(),
            removed: Vec::new(),
            touched: Vec::new(),
            sample: UnplannedSample::default(),
            near: NearRoutes::default(),
            polished_at: 0,
            best_polished: true,
            changed: Vec::new(),
            is_changed: vec![false; routes],
        }
    }

    /// Iterations done.
    pub fn iterations(&self) -> u64 {
        self.iterations
    }

    /// The best plan found so far and its cost.
    pub fn best(&self) -> (&Solution, Cost) {
        (&self.best, self.best_cost)
    }

    /// One iteration: ruin, recreate, accept or not at the temperature of `share` (0 to 1, the
    /// part of the budget used), and keep a new best, polished by local search.
    pub fn iterate(&mut self, problem: &Problem, share: f64) {
        let count_vehicles = self.count_vehicles;
        let (rng, candidate) = (&mut self.rng, &mut self.candidate);
        let temperature = self.hot * (self.cold / self.hot).powf(share);
        ruin(problem, candidate, rng, &mut self.buffers, &mut self.removed, &mut self.touched);
        sort_removed(problem, &mut self.removed, rng);
        // Which jobs left out before are tried again, and in what order: see `UnplannedSample`.
        let everywhere = self.sample.draw(problem, &mut self.removed, &mut candidate.unplanned, rng);
        let reinsertion = Reinsertion { jobs: &self.removed, everywhere, near: &mut self.near };
        insert_greedily(problem, candidate, reinsertion, rng, BLINK_RATE, count_vehicles, &mut self.touched);
        let cost = candidate.cost(problem, count_vehicles);
        let (from, to) = if cost.scalar() < self.current_cost - temperature * rng.unit().max(f64::MIN_POSITIVE).ln() {
            self.current_cost = cost.scalar();
            for &r in &self.touched {
                if !std::mem::replace(&mut self.is_changed[r], true) {
                    self.changed.push(r);
                }
            }
            (&*candidate, &mut self.current)
        } else {
            (&self.current, candidate)
        };
        for &r in &self.touched {
            to.routes[r].clone_from(&from.routes[r]);
        }
        to.unplanned.clone_from(&from.unplanned);
        if self.current_cost < self.best_cost.scalar() {
            self.best_polished = self.current.unplanned.len() <= TRY_ALL_UP_TO
                || self.iterations >= self.polished_at + POLISH_GAP_OVERLOADED;
            if self.best_polished {
                self.polished_at = self.iterations;
                if self.local_search.improve_around(problem, &mut self.current, count_vehicles, &self.changed) {
                    self.current_cost = self.current.cost(problem, count_vehicles).scalar();
                    self.candidate.clone_from(&self.current);
                }
                for r in self.changed.drain(..) {
                    self.is_changed[r] = false;
                }
            }
            self.best.clone_from(&self.current);
            self.best_cost = self.current.cost(problem, count_vehicles);
        }
        self.iterations += 1;
    }

    /// Goes on from `plan` (of cost `cost`), the best another search found: it becomes this
    /// search's current and best plan when it is better than this one's best (and is polished
    /// once more at the end: it may come from an overloaded day's search, unpolished).
    pub fn adopt(&mut self, plan: &Solution, cost: Cost) {
        if cost.scalar() < self.best_cost.scalar() {
            self.current.clone_from(plan);
            self.candidate.clone_from(plan);
            self.best.clone_from(plan);
            self.current_cost = cost.scalar();
            self.best_cost = cost;
            self.best_polished = false;
            // Every route may differ from the plan polished last.
            self.changed = (0..self.current.routes.len()).collect();
            self.is_changed = vec![true; self.current.routes.len()];
        }
    }

    /// Ends the search: the best plan (polished once more if a new best was not), its cost and
    /// the iterations done.
    pub fn finish(mut self, problem: &Problem) -> (Solution, Cost, u64) {
        if !self.best_polished && self.local_search.improve(problem, &mut self.best, self.count_vehicles) {
            self.best_cost = self.best.cost(problem, self.count_vehicles);
        }
        (self.best, self.best_cost, self.iterations)
    }
}
