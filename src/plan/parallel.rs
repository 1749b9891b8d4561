//! Several searches at once, sharing the best plan, and still reproducible for a seed and a
//! number of workers.
//!
//! Search `k` draws its random numbers from a seed derived from the seed and `k` (search 0
//! from the seed itself: one worker is exactly the single search). The searches run in
//! [`EPOCHS`] epochs; at each epoch's end every search whose best plan is worse than the best
//! of all adopts it (the lowest cost, a tie going to the lowest `k`). What each search does thus
//! depends on its seed and on the plans exchanged, never on which thread ran faster: with an
//! iteration budget the epochs end at fixed iterations and the plan is the same on every run.
//! With a time limit alone they end at fixed shares of the time (the plan then depends on the
//! clock, as a single search's does).

use super::problem::Problem;
use super::route::Route;
use super::search::Search;
pub use super::search::{first_plan, first_plan_timed};
use super::solution::{Cost, Solution};
#[cfg(not(target_arch = "wasm32"))]
use super::solve::Solved;
use super::solve::{run, Pause, Progress, SolveOptions};
use serde::{Deserialize, Serialize};

/// Epochs in a budget: the searches exchange their best plan this many times.
pub const EPOCHS: u64 = 20;

/// The seed of search `worker` among parallel searches seeded with `seed`: `seed` itself for
/// the first, so that one worker repeats the single search.
pub fn worker_seed(seed: u64, worker: usize) -> u64 {
    seed ^ (worker as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// Where epoch `epoch` (counted from 1) of a search under `options` ends: at a fixed
/// iteration with an iteration budget, else at a fixed share of the time limit.
pub(super) fn epoch_end(options: &SolveOptions, epoch: u64) -> Pause {
    match (options.max_iterations, options.time_limit_s) {
        (Some(max), _) => Pause::AtIteration((max * epoch).div_ceil(EPOCHS)),
        (None, Some(limit)) => Pause::AtSecond(limit * epoch as f64 / EPOCHS as f64),
        (None, None) => Pause::Never,
    }
}

/// Which of `costs` (each [`Cost::scalar`]) is the best: the lowest, a tie going to the first.
pub fn best_of(costs: impl IntoIterator<Item = f64>) -> usize {
    let mut best: Option<(usize, f64)> = None;
    for (k, cost) in costs.into_iter().enumerate() {
        if best.is_none_or(|(_, lowest)| cost < lowest) {
            best = Some((k, cost));
        }
    }
    best.map_or(0, |(k, _)| k)
}

/// One of the parallel searches, run epoch by epoch: natively in a thread, in the browser in a
/// Web Worker of its own (workers share no memory and cannot wait for one another: each epoch
/// is one message).
#[derive(Debug)]
pub struct EpochSearch {
    search: Search,
    options: SolveOptions,
    /// When the searches started, on their clock.
    started: f64,
    /// Epochs begun.
    epoch: u64,
}

impl EpochSearch {
    /// Search `worker` of those run under `options`, from `first` (see [`first_plan`]), its time
    /// counted from `started`.
    pub fn new(problem: &Problem, first: Solution, options: SolveOptions, worker: usize, started: f64) -> EpochSearch {
        let search = Search::new(problem, first, worker_seed(options.seed, worker), options.minimise_vehicles);
        EpochSearch { search, options, started, epoch: 0 }
    }

    /// Runs the next epoch; `progress` and `cancelled` as for [`super::solve()`].
    /// Returns: true when the budget is spent (or the search cancelled).
    pub fn run_epoch(
        &mut self,
        problem: &Problem,
        clock: &dyn Fn() -> f64,
        progress: &mut dyn FnMut(Progress),
        cancelled: &dyn Fn() -> bool,
    ) -> bool {
        self.epoch += 1;
        let pause = epoch_end(&self.options, self.epoch);
        run(&mut self.search, problem, &self.options, (clock, self.started), pause, progress, cancelled)
    }

    /// Iterations done.
    pub fn iterations(&self) -> u64 {
        self.search.iterations()
    }

    /// The best plan found so far and its cost.
    pub fn best(&self) -> (&Solution, Cost) {
        self.search.best()
    }

    /// Goes on from `plan`, the best of all at an epoch's end, if it is better than this
    /// search's best.
    pub fn adopt(&mut self, plan: &Solution, cost: Cost) {
        self.search.adopt(plan, cost);
    }

    /// Ends the search: its best plan (polished), its cost and its iterations.
    pub fn finish(self, problem: &Problem) -> (Solution, Cost, u64) {
        self.search.finish(problem)
    }
}

/// A plan as it travels between workers: the jobs of each route and the jobs left out, in
/// their order (the next iterations depend on it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedPlan {
    /// The jobs of each route, in vehicle order.
    pub routes: Vec<Vec<usize>>,
    /// The jobs left out.
    pub unplanned: Vec<usize>,
}

impl SharedPlan {
    /// The plan of `solution`.
    pub fn of(solution: &Solution) -> SharedPlan {
        SharedPlan { routes: solution.job_lists(), unplanned: solution.unplanned.clone() }
    }

    /// The solution of this plan for `problem` (the one it was found for), with every route's
    /// summaries computed afresh.
    pub fn solution(&self, problem: &Problem) -> Solution {
        let routes = (self.routes.iter().enumerate())
            .map(|(vehicle, jobs)| {
                let mut route = Route::new(problem, vehicle);
                route.jobs.clone_from(jobs);
                route.refresh(problem);
                route
            })
            .collect();
        Solution { routes, unplanned: self.unplanned.clone() }
    }
}

/// Every search worse than the best of all adopts its plan; returns which search that is.
#[cfg(not(target_arch = "wasm32"))]
fn exchange(searches: &mut [EpochSearch]) -> usize {
    let winner = best_of(searches.iter().map(|search| search.best().1.scalar()));
    let (plan, cost) = {
        let (plan, cost) = searches[winner].best();
        (plan.clone(), cost)
    };
    for search in searches {
        search.adopt(&plan, cost);
    }
    winner
}

/// As [`super::solve()`], with `workers` searches in as many threads (at least one), sharing
/// their best plan at each epoch's end (see the module's documentation).
///
/// `progress` is called at each epoch's end, with the iterations of all the searches;
/// `cancelled` is polled by every search as often as by the single one.
/// Returns: the best plan of the last exchange, polished, with the iterations of all the searches.
#[cfg(not(target_arch = "wasm32"))]
pub fn solve_parallel(
    problem: &Problem,
    options: SolveOptions,
    workers: usize,
    clock: &(dyn Fn() -> f64 + Sync),
    progress: &mut dyn FnMut(Progress),
    cancelled: &(dyn Fn() -> bool + Sync),
) -> Solved {
    let started = clock();
    let (first, feasible_s) = first_plan_timed(problem, options.minimise_vehicles, clock);
    let construction = first.cost(problem, options.minimise_vehicles);
    let construction_s = clock() - started;
    let mut searches: Vec<EpochSearch> =
        (0..workers.max(1)).map(|k| EpochSearch::new(problem, first.clone(), options, k, started)).collect();
    let winner = loop {
        let over = in_threads(&mut searches, |search| search.run_epoch(problem, clock, &mut |_| {}, cancelled));
        let winner = exchange(&mut searches);
        let iterations = searches.iter().map(EpochSearch::iterations).sum();
        let share = (searches[0].epoch as f64 / EPOCHS as f64).min(1.0);
        progress(Progress { iterations, share, best: searches[winner].best().1 });
        if over.into_iter().any(|over| over) || cancelled() {
            break winner;
        }
    };
    let iterations = searches.iter().map(EpochSearch::iterations).sum();
    let (solution, cost, _) = searches.swap_remove(winner).finish(problem);
    progress(Progress { iterations, share: 1.0, best: cost });
    Solved { solution, cost, iterations, construction, construction_s, feasible_s }
}

/// `work` on each item, the first on this thread and each other on a thread of its own; the
/// results in the items' order.
#[cfg(not(target_arch = "wasm32"))]
fn in_threads<T: Send, R: Send>(items: &mut [T], work: impl Fn(&mut T) -> R + Sync) -> Vec<R> {
    let Some((first, others)) = items.split_first_mut() else { return Vec::new() };
    std::thread::scope(|scope| {
        let work = &work;
        let handles: Vec<_> = others.iter_mut().map(|item| scope.spawn(move || work(item))).collect();
        let mut results = vec![work(first)];
        results.extend(handles.into_iter().map(|handle| handle.join().expect("a search does not panic")));
        results
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::check_solution;
    use crate::plan::solve;
    use crate::plan::test_problems::random_problem;

    fn options(seed: u64, iterations: u64) -> SolveOptions {
        SolveOptions { seed, max_iterations: Some(iterations), time_limit_s: None, minimise_vehicles: false }
    }

    fn parallel(problem: &Problem, options: SolveOptions, workers: usize) -> Solved {
        solve_parallel(problem, options, workers, &|| 0.0, &mut |_| {}, &|| false)
    }

    #[test]
    fn one_worker_is_the_single_search() {
        for (seed, jobs, vehicles) in [(3, 60, 4), (8, 150, 2)] {
            let problem = random_problem(seed, jobs, vehicles, 1e9, false);
            let single = solve(&problem, options(seed, 3000), &|| 0.0, &mut |_| {}, &|| false);
            let one = parallel(&problem, options(seed, 3000), 1);
            assert_eq!(one.solution.job_lists(), single.solution.job_lists(), "seed {seed}");
            assert_eq!(one.solution.unplanned, single.solution.unplanned);
            assert_eq!((one.cost, one.iterations), (single.cost, single.iterations));
        }
    }

    #[test]
    fn the_same_seed_and_workers_give_the_same_feasible_plan_and_the_workers_share_it() {
        // An overloaded day (most jobs stay out) and an ordinary one.
        for (seed, jobs, vehicles) in [(5, 80, 5), (11, 200, 2)] {
            let problem = random_problem(seed, jobs, vehicles, 1e9, false);
            let runs: Vec<Solved> = (0..2).map(|_| parallel(&problem, options(seed, 4000), 3)).collect();
            assert_eq!(runs[0].solution.job_lists(), runs[1].solution.job_lists(), "seed {seed}");
            assert_eq!(runs[0].solution.unplanned, runs[1].solution.unplanned);
            assert_eq!(runs[0].cost, runs[1].cost);
            assert_eq!(runs[0].iterations, 3 * 4000, "each worker runs the whole budget");
            let report = check_solution(&problem, &runs[0].solution);
            assert!(report.feasible(), "{:?}", report.violations);
            let single = solve(&problem, options(seed, 4000), &|| 0.0, &mut |_| {}, &|| false);
            assert!(runs[0].cost.scalar() <= single.cost.scalar(), "three searches sharing do no worse than one");
        }
    }

    #[test]
    fn at_an_epochs_end_every_search_takes_the_best_plan_of_all() {
        let problem = random_problem(2, 100, 3, 1e9, false);
        let first = first_plan(&problem, false);
        let mut searches: Vec<EpochSearch> =
            (0..3).map(|k| EpochSearch::new(&problem, first.clone(), options(1, 6000), k, 0.0)).collect();
        for search in &mut searches {
            search.run_epoch(&problem, &|| 0.0, &mut |_| {}, &|| false);
            assert_eq!(search.iterations(), 300, "an epoch is a twentieth of the budget");
        }
        let costs: Vec<f64> = searches.iter().map(|search| search.best().1.scalar()).collect();
        assert!(costs.iter().any(|&cost| cost != costs[0]), "different seeds, different plans: {costs:?}");
        let lowest = costs.iter().copied().fold(f64::INFINITY, f64::min);
        let winner = costs.iter().position(|&cost| cost == lowest).unwrap();
        let plan = searches[winner].best().0.job_lists();
        assert_eq!(exchange(&mut searches), winner);
        for search in &searches {
            assert_eq!((search.best().1.scalar(), search.best().0.job_lists()), (lowest, plan.clone()));
        }
    }

    #[test]
    fn a_plan_travels_as_its_job_lists_and_comes_back_with_the_same_cost() {
        let problem = random_problem(4, 120, 2, 1e9, true);
        let solved = solve(&problem, options(4, 1000), &|| 0.0, &mut |_| {}, &|| false);
        let shared = SharedPlan::of(&solved.solution);
        assert!(!shared.unplanned.is_empty(), "an overloaded day");
        let json = serde_json::to_string(&shared).unwrap();
        let back = serde_json::from_str::<SharedPlan>(&json).unwrap().solution(&problem);
        assert_eq!((back.job_lists(), &back.unplanned), (solved.solution.job_lists(), &solved.solution.unplanned));
        assert_eq!(back.cost(&problem, false), solved.cost);
    }

    #[test]
    fn epochs_end_at_fixed_iterations_or_shares_of_the_time() {
        let by_iterations = options(1, 1000);
        assert_eq!(epoch_end(&by_iterations, 1), Pause::AtIteration(50));
        assert_eq!(epoch_end(&by_iterations, EPOCHS), Pause::AtIteration(1000));
        let by_time = SolveOptions { max_iterations: None, time_limit_s: Some(2.0), ..by_iterations };
        assert_eq!(epoch_end(&by_time, 5), Pause::AtSecond(0.5));
        assert_eq!(worker_seed(7, 0), 7);
        assert_ne!(worker_seed(7, 1), worker_seed(7, 2));
    }

    #[test]
    fn the_best_is_the_lowest_cost_and_a_tie_goes_to_the_first() {
        assert_eq!(best_of([5.0, 3.0, 3.0, 4.0]), 1);
        assert_eq!(best_of([2.0]), 0);
    }
}
