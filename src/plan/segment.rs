//! Route segments summarised so that joining two of them is O(1) (Vidal et al. 2013).
//!
//! A segment is a sequence of visits driven in order. Its summary holds the least
//! duration, the *time warp* (how much the clock would have to go back to keep every
//! window: zero when feasible), the earliest and latest start keeping that, the cost
//! and the load. Any insertion, removal or exchange is then checked by concatenating
//! a route's prefix, the changed part and its suffix.
//!
//! A break (place [`ANYWHERE`]) is taken where the vehicle is: joined after a segment it adds
//! its time there, and the next drive starts from that same place. A segment must therefore
//! never *start* with a break (the place is unknown until the left side is): routes build
//! their suffixes accordingly (see [`super::route`]).

use super::problem::{Problem, ANYWHERE};

/// The larger of two finite numbers: one comparison, where `f64::max` also handles NaN (which
/// validated problems never hold) at the cost of several instructions in WebAssembly.
#[inline(always)]
fn larger(a: f64, b: f64) -> f64 {
    if a > b {
        a
    } else {
        b
    }
}

/// The smaller of two finite numbers (see [`larger`]).
#[inline(always)]
fn smaller(a: f64, b: f64) -> f64 {
    if a < b {
        a
    } else {
        b
    }
}

/// Summary of a sequence of visits.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Segment {
    /// Place of the first visit.
    pub first: usize,
    /// Place of the last visit.
    pub last: usize,
    /// Least time from the start of the first service to the end of the last.
    pub duration: f64,
    /// Lateness that cannot be avoided (0 when all windows are kept).
    pub time_warp: f64,
    /// Earliest start of the first visit leading to `duration`.
    pub earliest: f64,
    /// Latest start of the first visit without more time warp.
    pub latest: f64,
    /// Travel cost inside the segment, plus the penalties of its jobs.
    pub cost: f64,
    /// Load carried.
    pub load: f64,
}

impl Segment {
    /// The segment of job `job` alone.
    pub fn job(problem: &Problem, job: usize) -> Segment {
        let j = &problem.jobs[job];
        Segment {
            first: j.location,
            last: j.location,
            duration: j.service,
            time_warp: 0.0,
            earliest: j.ready,
            latest: j.due,
            cost: j.penalty,
            load: j.demand,
        }
    }

    /// A vehicle's departure: leave the start place within its shift.
    pub fn start(problem: &Problem, vehicle: usize) -> Segment {
        Segment::at_depot(problem, vehicle, problem.vehicles[vehicle].start)
    }

    /// A vehicle's return: reach the end place by the end of its shift.
    pub fn end(problem: &Problem, vehicle: usize) -> Segment {
        Segment::at_depot(problem, vehicle, problem.vehicles[vehicle].end)
    }

    /// Being at `place` within `vehicle`'s shift, with nothing to do there.
    fn at_depot(problem: &Problem, vehicle: usize, place: usize) -> Segment {
        let v = &problem.vehicles[vehicle];
        Segment {
            first: place,
            last: place,
            duration: 0.0,
            time_warp: 0.0,
            earliest: v.shift_start,
            latest: v.shift_end,
            cost: 0.0,
            load: 0.0,
        }
    }

    /// This segment followed by `next`, driving from one to the other.
    ///
    /// Complexity: O(1).
    #[inline]
    pub fn then(&self, next: &Segment, problem: &Problem) -> Segment {
        let (travel, cost) = problem.time_and_cost(self.last, next.first);
        let delta = self.duration - self.time_warp + travel;
        let wait = larger(next.earliest - delta - self.latest, 0.0);
        let warp = larger(self.earliest + delta - next.latest, 0.0);
        Segment {
            first: if self.first == ANYWHERE { next.first } else { self.first },
            last: if next.last == ANYWHERE { self.last } else { next.last },
            duration: self.duration + next.duration + travel + wait,
            time_warp: self.time_warp + next.time_warp + warp,
            earliest: larger(next.earliest - delta, self.earliest) - wait,
            latest: smaller(next.latest - delta, self.latest) + warp,
            cost: self.cost + next.cost + cost,
            load: self.load + next.load,
        }
    }
}
