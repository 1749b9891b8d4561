//! Whatever the optimiser returns on a small random VRPTW instance (asymmetric travel, windows,
//! capacities, skills, job limits), a check written here from the rules alone agrees with what
//! the optimiser claims and with `plan::check`: every window and shift kept, no vehicle over its
//! capacity, skills or job limit, each customer served once or listed unplanned, and the same
//! travel cost and unplanned weight. On arbitrary routes (not the optimiser's), the two checkers
//! give the same verdict.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use proptest::test_runner::RngSeed;
use tournee::plan::check::check;
use tournee::plan::{solve, Job, Problem, SolveOptions, Vehicle};

/// Tolerance on times and costs: sums of a dozen values below 10⁴.
const EPSILON: f64 = 1e-6;

/// What the rules say of a plan, recomputed from the problem's data only.
#[derive(Debug, PartialEq)]
struct Verdict {
    /// The first rule broken, if any.
    breach: Option<String>,
    /// Travel cost of every route, home to home.
    travel: f64,
    /// Sum of the unplanned jobs' weights.
    unplanned_weight: f64,
}

/// The instance as generated: places on a grid (0 is the depot), jobs at places 1.., vehicles.
#[derive(Debug, Clone)]
struct Instance {
    places: usize,
    time: Vec<f64>,
    jobs: Vec<Job>,
    vehicles: Vec<Vehicle>,
}

impl Instance {
    fn problem(&self) -> Problem {
        Problem::new(self.places, self.time.clone(), self.time.clone(), self.jobs.clone(), self.vehicles.clone())
            .expect("generated instances are valid")
    }
}

/// Departing at the shift's start and waiting for each window: the earliest arrival at every
/// stop, which no later departure improves, so a plan is feasible if and only if this is.
fn verdict(instance: &Instance, routes: &[Vec<usize>], unplanned: &[usize]) -> Verdict {
    let places = instance.places;
    let time = |a: usize, b: usize| instance.time[a * places + b];
    let mut breach = None;
    let mut note = |what: String| {
        breach.get_or_insert(what);
    };
    let mut served = vec![0usize; instance.jobs.len()];
    let mut travel = 0.0;
    if routes.len() > instance.vehicles.len() {
        note(format!("{} routes for {} vehicles", routes.len(), instance.vehicles.len()));
    }
    for (v, (route, vehicle)) in routes.iter().zip(&instance.vehicles).enumerate() {
        if route.is_empty() {
            continue;
        }
        let (mut at, mut clock, mut load) = (vehicle.start, vehicle.shift_start, 0.0);
        for &j in route {
            let Some(job) = instance.jobs.get(j) else {
                note(format!("vehicle {v}: no job {j}"));
                continue;
            };
            served[j] += 1;
            if job.skills & !vehicle.skills != 0 {
                note(format!("vehicle {v}: lacks a skill of job {j}"));
            }
            travel += time(at, job.location);
            clock = (clock + time(at, job.location)).max(job.ready);
            if clock > job.due + EPSILON {
                note(format!("vehicle {v}: job {j} starts at {clock}, window closed at {}", job.due));
            }
            clock += job.service;
            load += job.demand;
            at = job.location;
        }
        travel += time(at, vehicle.end);
        let back = clock + time(at, vehicle.end);
        if back > vehicle.shift_end + EPSILON {
            note(format!("vehicle {v}: back at {back}, shift ends at {}", vehicle.shift_end));
        }
        if load > vehicle.capacity + EPSILON {
            note(format!("vehicle {v}: load {load} over {}", vehicle.capacity));
        }
        if route.len() > vehicle.max_jobs {
            note(format!("vehicle {v}: {} jobs, at most {}", route.len(), vehicle.max_jobs));
        }
    }
    for &j in unplanned {
        if let Some(count) = served.get_mut(j) {
            *count += 1;
        }
    }
    if let Some(j) = served.iter().position(|&count| count != 1) {
        note(format!("job {j} appears {} times", served[j]));
    }
    let unplanned_weight = unplanned.iter().filter_map(|&j| instance.jobs.get(j)).map(|job| job.unplanned_weight).sum();
    Verdict { breach, travel, unplanned_weight }
}

/// A job at `location`: window `ready..ready+width`, `demand`, skill bits, priority weight.
fn job() -> impl Strategy<Value = (f64, f64, f64, f64, u64, f64)> {
    (0.0..600.0, 0.0..400.0, 0.0..60.0, 0.0..4.0, 0u64..4, 1.0..10.0)
}

