//! The anytime driver: ruin and recreate under simulated annealing, best plan kept at every moment.

use super::local_search::LocalSearch;
use super::problem::Problem;
use super::recreate::{insert_greedily, regret_insertion, NearRoutes, Reinsertion};
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

/// How long and how to search.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SolveOptions {
    /// Seed: the same problem, seed and iteration budget give the same plan.
    pub seed: u64,
    /// Stop after this many ruin-and-recreate iterations.
    pub max_iterations: Option<u64>,
    /// Stop after this many seconds of the given clock.
    pub time_limit_s: Option<f64>,
    /// Minimise the number of vehicles before travel (crews, Solomon's classic objective).
    pub minimise_vehicles: bool,
}

/// Where the search stands, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Progress {
    /// Iterations done.
    pub iterations: u64,
    /// Share of the budget used, 0 to 1.
    pub share: f64,
    /// Cost of the best plan so far.
    pub best: Cost,
}

/// The outcome of a search.
#[derive(Debug, Clone)]
pub struct Solved {
    /// The best plan found.
    pub solution: Solution,
    /// Its cost.
    pub cost: Cost,
    /// Iterations done.
    pub iterations: u64,
    /// Cost of the first plan (regret insertion, then local search), for comparison.
    pub construction: Cost,
    /// Seconds the first plan took.
    pub construction_s: f64,
}

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

/// Searches for the best plan within the budget.
///
/// Arguments: `clock()` in seconds (any origin; `Instant` natively, `performance.now()/1000`
/// in the browser), `progress` called about every 1,000 iterations, `cancelled()` polled as
/// often: the best plan so far is returned at once when it says so.
/// Returns: the best plan, never worse than the construction.
pub fn solve(
    problem: &Problem,
    options: SolveOptions,
    clock: &dyn Fn() -> f64,
    progress: &mut dyn FnMut(Progress),
    cancelled: &dyn Fn() -> bool,
) -> Solved {
    solve_showing_first(problem, options, clock, &mut |_| {}, progress, cancelled)
}

