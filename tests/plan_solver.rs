//! The optimiser on random small problems, tiny ones solved by brute force, bad input,
//! and a Solomon instance; the independent checker verifies every solution.

use tournee::plan::check::{check, check_solution, CheckReport};
use tournee::plan::rng;
use tournee::plan::solomon::read_solomon;
use tournee::plan::{solve, solve_showing_first, Job, Problem, ProblemError, SolveOptions, Solved, Vehicle, ANYWHERE};

#[path = "../src/plan/test_problems.rs"]
mod test_problems;

use test_problems::random_problem;

fn run(problem: &Problem, seed: u64, iterations: u64) -> Solved {
    let options = SolveOptions { seed, max_iterations: Some(iterations), time_limit_s: None, minimise_vehicles: false };
    solve(problem, options, &|| 0.0, &mut |_| {}, &|| false)
}

fn routes_of(solved: &Solved) -> Vec<Vec<usize>> {
    solved.solution.job_lists()
}

#[test]
fn random_problems_give_feasible_plans_never_worse_than_construction_and_reproducible() {
    for seed in 0..25 {
        let problem = random_problem(seed, 12 + (seed as usize % 10), 4, 8.0, false);
        let solved = run(&problem, seed, 400);
        let report = check(&problem, &routes_of(&solved), &solved.solution.unplanned);
        assert!(report.feasible(), "seed {seed}: {:?}", report.violations);
        assert!((report.cost - solved.cost.travel).abs() < 1e-6, "the solver's cost is the checker's");
        let durations: f64 = solved.solution.routes.iter().map(|route| route.duration()).sum();
        assert!(
            (report.duration - durations).abs() < 1e-6,
            "seed {seed}: least durations {durations:.4} by segments, {:.4} by the checker's backward pass",
            report.duration
        );
        assert!(solved.cost.scalar() <= solved.construction.scalar() + 1e-9, "seed {seed}: worse than construction");
        let again = run(&problem, seed, 400);
        assert_eq!(routes_of(&again), routes_of(&solved), "seed {seed}: same seed, same plan");
    }
}

#[test]
fn the_first_plan_shown_is_the_feasible_construction_and_the_search_still_ends_the_same() {
    for seed in 0..10 {
        let problem = random_problem(seed, 20, 3, 8.0, false);
        let options = SolveOptions { seed, max_iterations: Some(300), time_limit_s: None, minimise_vehicles: false };
        let mut shown = Vec::new();
        let solved = solve_showing_first(
            &problem,
            options,
            &|| 0.0,
            &mut |first| shown.push((first.job_lists(), first.unplanned.clone(), first.cost(&problem, false))),
            &mut |_| {},
            &|| false,
        );
        assert_eq!(shown.len(), 1, "seed {seed}: one first plan, given once");
        let (routes, unplanned, cost) = &shown[0];
        let report = check(&problem, routes, unplanned);
        assert!(report.feasible(), "seed {seed}: the first plan shown is feasible: {:?}", report.violations);
        assert_eq!(cost.scalar(), solved.construction.scalar(), "seed {seed}: it is the construction");
        assert_eq!(routes_of(&run(&problem, seed, 300)), routes_of(&solved), "seed {seed}: showing it changes nothing");
    }
}

/// The least `value` of a feasible plan over every split of the jobs into at most two routes,
/// among those planning the most jobs, and that number of jobs: by brute force.
fn brute_force(problem: &Problem, value: &dyn Fn(&CheckReport) -> f64) -> (f64, usize) {
    fn permutations(items: &mut Vec<usize>, k: usize, visit: &mut dyn FnMut(&[usize])) {
        if k == items.len() {
            visit(items);
            return;
        }
        for i in k..items.len() {
            items.swap(k, i);
            permutations(items, k + 1, visit);
            items.swap(k, i);
        }
    }
    let n = problem.jobs.len();
    let separator = usize::MAX;
    let items: Vec<usize> = (0..n).chain([separator]).collect();
    let (mut best, mut best_planned) = (f64::INFINITY, 0);
    // Every subset of jobs may also be left out: try leaving out each subset, best first by count.
    for left_out_mask in 0u32..(1 << n) {
        let planned = n - left_out_mask.count_ones() as usize;
        if planned < best_planned {
            continue;
        }
        let mut kept: Vec<usize> =
            items.iter().copied().filter(|&j| j == separator || left_out_mask & (1 << j) == 0).collect();
        let unplanned: Vec<usize> = (0..n).filter(|j| left_out_mask & (1 << j) != 0).collect();
        permutations(&mut kept, 0, &mut |order| {
            let split = order.iter().position(|&j| j == separator).unwrap();
            let routes = vec![order[..split].to_vec(), order[split + 1..].to_vec()];
            let report = check(problem, &routes, &unplanned);
            if report.feasible() && (planned > best_planned || value(&report) < best - 1e-9) {
                best = value(&report);
                best_planned = planned;
            }
        });
    }
    (best, best_planned)
}