/// A vehicle: shift start and length, capacity, skill bits, job limit.
fn vehicle() -> impl Strategy<Value = (f64, f64, f64, u64, usize)> {
    (0.0..200.0, 300.0..1000.0, 2.0..12.0, 0u64..4, 1usize..8)
}

/// 1–9 jobs and 1–3 vehicles on a 100 × 100 square; travel asymmetric (uphill is slower).
fn instance() -> impl Strategy<Value = Instance> {
    (
        proptest::collection::vec(((0.0..100.0, 0.0..100.0), job()), 1..10),
        proptest::collection::vec(vehicle(), 1..4),
        0.0..0.5,
    )
        .prop_map(|(jobs, vehicles, climb)| {
            let points: Vec<(f64, f64)> = std::iter::once((50.0, 50.0)).chain(jobs.iter().map(|(p, _)| *p)).collect();
            let places = points.len();
            let mut time = vec![0.0; places * places];
            for (a, pa) in points.iter().enumerate() {
                for (b, pb) in points.iter().enumerate() {
                    let flat = (pa.0 - pb.0).hypot(pa.1 - pb.1);
                    // Going north (towards y = 100) climbs: slower one way than back.
                    time[a * places + b] = flat * (1.0 + climb * f64::from(u8::from(pb.1 > pa.1)));
                }
            }
            let jobs = jobs
                .iter()
                .enumerate()
                .map(|(i, (_, (ready, width, service, demand, skills, weight)))| Job {
                    location: i + 1,
                    service: service.round(),
                    ready: ready.round(),
                    due: (ready + width).round(),
                    demand: demand.round(),
                    unplanned_weight: weight.round(),
                    skills: *skills,
                    vehicle: None,
                    penalty: 0.0,
                })
                .collect();
            let vehicles = vehicles
                .iter()
                .map(|&(start, length, capacity, skills, max_jobs)| Vehicle {
                    start: 0,
                    end: 0,
                    shift_start: start.round(),
                    shift_end: (start + length).round(),
                    regular_end: (start + length).round(),
                    max_duration: f64::INFINITY,
                    capacity: capacity.round(),
                    skills,
                    max_jobs,
                })
                .collect();
            Instance { places, time, jobs, vehicles }
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256, failure_persistence: None, rng_seed: RngSeed::Fixed(11), ..ProptestConfig::default()
    })]

    #[test]
    fn what_the_optimiser_returns_is_what_the_rules_and_the_checker_say(instance in instance(), seed in any::<u64>()) {
        let problem = instance.problem();
        let options = SolveOptions { seed, max_iterations: Some(60), time_limit_s: None, minimise_vehicles: false };
        let solved = solve(&problem, options, &|| 0.0, &mut |_| {}, &|| false);
        let routes = solved.solution.job_lists();
        let unplanned = &solved.solution.unplanned;
        let rules = verdict(&instance, &routes, unplanned);
        prop_assert_eq!(&rules.breach, &None, "the optimiser's plan breaks a rule: {:?}", routes);
        prop_assert!((rules.travel - solved.cost.travel).abs() < EPSILON, "travel {} claimed {}", rules.travel, solved.cost.travel);
        prop_assert!((rules.unplanned_weight - solved.cost.unplanned).abs() < EPSILON);
        let report = check(&problem, &routes, unplanned);
        prop_assert!(report.feasible(), "{:?}", report.violations);
        prop_assert!((report.cost - rules.travel).abs() < EPSILON);
        prop_assert_eq!(report.vehicles, solved.solution.vehicles_used());
    }

    #[test]
    fn on_any_routes_the_checker_and_the_rules_give_the_same_verdict(
        instance in instance(),
        assignment in proptest::collection::vec(0usize..5, 9),
        order in proptest::collection::vec(any::<u32>(), 9),
    ) {
        let vehicles = instance.vehicles.len();
        let mut routes = vec![Vec::new(); vehicles];
        let mut unplanned = Vec::new();
        let mut jobs: Vec<usize> = (0..instance.jobs.len()).collect();
        jobs.sort_by_key(|&j| order[j]);
        for j in jobs {
            match assignment[j] {
                v if v < vehicles => routes[v].push(j),
                _ => unplanned.push(j),
            }
        }
        let rules = verdict(&instance, &routes, &unplanned);
        let report = check(&instance.problem(), &routes, &unplanned);
        prop_assert_eq!(rules.breach.is_none(), report.feasible(), "rules {:?}, checker {:?}", rules.breach, report.violations);
        prop_assert!((report.cost - rules.travel).abs() < EPSILON);
    }
}
