//! Seeded random problems for the optimiser's tests: its unit tests (`plan::test_problems`) and
//! the solver's integration tests (`tests/plan_solver.rs` includes this file), one generator
//! for both. Its paths go through `super`, which is `plan` in the crate and the test's root
//! (importing `rng`, `Job`, `Problem`, `Vehicle` and `ANYWHERE`) in `tests/plan_solver.rs`.

use super::rng::Rng;
use super::{Job, Problem, Vehicle, ANYWHERE};

/// `jobs` customers on a 100 × 100 square (travel: straight-line distance) with windows of
/// random width, `vehicles` vehicles of capacity `capacity` from a central depot over a day of
/// 1000; with `breaks`, a 30-minute break per vehicle to start between 300 and 500 (the last
/// `vehicles` jobs, in vehicle order).
pub fn random_problem(seed: u64, jobs: usize, vehicles: usize, capacity: f64, breaks: bool) -> Problem {
    let mut rng = Rng::new(seed);
    let points: Vec<(f64, f64)> =
        std::iter::once((50.0, 50.0)).chain((0..jobs).map(|_| (rng.unit() * 100.0, rng.unit() * 100.0))).collect();
    let places = points.len();
    let mut travel = vec![0.0; places * places];
    for a in 0..places {
        for b in 0..places {
            travel[a * places + b] = (points[a].0 - points[b].0).hypot(points[a].1 - points[b].1);
        }
    }
    let horizon = 1000.0;
    let jobs = (1..places)
        .map(|location| {
            let ready = rng.unit() * 600.0;
            let width = 40.0 + rng.unit() * 300.0;
            Job {
                location,
                service: 10.0,
                ready,
                due: ready + width,
                demand: 1.0 + (rng.below(3) as f64),
                unplanned_weight: 1.0,
                skills: 0,
                vehicle: None,
                penalty: 0.0,
            }
        })
        .chain((0..vehicles).filter(|_| breaks).map(|v| Job {
            location: ANYWHERE,
            service: 30.0,
            ready: 300.0,
            due: 500.0,
            demand: 0.0,
            unplanned_weight: 1.0,
            skills: 0,
            vehicle: Some(v),
            penalty: 0.0,
        }))
        .collect();
    let vehicle = Vehicle {
        start: 0,
        end: 0,
        shift_start: 0.0,
        shift_end: horizon,
        regular_end: horizon,
        max_duration: f64::INFINITY,
        capacity,
        skills: 0,
        max_jobs: usize::MAX,
    };
    Problem::new(places, travel.clone(), travel, jobs, vec![vehicle; vehicles]).unwrap()
}
