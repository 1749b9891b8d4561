//! The anytime driver: ruin and recreate under simulated annealing, best plan kept at every moment.

use super::problem::Problem;
use super::search::{first_plan_timed, Search};
use super::solution::{Cost, Solution};

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
    /// Seconds its first feasible form took (regret insertion, before the local search).
    pub feasible_s: f64,
}

/// Where a run of the search pauses before its budget is spent: the end of an epoch of
/// parallel searches.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Pause {
    /// Only at the budget's end.
    Never,
    /// Once this many iterations are done.
    AtIteration(u64),
    /// Once this many seconds of the clock have passed since the start.
    AtSecond(f64),
}

/// Runs `search` until the budget of `options` is spent (its seconds counted from `started` on
/// `clock`), `cancelled()` says so, or `pause` comes. With an iteration budget the cooling
/// follows the iterations, so the plan depends on the seed alone (a pause changes nothing);
/// a time limit given as well only stops a search that runs too long.
/// Returns: true when the search is over, false when it paused.
pub(super) fn run(
    search: &mut Search,
    problem: &Problem,
    options: &SolveOptions,
    (clock, started): (&dyn Fn() -> f64, f64),
    pause: Pause,
    progress: &mut dyn FnMut(Progress),
    cancelled: &dyn Fn() -> bool,
) -> bool {
    loop {
        let iterations = search.iterations();
        let share = match (options.max_iterations, options.time_limit_s) {
            (Some(max), _) if iterations >= max => return true,
            (_, Some(limit)) if iterations % 64 == 0 && clock() - started >= limit => return true,
            (Some(max), _) => iterations as f64 / max as f64,
            (None, Some(limit)) => ((clock() - started) / limit).min(1.0),
            (None, None) => return true,
        };
        match pause {
            Pause::AtIteration(at) if iterations >= at => return false,
            Pause::AtSecond(at) if iterations % 64 == 0 && clock() - started >= at => return false,
            _ => {}
        }
        if iterations % 1000 == 0 {
            progress(Progress { iterations, share, best: search.best().1 });
            if cancelled() {
                return true;
            }
        }
        search.iterate(problem, share);
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
    let (first_plan, feasible_s) = first_plan_timed(problem, options.minimise_vehicles, clock);
    let construction = first_plan.cost(problem, options.minimise_vehicles);
    let construction_s = clock() - started;
    first(&first_plan);
    let mut search = Search::new(problem, first_plan, options.seed, options.minimise_vehicles);
    run(&mut search, problem, &options, (clock, started), Pause::Never, progress, cancelled);
    let (solution, cost, iterations) = search.finish(problem);
    progress(Progress { iterations, share: 1.0, best: cost });
    Solved { solution, cost, iterations, construction, construction_s, feasible_s }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::check_solution;
    use crate::plan::sample::TRY_ALL_UP_TO;
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