/// As [`solve`], and gives `first` the first feasible plan as soon as it is built, before the
/// search: a screen can show it while the search improves it.
pub fn solve_showing_first(
    problem: &Problem,
    options: SolveOptions,
    clock: &dyn Fn() -> f64,
    first: &mut dyn FnMut(&Solution),
    progress: &mut dyn FnMut(Progress),
    cancelled: &dyn Fn() -> bool,
) -> Solved {
    let started = clock();
    let mut rng = Rng::new(options.seed);
    let count_vehicles = options.minimise_vehicles;
    let mut current = regret_insertion(problem, count_vehicles);
    let mut local_search = LocalSearch::default();
    local_search.improve(problem, &mut current, count_vehicles);
    let construction = current.cost(problem, count_vehicles);
    let construction_s = clock() - started;
    first(&current);
    let mut current_cost = construction.scalar();
    let (mut best, mut best_cost) = (current.clone(), construction);
    let scale = cost_scale(problem);
    let (hot, cold) = (10.0 * scale, 0.1 * scale);
    let mut iterations = 0u64;
    // The candidate is the current plan plus this iteration's changes: only the routes an
    // iteration touched are copied back one way or the other.
    let mut candidate = current.clone();
    let (mut buffers, mut removed, mut touched) = (RuinBuffers::default(), Vec::new(), Vec::new());
    let (mut sample, mut near) = (UnplannedSample::default(), NearRoutes::default());
    let (mut polished_at, mut best_polished) = (0u64, true);
    // The routes of the current plan changed since local search last polished it: a new best
    // is polished around them only (see `LocalSearch::improve_around`).
    let (mut changed, mut is_changed) = (Vec::new(), vec![false; current.routes.len()]);
    loop {
        // With an iteration budget the cooling follows the iterations, so the plan depends on
        // the seed alone; a time limit given as well only stops a search that runs too long.
        let share = match (options.max_iterations, options.time_limit_s) {
            (Some(max), _) if iterations >= max => break,
            (_, Some(limit)) if iterations % 64 == 0 && clock() - started >= limit => break,
            (Some(max), _) => iterations as f64 / max as f64,
            (None, Some(limit)) => ((clock() - started) / limit).min(1.0),
            (None, None) => break,
        };
        if iterations % 1000 == 0 {
            progress(Progress { iterations, share, best: best_cost });
            if cancelled() {
                break;
            }
        }
        let temperature = hot * (cold / hot).powf(share);
        ruin(problem, &mut candidate, &mut rng, &mut buffers, &mut removed, &mut touched);
        sort_removed(problem, &mut removed, &mut rng);
        // Which jobs left out before are tried again, and in what order: see `UnplannedSample`.
        let everywhere = sample.draw(problem, &mut removed, &mut candidate.unplanned, &mut rng);
        let reinsertion = Reinsertion { jobs: &removed, everywhere, near: &mut near };
        insert_greedily(problem, &mut candidate, reinsertion, &mut rng, BLINK_RATE, count_vehicles, &mut touched);
        let cost = candidate.cost(problem, count_vehicles);
        let (from, to) = if cost.scalar() < current_cost - temperature * rng.unit().max(f64::MIN_POSITIVE).ln() {
            current_cost = cost.scalar();
            for &r in &touched {
                if !std::mem::replace(&mut is_changed[r], true) {
                    changed.push(r);
                }
            }
            (&candidate, &mut current)
        } else {
            (&current, &mut candidate)
        };
        for &r in &touched {
            to.routes[r].clone_from(&from.routes[r]);
        }
        to.unplanned.clone_from(&from.unplanned);
        if current_cost < best_cost.scalar() {
            best_polished =
                current.unplanned.len() <= TRY_ALL_UP_TO || iterations >= polished_at + POLISH_GAP_OVERLOADED;
            if best_polished {
                polished_at = iterations;
                if local_search.improve_around(problem, &mut current, count_vehicles, &changed) {
                    current_cost = current.cost(problem, count_vehicles).scalar();
                    candidate.clone_from(&current);
                }
                for r in changed.drain(..) {
                    is_changed[r] = false;
                }
            }
            best.clone_from(&current);
            best_cost = current.cost(problem, count_vehicles);
        }
        iterations += 1;
    }
    if !best_polished && local_search.improve(problem, &mut best, count_vehicles) {
        best_cost = best.cost(problem, count_vehicles);
    }
    progress(Progress { iterations, share: 1.0, best: best_cost });
    Solved { solution: best, cost: best_cost, iterations, construction, construction_s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::check_solution;
    use crate::plan::test_problems::random_problem;

    #[test]
    fn an_overloaded_day_is_planned_the_same_for_a_seed_feasibly_and_the_weightiest_first() {
        // 200 jobs for 2 vehicles: most stay out, so each iteration tries only a sample.
        let mut problem = random_problem(11, 200, 2, 1e9, false);
        for job in (0..200).step_by(10) {
            problem.jobs[job].unplanned_weight = 1e6;
        }
        let options =
            SolveOptions { seed: 4, max_iterations: Some(2000), time_limit_s: None, minimise_vehicles: false };
        let run = || solve(&problem, options, &|| 0.0, &mut |_| {}, &|| false);
        let (first, second) = (run(), run());
        assert_eq!(first.solution.job_lists(), second.solution.job_lists(), "same seed, same plan");
        assert!(first.solution.unplanned.len() > TRY_ALL_UP_TO, "the day is overloaded");
        let report = check_solution(&problem, &first.solution);
        assert!(report.feasible(), "{:?}", report.violations);
        assert!(first.cost.scalar() < first.construction.scalar(), "the search improves the first plan");
        let planned: Vec<usize> = first.solution.job_lists().concat();
        let heavy = planned.iter().filter(|&&job| job % 10 == 0).count();
        assert!(
            heavy * 10 > planned.len(),
            "the weightiest jobs (a tenth of the day) take more than their share: {heavy} of {}",
            planned.len()
        );
    }
}
