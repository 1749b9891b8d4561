//! The worker's part in a day searched by several workers at once (see
//! [`crate::plan::parallel`]): its own search, kept between the page's messages, one epoch per
//! message. The page gathers every worker's best plan at each epoch's end and sends the best of
//! all back; the worker holding it at the end polishes it and sends the day's plan.

use super::first_plan::FirstPlanLater;
use super::protocol::{InternalError, Reply, SolveTiming, WorkerError};
use super::worker_side::{clock_ms, day_options, post, prepare, take_decode_ms};
use crate::model::Day;
use crate::plan::closed_legs::CrossedLeg;
use crate::plan::day_problem::{day_plan, DayProblem, Replan};
use crate::plan::parallel::{first_plan, EpochSearch, SharedPlan};
use crate::road::Router;
use std::cell::RefCell;
use web_sys::{DedicatedWorkerGlobalScope, Performance};

/// A day to search with other workers, as the page asked it.
pub struct SharedDay {
    /// The day.
    pub day: Day,
    /// Iterations of each worker, and the time cap in seconds.
    pub budget: (u64, f64),
    /// The rest of the day to plan again (None: the whole day).
    pub replan: Option<Replan>,
    /// The legs of the plan followed that cross a road closed on the day, for the reply.
    pub crossed: Vec<CrossedLeg>,
    /// This worker's number among those searching the day.
    pub worker: usize,
}

/// The search kept between two epochs.
struct Kept {
    solve: SharedDay,
    prepared: DayProblem,
    search: EpochSearch,
    performance: Performance,
    /// The day's problem was built at this time, ms.
    prepared_at: f64,
    prepare_ms: f64,
    region_ms: f64,
    /// Worker 0's first plan of a whole day, sent if the search is still going a second later.
    first_plan: FirstPlanLater,
}

thread_local! {
    static KEPT: RefCell<Option<Kept>> = const { RefCell::new(None) };
}

/// Builds the day's problem and its first plan (worker 0 keeps it for the page to show if the
/// search goes on, when the whole day is planned), and runs the first epoch.
pub fn start(scope: &DedicatedWorkerGlobalScope, solve: SharedDay, router: &Router) -> Result<(), WorkerError> {
    let performance = clock_ms(scope)?;
    let started = performance.now();
    KEPT.with(|kept| kept.borrow_mut().take());
    let prepared = prepare(&solve.day, solve.replan.as_ref(), router)?;
    let prepared_at = performance.now();
    let options = day_options(&solve.day, solve.budget);
    let first = first_plan(&prepared.problem, options.minimise_vehicles);
    let mut first_plan = FirstPlanLater::new(prepared_at / 1000.0);
    if solve.worker == 0 && solve.replan.is_none() {
        first_plan.keep(first.clone());
    }
    let search = EpochSearch::new(&prepared.problem, first, options, solve.worker, prepared_at / 1000.0);
    let (prepare_ms, region_ms) = (prepared_at - started, take_decode_ms());
    let kept = Kept { solve, prepared, search, performance, prepared_at, prepare_ms, region_ms, first_plan };
    KEPT.with(|slot| *slot.borrow_mut() = Some(kept));
    run_epoch(scope);
    Ok(())
}

/// Adopts `best`, the best plan of all when it is another worker's, and runs the next epoch.
pub fn next_epoch(scope: &DedicatedWorkerGlobalScope, best: Option<SharedPlan>) {
    let held = KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        let kept = kept.as_mut()?;
        if let Some(best) = best {
            let problem = &kept.prepared.problem;
            let plan = best.solution(problem);
            let cost = plan.cost(problem, kept.solve.day.fewest_technicians);
            kept.search.adopt(&plan, cost);
        }
        Some(())
    });
    match held {
        Some(()) => run_epoch(scope),
        None => post(scope, &Reply::Failed { error: WorkerError::Internal(InternalError::NoSharedSearch) }, None),
    }
}

/// Runs one epoch of the search kept and sends its best plan; worker 0 reports the progress.
fn run_epoch(scope: &DedicatedWorkerGlobalScope) {
    let reply = KEPT.with(|kept| {
        let mut kept = kept.borrow_mut();
        let kept = kept.as_mut()?;
        let performance = kept.performance.clone();
        let clock = move || performance.now() / 1000.0;
        let reports = kept.solve.worker == 0;
        let (day, prepared, first_plan) = (&kept.solve.day, &kept.prepared, &mut kept.first_plan);
        let mut progress = |progress: crate::plan::Progress| {
            if reports {
                post(scope, &Reply::SolveProgress { share: progress.share }, None);
                first_plan.send_if_due(scope, clock(), day, prepared);
            }
        };
        let over = kept.search.run_epoch(&prepared.problem, &clock, &mut progress, &|| false);
        let (plan, cost) = kept.search.best();
        Some(Reply::EpochDone {
            plan: SharedPlan::of(plan),
            cost: cost.scalar(),
            iterations: kept.search.iterations(),
            over,
        })
    });
    let reply = reply.unwrap_or(Reply::Failed { error: WorkerError::Internal(InternalError::NoSharedSearch) });
    post(scope, &reply, None);
}

/// Polishes this worker's best plan, the best of all, and sends the day's plan.
pub fn finish(scope: &DedicatedWorkerGlobalScope) {
    let reply = match KEPT.with(|kept| kept.borrow_mut().take()) {
        Some(kept) => {
            let (solution, _, iterations) = kept.search.finish(&kept.prepared.problem);
            let timing = SolveTiming {
                region_ms: kept.region_ms,
                prepare_ms: kept.prepare_ms,
                solve_ms: kept.performance.now() - kept.prepared_at,
                iterations,
            };
            let plan = day_plan(&kept.solve.day, &kept.prepared, &solution);
            Reply::DayPlanned { plan: Box::new(plan), timing, crossed: kept.solve.crossed }
        }
        None => Reply::Failed { error: WorkerError::Internal(InternalError::NoSharedSearch) },
    };
    post(scope, &reply, None);
}