#[test]
fn tiny_problems_reach_the_brute_force_optimum() {
    for seed in 100..112 {
        let problem = random_problem(seed, 6, 2, 6.0, false);
        let (optimum, planned) = brute_force(&problem, &|report| report.cost);
        let solved = run(&problem, seed, 3000);
        let report = check(&problem, &routes_of(&solved), &solved.solution.unplanned);
        assert!(report.feasible(), "{:?}", report.violations);
        assert_eq!(
            problem.jobs.len() - solved.solution.unplanned.len(),
            planned,
            "seed {seed}: as many jobs planned as possible"
        );
        assert!((report.cost - optimum).abs() < 1e-6, "seed {seed}: {:.3} vs optimum {optimum:.3}", report.cost);
    }
}

/// `problem` with each route's duration and overtime counted at `weight`, every vehicle's
/// normal hours ending at `regular_end` and its day limited to `max_duration`.
fn with_working_time(problem: Problem, weight: f64, regular_end: f64, max_duration: f64) -> Problem {
    let mut problem = problem.with_duration_weight(weight);
    for vehicle in &mut problem.vehicles {
        vehicle.regular_end = regular_end;
        vehicle.max_duration = max_duration;
    }
    problem
}

#[test]
fn tiny_problems_with_waiting_overtime_and_a_longest_day_reach_the_brute_force_optimum() {
    // Duration weighs as much as travel here, so that it changes the best plan often.
    let weight = 1.0;
    let value = |report: &CheckReport| report.cost + weight * (report.duration + report.overtime);
    let (mut travel_given_up, mut jobs_given_up) = (0, 0);
    for seed in 200..212 {
        let free = random_problem(seed, 6, 2, 6.0, false);
        let (travel_only, most_jobs) = brute_force(&free, &|report| report.cost);
        let problem = with_working_time(free, weight, 400.0, 200.0);
        let (optimum, planned) = brute_force(&problem, &value);
        let solved = run(&problem, seed, 3000);
        let report = check(&problem, &routes_of(&solved), &solved.solution.unplanned);
        assert!(report.feasible(), "seed {seed}: {:?}", report.violations);
        assert_eq!(problem.jobs.len() - solved.solution.unplanned.len(), planned, "seed {seed}: most jobs planned");
        assert!((value(&report) - optimum).abs() < 1e-6, "seed {seed}: {:.3} vs optimum {optimum:.3}", value(&report));
        assert!(
            (solved.cost.time - weight * (report.duration + report.overtime)).abs() < 1e-6,
            "seed {seed}: the solver's duration and overtime are the checker's"
        );
        jobs_given_up += usize::from(planned < most_jobs);
        travel_given_up += usize::from(planned == most_jobs && report.cost > travel_only + 1e-6);
    }
    assert!(jobs_given_up > 0, "the longest day leaves some job out in some instance");
    assert!(travel_given_up > 0, "some instance drives more to wait or work late less");
}

#[test]
fn waiting_between_customers_is_the_least_when_driving_ties() {
    let vehicle = Vehicle {
        start: 0,
        end: 0,
        shift_start: 0.0,
        shift_end: 1000.0,
        regular_end: 1000.0,
        max_duration: f64::INFINITY,
        capacity: 10.0,
        skills: 0,
        max_jobs: usize::MAX,
    };
    // Three customers in one hamlet, ten minutes from the depot: every order drives the same.
    let at_hamlet = |ready: f64, due: f64| Job {
        location: 1,
        service: 10.0,
        ready,
        due,
        demand: 0.0,
        unplanned_weight: 1.0,
        skills: 0,
        vehicle: None,
        penalty: 0.0,
    };
    let (early, late, any_time) = (at_hamlet(0.0, 20.0), at_hamlet(200.0, 1000.0), at_hamlet(0.0, 1000.0));
    let travel = vec![0.0, 10.0, 10.0, 0.0];
    let problem = Problem::new(2, travel.clone(), travel, vec![late, any_time, early], vec![vehicle])
        .unwrap()
        .with_duration_weight(0.01);
    let solved = run(&problem, 1, 200);
    let report = check_solution(&problem, &solved.solution);
    // early, any time, then wait for late: 210 from departure to return; any other order waits longer.
    assert_eq!(solved.solution.routes[0].jobs, [2, 1, 0]);
    assert!((report.duration - 210.0).abs() < 1e-9, "{}", report.duration);
}

