//! Why jobs are left out when the day holds more work than the crew: the crew's time (jobs as
//! urgent as they are filled it) or a more urgent job that took their place, never one said for the other.

use tournee::io::read_day_json;
use tournee::model::{Day, Inclusion, Intervention, LatLon, Priority, UnplannedJob};
use tournee::plan::check::check_solution;
use tournee::plan::day_problem::{day_plan, day_problem};
use tournee::plan::{solve, SolveOptions, UnplannedReason};
use tournee::road::pack::read_pack;

/// The demo crew with `jobs` instead of the demo's interventions.
fn demo_crew_with(jobs: Vec<Intervention>) -> Day {
    let mut day = read_day_json(include_str!("../static/demo/journee-andorre.json")).unwrap();
    day.interventions = jobs;
    day
}

/// A fibre job of `minutes` at `place`, the whole day open, of `priority`, like an imported one.
fn job(id: &str, place: (f64, f64), minutes: u32, priority: Priority, template: &Intervention) -> Intervention {
    Intervention {
        id: id.into(),
        customer: id.into(),
        location: LatLon::new(place.0, place.1).unwrap(),
        service_s: minutes * 60,
        windows: Vec::new(),
        priority,
        inclusion: Inclusion::Optional,
        assigned_to: None,
        pin: None,
        postponed_from: Vec::new(),
        ..template.clone()
    }
}

/// The jobs left out of `day`'s plan (lunch breaks aside), solved and checked.
fn left_out(day: &Day) -> Vec<UnplannedJob> {
    let router = read_pack(include_bytes!("../static/demo/andorra.bin")).unwrap().1;
    let prepared = day_problem(day, Some(&router)).unwrap();
    let options = SolveOptions { seed: 1, max_iterations: Some(2000), time_limit_s: None, minimise_vehicles: false };
    let solved = solve(&prepared.problem, options, &|| 0.0, &mut |_| {}, &|| false);
    assert!(check_solution(&prepared.problem, &solved.solution).feasible());
    day_plan(day, &prepared, &solved.solution).unplanned.into_iter().filter(|job| !job.is_break).collect()
}

fn template() -> Intervention {
    read_day_json(include_str!("../static/demo/journee-andorre.json")).unwrap().interventions[0].clone()
}

#[test]
fn a_day_of_equal_jobs_beyond_the_crews_time_says_the_crew_is_full() {
    let template = template();
    // Sixty normal jobs of 45 minutes on a grid over Andorra la Vella: two technicians do about twenty.
    let jobs = (0..60)
        .map(|i| {
            let place = (42.49 + f64::from(i % 6) * 0.006, 1.50 + f64::from(i / 6) * 0.005);
            job(&format!("N-{i}"), place, 45, Priority::Normal, &template)
        })
        .collect();
    let out = left_out(&demo_crew_with(jobs));
    assert!(out.len() >= 20, "more work than the crew: {} left out", out.len());
    for job in &out {
        assert_eq!(job.reason, UnplannedReason::CrewFull, "{}: nothing more urgent is planned", job.id);
    }
}

#[test]
fn a_normal_job_pushed_out_by_an_emergency_says_so() {
    let template = template();
    let mut day = demo_crew_with(
        (0..4)
            .map(|i| job(&format!("N-{i}"), (42.507 + f64::from(i) * 0.002, 1.523), 50, Priority::Normal, &template))
            .chain([job("URGENT", (42.509, 1.526), 50, Priority::Emergency, &template)])
            .collect(),
    );
    // Léa alone, 08:00–11:00 without lunch: three jobs of 50 minutes fit, not four.
    day.technicians.truncate(1);
    day.technicians[0].shift.end = "11:00".parse().unwrap();
    day.technicians[0].shift.lunch = None;
    let out = left_out(&day);
    assert!(!out.is_empty() && out.iter().all(|job| job.id != "URGENT"), "the emergency is planned: {out:?}");
    for job in &out {
        assert_eq!(job.reason, UnplannedReason::DisplacedByHigherPriority, "{}: the emergency took its place", job.id);
    }

    // The same morning with a normal job instead of the emergency: only the crew's time is short.
    day.interventions[4].priority = Priority::Normal;
    let out = left_out(&day);
    assert!(!out.is_empty());
    assert!(out.iter().all(|job| job.reason == UnplannedReason::CrewFull), "{out:?}");
}
