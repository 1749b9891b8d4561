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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::rng::Rng;
    use crate::plan::test_problems::random_problem;

    /// Times and cost of `vehicle` driving `jobs` in order, leaving at `departure`, by a plain
    /// walk through the stops: wait when early; when late, count the lateness and carry on as
    /// if on time (the clock goes back, as time warp says); a break is taken where the vehicle is.
    /// Returns (time warp, time from departure to return, travel cost, load).
    fn walk(problem: &Problem, vehicle: usize, jobs: &[usize], departure: f64) -> (f64, f64, f64, f64) {
        let v = &problem.vehicles[vehicle];
        let (mut clock, mut place, mut warp, mut cost, mut load) = (departure, v.start, 0.0, 0.0, 0.0);
        let arrive = |clock: &mut f64, warp: &mut f64, ready: f64, due: f64| {
            *clock = clock.max(ready);
            if *clock > due {
                *warp += *clock - due;
                *clock = due;
            }
        };
        for &job in jobs {
            let j = &problem.jobs[job];
            if j.location != ANYWHERE {
                let (time, travel_cost) = problem.time_and_cost(place, j.location);
                clock += time;
                cost += travel_cost;
                place = j.location;
            }
            arrive(&mut clock, &mut warp, j.ready, j.due);
            clock += j.service;
            cost += j.penalty;
            load += j.demand;
        }
        let (time, travel_cost) = problem.time_and_cost(place, v.end);
        clock += time;
        cost += travel_cost;
        arrive(&mut clock, &mut warp, v.shift_start, v.shift_end);
        (warp, clock - departure, cost, load)
    }

    /// The least time warp over every departure in the shift, and the least time from departure
    /// to return among the departures reaching it: by trying every departure where a wait or a
    /// lateness can begin, and every minute besides.
    fn brute_force(problem: &Problem, vehicle: usize, jobs: &[usize]) -> (f64, f64, f64, f64) {
        let v = &problem.vehicles[vehicle];
        let mut departures: Vec<f64> = (0..=(v.shift_end - v.shift_start) as usize)
            .map(|minute| v.shift_start + minute as f64)
            .chain([v.shift_end])
            .collect();
        let mut ahead = 0.0;
        let mut place = v.start;
        for &job in jobs {
            let j = &problem.jobs[job];
            if j.location != ANYWHERE {
                ahead += problem.time_and_cost(place, j.location).0;
                place = j.location;
            }
            departures.extend([j.ready - ahead, j.due - ahead]);
            ahead += j.service;
        }
        departures.retain(|d| (v.shift_start..=v.shift_end).contains(d));
        let walks: Vec<_> = departures.iter().map(|&d| walk(problem, vehicle, jobs, d)).collect();
        let least_warp = walks.iter().map(|w| w.0).fold(f64::INFINITY, f64::min);
        let least_time = walks.iter().filter(|w| w.0 <= least_warp + 1e-9).map(|w| w.1).fold(f64::INFINITY, f64::min);
        (least_warp, least_time, walks[0].2, walks[0].3)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6
    }

    fn same(a: &Segment, b: &Segment) -> bool {
        a.first == b.first
            && a.last == b.last
            && [(a.duration, b.duration), (a.time_warp, b.time_warp), (a.cost, b.cost), (a.load, b.load)]
                .iter()
                .all(|&(x, y)| close(x, y))
            && close(a.earliest, b.earliest)
            && close(a.latest, b.latest)
    }

    /// Departure, `jobs` and return, joined left to right.
    fn left_fold(problem: &Problem, jobs: &[usize]) -> Segment {
        let middle =
            jobs.iter().fold(Segment::start(problem, 0), |seg, &job| seg.then(&Segment::job(problem, job), problem));
        middle.then(&Segment::end(problem, 0), problem)
    }

    #[test]
    fn a_joined_route_has_the_time_warp_duration_and_cost_of_a_walk_through_it() {
        let mut rng = Rng::new(7);
        let mut late = 0;
        for seed in 0..60 {
            let breaks = seed % 3 == 0;
            let problem = random_problem(seed, 8, 1, 100.0, breaks);
            let customers = problem.jobs.len() - usize::from(breaks);
            let mut jobs: Vec<usize> = rng.shuffled(customers)[..rng.below(customers + 1)].to_vec();
            if breaks {
                jobs.insert(rng.below(jobs.len() + 1), customers);
            }
            let whole = left_fold(&problem, &jobs);
            let (warp, time, cost, load) = brute_force(&problem, 0, &jobs);
            assert!(close(whole.time_warp, warp), "seed {seed}: time warp {} joined, {warp} walked", whole.time_warp);
            assert!(
                close(whole.duration - whole.time_warp, time),
                "seed {seed}: {} joined, {time} walked",
                whole.duration - whole.time_warp
            );
            assert!(close(whole.cost, cost) && close(whole.load, load), "seed {seed}: cost and load");
            late += usize::from(warp > 0.0);
        }
        assert!(late > 5 && late < 55, "{late} of 60 routes late: both kinds are tried");
    }

    #[test]
    fn joining_is_associative_so_a_prefix_and_a_suffix_give_the_whole_route() {
        let mut rng = Rng::new(11);
        for seed in 0..40 {
            let problem = random_problem(seed, 9, 1, 100.0, false);
            let jobs = rng.shuffled(problem.jobs.len());
            let whole = left_fold(&problem, &jobs);
            for split in 0..=jobs.len() {
                let prefix = jobs[..split]
                    .iter()
                    .fold(Segment::start(&problem, 0), |seg, &job| seg.then(&Segment::job(&problem, job), &problem));
                let suffix = jobs[split..]
                    .iter()
                    .rev()
                    .fold(Segment::end(&problem, 0), |seg, &job| Segment::job(&problem, job).then(&seg, &problem));
                let joined = prefix.then(&suffix, &problem);
                assert!(same(&joined, &whole), "seed {seed}, split {split}: {joined:?} vs {whole:?}");
            }
        }
    }

    #[test]
    fn a_break_is_taken_where_the_vehicle_is_and_the_next_drive_starts_there() {
        let problem = random_problem(3, 2, 1, 100.0, true);
        let (a, b, lunch) = (0, 1, 2);
        let with_break = left_fold(&problem, &[a, lunch, b]);
        let without = left_fold(&problem, &[a, b]);
        assert_eq!(with_break.cost, without.cost, "no drive to or from the break");
        assert_eq!((with_break.first, with_break.last), (0, 0), "the route leaves and ends at the depot");
        let joined = Segment::job(&problem, a).then(&Segment::job(&problem, lunch), &problem);
        assert_eq!(joined.last, problem.jobs[a].location, "after the break the vehicle is still at the job");
        assert!(joined.duration >= problem.jobs[a].service + problem.jobs[lunch].service);
    }
}
