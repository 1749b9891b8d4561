//! `tournee solve`: a day file in, the plan out as JSON (routes, arrival times, slack, unplanned with reasons).

use super::Args;
use crate::cli::core_errors::CoreError;
use crate::cli::messages::{Message, Needed};
use crate::io::read_day_json;
use crate::plan::day_problem::{day_plan, day_problem_from};
use crate::plan::{solve_parallel, SolveOptions};
use crate::road::pack::read_pack;
use std::time::Instant;

/// Solves the day file named first, for `--seconds` or `--iterations` (then the plan depends on
/// the seed alone, and on `--workers`, the searches run at once: 1 unless given); `--pack` gives the region's roads (else every leg is estimated);
/// `--plan-anyway` misses windows as little as possible rather than leaving jobs out;
/// `--fewest-technicians` (or the day's `fewest_technicians`) sends out as few technicians as it can.
pub fn run(args: &Args) -> Result<String, String> {
    let path = args.positional(0, Needed::DayFile)?;
    let text = std::fs::read_to_string(path).map_err(|e| Message::at(path, e))?;
    let day = read_day_json(&text).map_err(|e| format!("{path}, {}", CoreError::from(e)))?;
    let router = match args.option("pack") {
        Some(pack) => {
            let bytes = std::fs::read(pack).map_err(|e| Message::at(pack, e))?;
            Some(read_pack(&bytes).map_err(|e| Message::at(pack, CoreError::from(e)))?.1)
        }
        None => None,
    };
    let seconds: f64 =
        args.option("seconds").unwrap_or("2").parse().map_err(|_| Message::ExpectedNumber("--seconds"))?;
    let iterations: Option<u64> = args
        .option("iterations")
        .map(|n| n.parse().map_err(|_| Message::ExpectedWholeNumber("--iterations")))
        .transpose()?;
    let seed: u64 = args.option("seed").unwrap_or("1").parse().map_err(|_| Message::ExpectedWholeNumber("--seed"))?;
    let workers = workers_option(args)?;
    let prepared = day_problem_from(&day, router.as_ref(), None, args.flag("plan-anyway"))
        .map_err(|e| Message::at(path, CoreError::from(e)))?;
    let origin = Instant::now();
    let clock = || origin.elapsed().as_secs_f64();
    let options = SolveOptions {
        seed,
        max_iterations: iterations,
        time_limit_s: if iterations.is_some() { None } else { Some(seconds) },
        minimise_vehicles: day.fewest_technicians || args.flag("fewest-technicians"),
    };
    let solved = solve_parallel(&prepared.problem, options, workers, &clock, &mut |_| {}, &|| false);
    let plan = day_plan(&day, &prepared, &solved.solution);
    let out = serde_json::json!({
        "date": day.date,
        "plan": plan,
        "iterations": solved.iterations,
        "workers": workers,
        "first_plan_s": solved.construction_s,
        "seconds": clock(),
        "roads": if router.is_some() { "pack" } else { "estimates" },
    });
    Ok(serde_json::to_string_pretty(&out).expect("plain JSON"))
}

/// `--workers N`: how many searches run at once, sharing their best plan (1 unless given).
pub fn workers_option(args: &Args) -> Result<usize, String> {
    match args.option("workers").map(str::parse::<usize>) {
        None => Ok(1),
        Some(Ok(workers)) if workers >= 1 => Ok(workers),
        Some(_) => Err(Message::ExpectedWorkers.into()),
    }
}
