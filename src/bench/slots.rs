//! The slot finder's benchmark: a crew of 5 with 5 planned days of 15 jobs each (the demo
//! day's customers over the Andorra pack), and a customer calling for a 45-minute visit.
//! Shared by `tests/slot_finder_bench.rs` (native) and `tests/wasm_bench_slots.rs` (browser).

use super::{median_of_runs_ms, Clock};
use crate::model::{Day, DayPlan, Inclusion, Intervention, LatLon, Priority, Skill, Technician};
use crate::plan::day_problem::{day_plan, day_problem};
use crate::plan::slot_finder::{find_slots, working_dates, KnownDay, SlotSearch, DEFAULT_WINDOW_S};
use crate::plan::{solve, SolveOptions};
use crate::road::Router;

/// Technicians in the crew.
pub const CREW: usize = 5;
/// Days planned, and jobs in each.
pub const DAYS: usize = 5;
/// Jobs in each day.
pub const JOBS_PER_DAY: usize = 15;
/// Runs timed; the median is reported.
pub const RUNS: usize = 5;
/// The table's header.
pub const HEADER: &str = "| where | days × jobs | technicians | slots found | plan of the 5 days (setup) ms | slot search ms (median of 5) |\n|---|---:|---:|---:|---:|---:|";

/// The week of `demo` (the demo day): its first two technicians' shifts for `CREW` technicians
/// (each holding fibre or copper, the first two both), and each working day from its date with
/// `JOBS_PER_DAY` of its customers, taken in turn, each day planned by the optimiser.
pub fn planned_week(demo: &Day, router: &Router) -> Vec<(Day, DayPlan)> {
    let technicians: Vec<Technician> = (0..CREW)
        .map(|t| {
            let mut tech = demo.technicians[t % demo.technicians.len()].clone();
            tech.id = format!("T{}", t + 1);
            tech.name = format!("Tech {}", t + 1);
            tech.skills = match t {
                0 | 1 => vec![Skill::Fibre, Skill::Copper, Skill::CivilWorks, Skill::Pole],
                t if t % 2 == 0 => vec![Skill::Fibre],
                _ => vec![Skill::Copper],
            };
            tech
        })
        .collect();
    working_dates(demo.date, DAYS)
        .into_iter()
        .enumerate()
        .map(|(d, date)| {
            let interventions = (0..JOBS_PER_DAY)
                .map(|k| {
                    let mut job = demo.interventions[(d * 7 + k) % demo.interventions.len()].clone();
                    job.id = format!("{}-{d}", job.id);
                    job
                })
                .collect();
            let day = Day { date, technicians: technicians.clone(), interventions, ..demo.clone() };
            let prepared = day_problem(&day, Some(router)).expect("the demo places are routed");
            let options =
                SolveOptions { seed: 1, max_iterations: Some(1000), time_limit_s: None, minimise_vehicles: false };
            let solved = solve(&prepared.problem, options, &|| 0.0, &mut |_| {}, &|| false);
            let plan = day_plan(&day, &prepared, &solved.solution);
            (day, plan)
        })
        .collect()
}

/// The calling customer: 45 minutes of fibre work at Encamp, any time.
pub fn caller() -> Intervention {
    Intervention {
        id: "APPEL".into(),
        customer: "Mme Vidal".into(),
        phone: None,
        location: LatLon::new(42.5345, 1.5805).expect("a point of Andorra"),
        commune: None,
        service_s: 45 * 60,
        windows: vec![],
        skills: vec![Skill::Fibre],
        priority: Priority::Normal,
        inclusion: Inclusion::Mandatory,
        address: None,
        notes: String::new(),
        assigned_to: None,
        pin: None,
        postponed_from: Vec::new(),
    }
}

/// Median milliseconds of a slot search over `week` and the number of slots it finds.
pub fn slot_search_ms(week: &[(Day, DayPlan)], router: &Router, clock: Clock) -> (f64, usize) {
    let days: Vec<KnownDay> = week.iter().map(|(day, plan)| KnownDay { day, plan: Some(plan) }).collect();
    let search =
        SlotSearch { job: caller(), working_days: DAYS, window_s: DEFAULT_WINDOW_S, now: None, max_slots: usize::MAX };
    let mut found = 0;
    let ms = median_of_runs_ms(clock, RUNS, || {
        found = find_slots(&search, &days, Some(router)).expect("the week is routed").len();
    });
    (ms, found)
}

/// One row of the table.
pub fn row(place: &str, setup_ms: f64, search_ms: f64, found: usize) -> String {
    format!("| {place} | {DAYS} × {JOBS_PER_DAY} | {CREW} | {found} | {setup_ms:.0} | {search_ms:.1} |")
}
