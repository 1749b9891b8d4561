//! A plan under construction: one route per vehicle and the jobs left out.

use super::problem::Problem;
use super::route::{Route, LATENESS_WEIGHT};

/// Routes (one per vehicle, possibly empty) and unplanned jobs (one per unplanned group of
/// alternatives: its representative).
#[derive(Debug)]
pub struct Solution {
    /// One route per vehicle, in vehicle order.
    pub routes: Vec<Route>,
    /// Jobs in no route.
    pub unplanned: Vec<usize>,
}

/// Weight of one more vehicle leaving home when the fleet is minimised: above any travel saving.
pub const VEHICLE_WEIGHT: f64 = 1e6;

/// Objective value: compared lexicographically, most important first.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Cost {
    /// Sum of the unplanned jobs' weights.
    pub unplanned: f64,
    /// Total lateness (time warp; only with soft windows).
    pub lateness: f64,
    /// Vehicles used (only when minimising the fleet).
    pub vehicles: f64,
    /// Travel cost.
    pub travel: f64,
    /// Routes' durations and overtime, weighted by [`Problem::duration_weight`]: what waiting
    /// and overtime add once travel is settled (0 when the problem does not count them).
    pub time: f64,
}

impl Cost {
    /// One number for simulated annealing: the lexicographic order with weights large enough
    /// that no travel saving pays for an unplanned job or an extra vehicle.
    pub fn scalar(&self) -> f64 {
        self.unplanned * 1e9
            + self.lateness * LATENESS_WEIGHT
            + self.vehicles * VEHICLE_WEIGHT
            + self.travel
            + self.time
    }
}

impl Clone for Solution {
    fn clone(&self) -> Solution {
        Solution { routes: self.routes.clone(), unplanned: self.unplanned.clone() }
    }

    /// Copies `source` reusing buffers (see [`Route`]'s `clone_from`).
    fn clone_from(&mut self, source: &Solution) {
        self.routes.clone_from(&source.routes);
        self.unplanned.clone_from(&source.unplanned);
    }
}

impl Solution {
    /// Every vehicle at home, every job unplanned.
    pub fn empty(problem: &Problem) -> Solution {
        let unplanned = problem.members.iter().map(|members| members[0]).collect();
        Solution { routes: (0..problem.vehicles.len()).map(|v| Route::new(problem, v)).collect(), unplanned }
    }

    /// The jobs of each route, in vehicle order: the plain form the checker and outputs read.
    pub fn job_lists(&self) -> Vec<Vec<usize>> {
        self.routes.iter().map(|route| route.jobs.clone()).collect()
    }

    /// Vehicles that leave home for at least one visit.
    pub fn vehicles_used(&self) -> usize {
        self.routes.iter().filter(|r| r.is_used()).count()
    }

    /// The objective; `count_vehicles` when the fleet is minimised first.
    pub fn cost(&self, problem: &Problem, count_vehicles: bool) -> Cost {
        Cost {
            unplanned: self.unplanned.iter().map(|&j| problem.jobs[j].unplanned_weight).sum(),
            lateness: self.routes.iter().map(Route::lateness).sum(),
            vehicles: if count_vehicles { self.vehicles_used() as f64 } else { 0.0 },
            travel: self.routes.iter().map(Route::cost).sum(),
            time: if problem.duration_weight > 0.0 {
                let time: f64 = self.routes.iter().map(|r| r.duration() + r.overtime(problem)).sum();
                problem.duration_weight * time
            } else {
                0.0
            },
        }
    }
}