#[test]
fn a_longest_day_and_overtime_are_kept_and_counted() {
    let vehicle = Vehicle {
        start: 0,
        end: 0,
        shift_start: 0.0,
        shift_end: 300.0,
        regular_end: 200.0,
        max_duration: 250.0,
        capacity: 10.0,
        skills: 0,
        max_jobs: usize::MAX,
    };
    let job = |location: usize, ready: f64, service: f64| Job {
        location,
        service,
        ready,
        due: 300.0,
        demand: 0.0,
        unplanned_weight: 1.0,
        skills: 0,
        vehicle: None,
        penalty: 0.0,
    };
    // A customer 50 from the depot at 150: back at 220, 20 of overtime. Another, 100 away for
    // 40, fits alone (0 → 240), but both make the day 0 → 270: over the longest day of 250.
    let travel = vec![0.0, 50.0, 100.0, 50.0, 0.0, 60.0, 100.0, 60.0, 0.0];
    let problem = Problem::new(3, travel.clone(), travel, vec![job(1, 150.0, 20.0), job(2, 0.0, 40.0)], vec![vehicle])
        .unwrap()
        .with_duration_weight(0.01);
    let solved = run(&problem, 1, 200);
    let report = check_solution(&problem, &solved.solution);
    assert!(report.feasible(), "{:?}", report.violations);
    assert_eq!(solved.solution.routes[0].jobs, [0]);
    assert_eq!(solved.solution.unplanned, [1]);
    assert!((report.overtime - 20.0).abs() < 1e-9 && (report.duration - 120.0).abs() < 1e-9, "{report:?}");
    assert!((solved.solution.routes[0].overtime(&problem) - 20.0).abs() < 1e-9);
    let breach = check(&problem, &[vec![1, 0]], &[]);
    assert!(breach.violations.iter().any(|v| v.contains("over 250.00")), "{:?}", breach.violations);
}

#[test]
fn impossible_inputs_are_refused_with_the_job_named() {
    let vehicle = Vehicle {
        start: 0,
        end: 0,
        shift_start: 0.0,
        shift_end: 100.0,
        regular_end: 100.0,
        max_duration: f64::INFINITY,
        capacity: 10.0,
        skills: 0,
        max_jobs: usize::MAX,
    };
    let job = Job {
        location: 1,
        service: 5.0,
        ready: 10.0,
        due: 20.0,
        demand: 1.0,
        unplanned_weight: 1.0,
        skills: 0,
        vehicle: None,
        penalty: 0.0,
    };
    let make = |jobs: Vec<Job>, travel: Vec<f64>| Problem::new(2, travel.clone(), travel, jobs, vec![vehicle]);
    let travel = vec![0.0, 3.0, 3.0, 0.0];
    let closed = Job { ready: 30.0, due: 20.0, ..job };
    assert!(matches!(make(vec![job, closed], travel.clone()), Err(ProblemError::BadJob { job: 1, .. })));
    let negative = Job { service: -1.0, ..job };
    assert!(matches!(make(vec![negative], travel.clone()), Err(ProblemError::BadJob { job: 0, .. })));
    let nan = Job { ready: f64::NAN, ..job };
    assert!(matches!(make(vec![nan], travel.clone()), Err(ProblemError::BadJob { job: 0, .. })));
    assert!(matches!(
        make(vec![job], vec![0.0, f64::NAN, 3.0, 0.0]),
        Err(ProblemError::BadTravel { from: 0, to: 1, .. })
    ));
    assert!(matches!(make(vec![job], vec![0.0, 1.0]), Err(ProblemError::MatrixSize { .. })));
    let error = make(vec![job, closed], travel.clone()).unwrap_err();
    assert_eq!(error.to_string(), "job 1: window closes before it opens");
    let with_vehicle = |vehicle: Vehicle| Problem::new(2, travel.clone(), travel.clone(), vec![job], vec![vehicle]);
    let late_hours = with_vehicle(Vehicle { regular_end: 120.0, ..vehicle }).unwrap_err();
    assert_eq!(late_hours.to_string(), "vehicle 0: end of normal hours outside the shift");
    let no_day = with_vehicle(Vehicle { max_duration: f64::NAN, ..vehicle }).unwrap_err();
    assert!(matches!(no_day, ProblemError::BadVehicle { vehicle: 0, .. }), "{no_day}");
}

