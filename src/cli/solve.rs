//! `tournee solve`: a day file in, the plan out as JSON (routes, arrival times, slack, unplanned with reasons).

use super::Args;
use crate::cli::core_errors::CoreError;
use crate::cli::messages::{Message, Needed};
use crate::io::read_day_json;
use crate::model::{Day, DayPlan};
use crate::plan::day_problem::{day_plan, day_problem_from};
use crate::plan::{solve_parallel, SolveOptions};
use crate::road::pack::read_pack;
use crate::road::Router;
use std::time::Instant;

/// Solves the day file named first, for `--seconds` or `--iterations` (then the plan depends on
/// the seed alone, and on `--workers`, the searches run at once: 1 unless given); `--pack` gives the region's roads (else every leg is estimated);
/// `--plan-anyway` misses windows as little as possible rather than leaving jobs out;
/// `--fewest-technicians` (or the day's `fewest_technicians`) sends out as few technicians as it can.
pub fn run(args: &Args) -> Result<String, String> {
    let path = args.positional(0, Needed::DayFile)?;
    let text = std::fs::read_to_string(path).map_err(|e| Message::at(path, e))?;
    let day = read_day_json(&text).map_err(|e| format!("{path}, {}", CoreError::from(e)))?;
    let router = router(args)?;
    let options = options(args)?;
    let planned = plan_day(&day, router.as_ref(), options, args).map_err(|e| Message::at(path, e))?;
    let out = serde_json::json!({
        "date": day.date,
        "plan": planned.plan,
        "iterations": planned.iterations,
        "workers": planned.workers,
        "first_plan_s": planned.first_plan_s,
        "seconds": planned.seconds,
        "roads": if router.is_some() { "pack" } else { "estimates" },
    });
    Ok(serde_json::to_string_pretty(&out).expect("plain JSON"))
}

/// A day's plan and how the search went.
pub(super) struct SolvedDay {
    /// The plan.
    pub plan: DayPlan,
    /// Iterations of the search (all its workers together).
    pub iterations: u64,
    /// Searches run at once.
    pub workers: usize,
    /// Seconds to the first plan.
    pub first_plan_s: f64,
    /// Seconds in all.
    pub seconds: f64,
}

/// The roads of `--pack`, or none (every leg then an estimate).
pub(super) fn router(args: &Args) -> Result<Option<Router>, String> {
    let Some(pack) = args.option("pack") else { return Ok(None) };
    let bytes = std::fs::read(pack).map_err(|e| Message::at(pack, e))?;
    Ok(Some(read_pack(&bytes).map_err(|e| Message::at(pack, CoreError::from(e)))?.1))
}

/// The search's budget and seed from `--seconds` (2 by default) or `--iterations`, and `--seed`
/// (1 by default); `--fewest-technicians` asks for as few technicians as possible; with the
/// number of searches run at once (`--workers`).
pub(super) fn options(args: &Args) -> Result<(SolveOptions, usize), String> {
    let seconds: f64 =
        args.option("seconds").unwrap_or("2").parse().map_err(|_| Message::ExpectedNumber("--seconds"))?;
    let iterations: Option<u64> = args
        .option("iterations")
        .map(|n| n.parse().map_err(|_| Message::ExpectedWholeNumber("--iterations")))
        .transpose()?;
    let seed: u64 = args.option("seed").unwrap_or("1").parse().map_err(|_| Message::ExpectedWholeNumber("--seed"))?;
    let options = SolveOptions {
        seed,
        max_iterations: iterations,
        time_limit_s: if iterations.is_some() { None } else { Some(seconds) },
        minimise_vehicles: args.flag("fewest-technicians"),
    };
    Ok((options, workers_option(args)?))
}

/// The plan of `day` over `router` by `workers` searches at once; the day's own `fewest_technicians` adds to the options',
/// `--plan-anyway` misses windows rather than leaving jobs out.
pub(super) fn plan_day(
    day: &Day,
    router: Option<&Router>,
    (options, workers): (SolveOptions, usize),
    args: &Args,
) -> Result<SolvedDay, CoreError> {
    let prepared = day_problem_from(day, router, None, args.flag("plan-anyway"))?;
    let origin = Instant::now();
    let clock = || origin.elapsed().as_secs_f64();
    let options = SolveOptions { minimise_vehicles: options.minimise_vehicles || day.fewest_technicians, ..options };
    let solved = solve_parallel(&prepared.problem, options, workers, &clock, &mut |_| {}, &|| false);
    let plan = day_plan(day, &prepared, &solved.solution);
    Ok(SolvedDay {
        plan,
        iterations: solved.iterations,
        workers,
        first_plan_s: solved.construction_s,
        seconds: clock(),
    })
}

/// `--workers N`: how many searches run at once, sharing their best plan (1 unless given).
pub fn workers_option(args: &Args) -> Result<usize, String> {
    match args.option("workers").map(str::parse::<usize>) {
        None => Ok(1),
        Some(Ok(workers)) if workers >= 1 => Ok(workers),
        Some(_) => Err(Message::ExpectedWorkers.into()),
    }
}