#[test]
fn jobs_that_cannot_fit_are_left_unplanned_and_the_rest_is_planned() {
    let vehicle = Vehicle {
        start: 0,
        end: 0,
        shift_start: 0.0,
        shift_end: 100.0,
        regular_end: 100.0,
        max_duration: f64::INFINITY,
        capacity: 3.0,
        skills: 0,
        max_jobs: usize::MAX,
    };
    let travel = vec![0.0, 10.0, 60.0, 10.0, 0.0, 55.0, 60.0, 55.0, 0.0];
    let near = Job {
        location: 1,
        service: 5.0,
        ready: 0.0,
        due: 50.0,
        demand: 1.0,
        unplanned_weight: 1.0,
        skills: 0,
        vehicle: None,
        penalty: 0.0,
    };
    let too_far_to_reach_in_time = Job {
        location: 2,
        service: 5.0,
        ready: 0.0,
        due: 40.0,
        demand: 1.0,
        unplanned_weight: 1.0,
        skills: 0,
        vehicle: None,
        penalty: 0.0,
    };
    let too_heavy = Job { location: 1, demand: 4.0, ..near };
    let problem =
        Problem::new(3, travel.clone(), travel, vec![near, too_far_to_reach_in_time, too_heavy], vec![vehicle; 2])
            .unwrap();
    let solved = run(&problem, 1, 200);
    let mut unplanned = solved.solution.unplanned.clone();
    unplanned.sort();
    assert_eq!(unplanned, vec![1, 2]);
    assert!(check(&problem, &routes_of(&solved), &solved.solution.unplanned).feasible());
}

#[test]
fn solomon_c101_is_solved_to_its_best_known_distance() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/solomon/C101.txt")).unwrap();
    let problem = read_solomon(&text).unwrap().to_problem().unwrap();
    let solved = run(&problem, 1, 3000);
    let report = check(&problem, &routes_of(&solved), &solved.solution.unplanned);
    assert!(report.feasible() && solved.solution.unplanned.is_empty(), "{:?}", report.violations);
    // Best known: 828.94 with 10 vehicles.
    assert!(report.cost < 828.94 * 1.01, "{:.2}", report.cost);
}

#[test]
fn plans_with_breaks_are_feasible_and_tiny_ones_optimal() {
    for seed in 200..215 {
        let problem = random_problem(seed, 12, 3, 8.0, true);
        let solved = run(&problem, seed, 500);
        let report = check(&problem, &routes_of(&solved), &solved.solution.unplanned);
        assert!(report.feasible(), "seed {seed}: {:?}", report.violations);
    }
    for seed in 300..306 {
        let problem = random_problem(seed, 4, 2, 6.0, true);
        let (optimum, planned) = brute_force(&problem, &|report| report.cost);
        let solved = run(&problem, seed, 3000);
        let report = check(&problem, &routes_of(&solved), &solved.solution.unplanned);
        assert!(report.feasible(), "{:?}", report.violations);
        assert_eq!(problem.jobs.len() - solved.solution.unplanned.len(), planned, "seed {seed}");
        assert!((report.cost - optimum).abs() < 1e-6, "seed {seed}: {:.3} vs optimum {optimum:.3}", report.cost);
    }
}

#[test]
fn fewest_vehicles_are_sent_out_when_asked_and_a_lunch_break_alone_uses_no_one() {
    let mut fewer_somewhere = false;
    for seed in 300..308 {
        // Twenty customers, six vehicles each with its own break: capacity is no limit.
        let problem = random_problem(seed, 20, 6, 100.0, true);
        let by_travel = run(&problem, seed, 2000);
        let options = SolveOptions { seed, max_iterations: Some(2000), time_limit_s: None, minimise_vehicles: true };
        let by_fleet = solve(&problem, options, &|| 0.0, &mut |_| {}, &|| false);
        let report = check_solution(&problem, &by_fleet.solution);
        assert!(report.feasible(), "seed {seed}: {:?}", report.violations);
        assert_eq!(by_fleet.solution.unplanned, by_travel.solution.unplanned, "seed {seed}: the same jobs planned");
        assert_eq!(report.vehicles, by_fleet.solution.vehicles_used(), "seed {seed}: the checker counts the same");
        let idle_with_break = by_fleet.solution.routes.iter().filter(|r| !r.jobs.is_empty() && !r.is_used()).count();
        assert_eq!(
            report.vehicles + idle_with_break,
            6,
            "seed {seed}: every unused vehicle holds its break alone, and only it"
        );
        let (fleet, travel) = (by_fleet.solution.vehicles_used(), by_travel.solution.vehicles_used());
        assert!(fleet <= travel, "seed {seed}: {fleet} vehicles when minimised, {travel} otherwise");
        fewer_somewhere |= fleet < travel;
    }
    assert!(fewer_somewhere, "minimising the fleet sends out fewer vehicles somewhere");
}
