//! One vehicle's route, with the prefix and suffix summaries that make moves O(1) to check.

use super::problem::{Problem, ANYWHERE};
use super::segment::Segment;

/// Tolerance on time and load comparisons, for floating-point sums.
pub const EPSILON: f64 = 1e-9;

/// Slack on [`Route::has_room`], as a share of the shift: a matrix whose detours may be a
/// little shorter than the direct drive (road legs rounded to the second, Euclidean distances
/// in floating point) never has a feasible insertion refused.
const ROOM_SLACK: f64 = 1e-3;

/// Weight of one unit of lateness against one unit of travel when windows are soft:
/// a minute late outweighs over ten hours of driving.
pub const LATENESS_WEIGHT: f64 = 1000.0;

/// Time from departure to return of a whole route's summary (the clock never goes back:
/// lateness with soft windows is not time spent).
#[inline]
pub fn duration(whole: &Segment) -> f64 {
    whole.duration - whole.time_warp
}

/// Time a whole route of `vehicle` is back after the end of normal hours: it leaves at the
/// earliest departure of least duration, so it is back as early as it can be.
#[inline]
pub fn overtime(problem: &Problem, vehicle: usize, whole: &Segment) -> f64 {
    (whole.earliest + duration(whole) - problem.vehicles[vehicle].regular_end).max(0.0)
}

/// A whole route's share of the objective below unplanned jobs and vehicles, as one number
/// (see [`super::solution::Cost::scalar`]): travel, lateness when windows are soft
/// ([`LATENESS_WEIGHT`] per unit), duration and overtime at [`Problem::duration_weight`].
#[inline]
pub fn value(problem: &Problem, vehicle: usize, whole: &Segment) -> f64 {
    let mut value = whole.cost;
    if problem.soft_windows {
        value += LATENESS_WEIGHT * whole.time_warp;
    }
    if problem.duration_weight > 0.0 {
        value += problem.duration_weight * (duration(whole) + overtime(problem, vehicle, whole));
    }
    value
}

/// Whether `job` is a break (done wherever the vehicle is).
#[inline]
pub fn is_break(problem: &Problem, job: usize) -> bool {
    problem.jobs[job].location == ANYWHERE
}

/// The jobs a vehicle visits, in order.
#[derive(Debug)]
pub struct Route {
    /// Vehicle index.
    pub vehicle: usize,
    /// Job indices in visiting order.
    pub jobs: Vec<usize>,
    /// `prefix[k]`: departure then the first `k` jobs.
    prefix: Vec<Segment>,
    /// `suffix[k]`: jobs from position `k` on, then the return.
    suffix: Vec<Segment>,
    /// Departure, every job, return.
    whole: Segment,
    /// Jobs that are visits (not breaks): what the job limit counts.
    visits: usize,
    /// Whether a break is in the route (only then do suffixes need expanding).
    has_break: bool,
    /// Time driving and on site from departure to return, waiting left out (see [`Route::has_room`]).
    work: f64,
}

impl Clone for Route {
    fn clone(&self) -> Route {
        Route {
            vehicle: self.vehicle,
            jobs: self.jobs.clone(),
            prefix: self.prefix.clone(),
            suffix: self.suffix.clone(),
            whole: self.whole,
            visits: self.visits,
            has_break: self.has_break,
            work: self.work,
        }
    }

    /// Copies `source` reusing this route's buffers: the search restores routes this way
    /// thousands of times a second.
    fn clone_from(&mut self, source: &Route) {
        self.vehicle = source.vehicle;
        self.jobs.clone_from(&source.jobs);
        self.prefix.clone_from(&source.prefix);
        self.suffix.clone_from(&source.suffix);
        self.whole = source.whole;
        self.visits = source.visits;
        self.has_break = source.has_break;
        self.work = source.work;
    }
}

impl Route {
    /// An empty route for `vehicle`.
    pub fn new(problem: &Problem, vehicle: usize) -> Route {
        let whole = Segment::start(problem, vehicle);
        let mut route = Route {
            vehicle,
            jobs: Vec::new(),
            prefix: Vec::new(),
            suffix: Vec::new(),
            whole,
            visits: 0,
            has_break: false,
            work: 0.0,
        };
        route.refresh(problem);
        route
    }

    /// Recomputes the summaries after `jobs` changed. O(length).
    pub fn refresh(&mut self, problem: &Problem) {
        let n = self.jobs.len();
        self.prefix.clear();
        self.prefix.push(Segment::start(problem, self.vehicle));
        for (k, &job) in self.jobs.iter().enumerate() {
            let next = self.prefix[k].then(&Segment::job(problem, job), problem);
            self.prefix.push(next);
        }
        self.suffix.clear();
        self.suffix.resize(n + 1, Segment::end(problem, self.vehicle));
        for k in (0..n).rev() {
            // A break joins the job before it first (it is taken at that job's place):
            // suffix[k] of a job followed by a break is job ⊕ break ⊕ suffix[k + 2].
            let mut head = Segment::job(problem, self.jobs[k]);
            let mut rest = k + 1;
            if rest < n && is_break(problem, self.jobs[rest]) && !is_break(problem, self.jobs[k]) {
                head = head.then(&Segment::job(problem, self.jobs[rest]), problem);
                rest += 1;
            }
            self.suffix[k] = head.then(&self.suffix[rest], problem);
        }
        self.whole = self.prefix[n].then(&self.suffix[n], problem);
        self.visits = self.jobs.iter().filter(|&&j| !is_break(problem, j)).count();
        self.has_break = self.visits < n;
        let limits = &problem.vehicles[self.vehicle];
        let mut place = limits.start;
        self.work = 0.0;
        for &job in &self.jobs {
            let job = &problem.jobs[job];
            if job.location != ANYWHERE {
                self.work += problem.time(place, job.location);
                place = job.location;
            }
            self.work += job.service;
        }
        self.work += problem.time(place, limits.end);
    }

    /// Departure, every job and return as one segment.
    pub fn whole(&self) -> &Segment {
        &self.whole
    }

    /// Jobs that are visits (not breaks): what the job limit counts.
    pub fn visits(&self) -> usize {
        self.visits
    }

    /// Visits (not breaks) among the first `k` jobs.
    pub fn visits_before(&self, k: usize, problem: &Problem) -> usize {
        if self.has_break {
            self.jobs[..k].iter().filter(|&&job| !is_break(problem, job)).count()
        } else {
            k
        }
    }

    /// Whether the vehicle leaves for at least one visit: a route holding only its
    /// technician's lunch break does not use the technician.
    pub fn is_used(&self) -> bool {
        self.visits > 0
    }

    /// Summary of the departure and the first `k` jobs.
    pub fn prefix(&self, k: usize) -> &Segment {
        &self.prefix[k]
    }

    /// The places driven from and to when a job is inserted before `position`: the last place
    /// before it (or the start) and the first after it (or the end), breaks skipped.
    #[inline]
    pub fn places_around(&self, position: usize) -> (usize, usize) {
        (self.prefix[position].last, self.suffix[position].first)
    }

    /// The summaries before each position and from it, `0..=len` (what
    /// [`Route::places_around`] reads), as two slices of the route's length plus one: a loop over
    /// every position then reads them without a bounds check each.
    #[inline]
    pub fn summaries(&self) -> (&[Segment], &[Segment]) {
        let n = self.jobs.len();
        (&self.prefix[..=n], &self.suffix[..=n])
    }

    /// Appends to `left` the jobs from position `k` on and the return; a break at `k` is
    /// taken at `left`'s last place.
    // Always inlined, as `insertion_cost`: the insertion loop then keeps the segments in
    // registers; as calls, WebAssembly passes them through memory (about a third of its time).
    #[inline(always)]
    pub fn join_suffix(&self, left: &Segment, k: usize, problem: &Problem) -> Segment {
        self.join_suffix_from(left, k, &self.suffix[k], problem)
    }

    /// As [`Route::join_suffix`], given `from_k`, the summary from position `k` on (as read from
    /// [`Route::summaries`]): the insertion loop then reads each summary once.
    #[inline(always)]
    fn join_suffix_from(&self, left: &Segment, k: usize, from_k: &Segment, problem: &Problem) -> Segment {
        if self.has_break && k < self.jobs.len() && is_break(problem, self.jobs[k]) {
            left.then(&Segment::job(problem, self.jobs[k]), problem).then(&self.suffix[k + 1], problem)
        } else {
            left.then(from_k, problem)
        }
    }

    /// Travel cost of the route (0 when empty: the vehicle stays home).
    pub fn cost(&self) -> f64 {
        if self.jobs.is_empty() {
            0.0
        } else {
            self.whole.cost
        }
    }

    /// Time from departure to return, the least the windows allow (0 when empty).
    pub fn duration(&self) -> f64 {
        if self.jobs.is_empty() {
            0.0
        } else {
            duration(&self.whole)
        }
    }

    /// Time back after the end of normal hours (0 when empty or on time).
    pub fn overtime(&self, problem: &Problem) -> f64 {
        if self.jobs.is_empty() {
            0.0
        } else {
            overtime(problem, self.vehicle, &self.whole)
        }
    }

    /// Whether a summary of a whole route of `vehicle` keeps every window, the capacity and
    /// the longest working time.
    pub fn feasible(segment: &Segment, problem: &Problem, vehicle: usize) -> bool {
        let limits = &problem.vehicles[vehicle];
        (problem.soft_windows || segment.time_warp <= EPSILON)
            && segment.load <= limits.capacity + EPSILON
            && duration(segment) <= limits.max_duration + EPSILON
    }

    /// Whether this route's vehicle may take `job` at all: skills, and room under its job limit.
    #[inline]
    pub fn accepts(&self, problem: &Problem, job: usize) -> bool {
        let vehicle = &problem.vehicles[self.vehicle];
        problem.jobs[job].allowed_for(self.vehicle, vehicle)
            && (self.visits < vehicle.max_jobs || is_break(problem, job))
    }

    /// Whether the route's day could hold `job`'s time on site at all: its driving and service,
    /// plus the job's, within the shift and the longest working time. A necessary condition of
    /// every feasible insertion (a detour never shortens the drive, as on roads), checked once
    /// per route instead of at every position: on a full day most routes fail it. Always true
    /// when windows are soft (lateness is then allowed).
    #[inline]
    pub fn has_room(&self, problem: &Problem, job: usize) -> bool {
        let limits = &problem.vehicles[self.vehicle];
        let span = (limits.shift_end - limits.shift_start).min(limits.max_duration);
        problem.soft_windows || self.work + problem.jobs[job].service <= span * (1.0 + ROOM_SLACK)
    }

    /// Lateness of the route (time warp; 0 when every window is kept).
    pub fn lateness(&self) -> f64 {
        if self.jobs.is_empty() {
            0.0
        } else {
            self.whole.time_warp
        }
    }

    /// Added objective of inserting `job` before position `position` (see [`value`]), or
    /// `None` if infeasible.
    ///
    /// Complexity: O(1).
    #[inline(always)] // see `join_suffix`
    pub fn insertion_cost(&self, problem: &Problem, job: usize, position: usize) -> Option<f64> {
        self.insertion_cost_between(problem, job, position, &self.prefix[position], &self.suffix[position])
    }

    /// As [`Route::insertion_cost`], given the summaries before and from `position` (as read
    /// from [`Route::summaries`]): the insertion loop then reads each summary once.
    #[inline(always)] // see `join_suffix`
    pub fn insertion_cost_between(
        &self,
        problem: &Problem,
        job: usize,
        position: usize,
        before: &Segment,
        from: &Segment,
    ) -> Option<f64> {
        let with_job = before.then(&Segment::job(problem, job), problem);
        // Time warp only grows as segments are joined: a job already reached too late needs
        // no suffix (most places tried in a tight-windowed route end here).
        if !problem.soft_windows && with_job.time_warp > EPSILON {
            return None;
        }
        let whole = self.join_suffix_from(&with_job, position, from, problem);
        Route::feasible(&whole, problem, self.vehicle).then(|| self.value_after(problem, &whole))
    }

    /// What the objective gains when this route becomes `whole` (an empty route counts for
    /// nothing): travel, and lateness, duration and overtime when they count (see [`value`]).
    #[inline]
    fn value_after(&self, problem: &Problem, whole: &Segment) -> f64 {
        if !problem.soft_windows && problem.duration_weight == 0.0 {
            return whole.cost - self.cost();
        }
        let before = if self.jobs.is_empty() { 0.0 } else { value(problem, self.vehicle, &self.whole) };
        value(problem, self.vehicle, whole) - before
    }

    /// Inserts `job` before `position` and refreshes.
    pub fn insert(&mut self, problem: &Problem, job: usize, position: usize) {
        self.jobs.insert(position, job);
        self.refresh(problem);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::check;
    use crate::plan::rng::Rng;
    use crate::plan::test_problems::random_problem;

    /// Whether the route was already late before the insertion (then every insertion is refused).
    fn late_before(problem: &Problem, jobs: &[usize]) -> bool {
        let others: Vec<usize> = (0..problem.jobs.len()).filter(|j| !jobs.contains(j)).collect();
        check(problem, &[jobs.to_vec(), vec![]], &others)
            .violations
            .iter()
            .any(|v| v.contains("commencée") || v.contains("retour"))
    }

    #[test]
    fn moves_checked_in_constant_time_agree_with_the_checker_even_around_breaks() {
        let mut rng = Rng::new(99);
        let mut agreed = 0;
        for seed in 0..40 {
            let problem = random_problem(seed, 10, 2, 100.0, true);
            let break_job = problem.jobs.len() - 2; // vehicle 0's break
            let order = rng.shuffled(10);
            let mut jobs: Vec<usize> = order[..rng.below(6)].to_vec();
            jobs.insert(rng.below(jobs.len() + 1), break_job);
            let mut route = Route::new(&problem, 0);
            route.jobs = jobs.clone();
            route.refresh(&problem);
            for &job in &order[jobs.len() - 1..] {
                for position in 0..=jobs.len() {
                    let mut with = jobs.clone();
                    with.insert(position, job);
                    let mut unplanned: Vec<usize> = (0..problem.jobs.len()).filter(|j| !with.contains(j)).collect();
                    unplanned.retain(|&j| j != problem.jobs.len() - 1);
                    let report = check(&problem, &[with, vec![]], &[unplanned, vec![problem.jobs.len() - 1]].concat());
                    let before = check(&problem, &[jobs.clone(), vec![]], &[]).cost;
                    match route.insertion_cost(&problem, job, position) {
                        Some(added) => {
                            assert!(
                                report.feasible(),
                                "seed {seed}: O(1) says feasible, checker says {:?}",
                                report.violations
                            );
                            assert!(
                                (added - (report.cost - before)).abs() < 1e-6,
                                "seed {seed}: cost {added} vs {}",
                                report.cost - before
                            );
                        }
                        None => assert!(
                            !report.feasible() || late_before(&problem, &jobs),
                            "seed {seed}: O(1) says infeasible, checker disagrees"
                        ),
                    }
                    agreed += 1;
                }
            }
        }
        assert!(agreed > 500, "{agreed} moves compared");
    }

    /// The route `jobs` of vehicle 0 with its summaries computed afresh.
    fn fresh(problem: &Problem, jobs: &[usize]) -> Route {
        let mut route = Route::new(problem, 0);
        route.jobs = jobs.to_vec();
        route.refresh(problem);
        route
    }

    #[test]
    fn inserting_then_removing_keeps_every_summary_as_if_computed_afresh() {
        let mut rng = Rng::new(5);
        for seed in 0..30 {
            let problem = random_problem(seed, 8, 1, 100.0, seed % 2 == 0);
            let mut route = Route::new(&problem, 0);
            assert_eq!((route.cost(), route.duration(), route.lateness(), route.visits()), (0.0, 0.0, 0.0, 0));
            assert!(!route.is_used(), "an empty route leaves no one");
            for job in rng.shuffled(problem.jobs.len()) {
                let position = rng.below(route.jobs.len() + 1);
                let value_before = if route.jobs.is_empty() { 0.0 } else { value(&problem, 0, route.whole()) };
                let told = route.insertion_cost(&problem, job, position);
                route.insert(&problem, job, position);
                let expected = fresh(&problem, &route.jobs);
                assert_eq!(route.whole(), expected.whole(), "seed {seed}: the whole route");
                for k in 0..=route.jobs.len() {
                    assert_eq!(route.prefix(k), expected.prefix(k), "seed {seed}: prefix {k}");
                }
                let visits = route.jobs.iter().filter(|&&j| !is_break(&problem, j)).count();
                assert_eq!(route.visits(), visits, "seed {seed}: breaks are not visits");
                assert_eq!(route.visits_before(route.jobs.len(), &problem), visits);
                assert_eq!(route.is_used(), visits > 0, "seed {seed}: a break alone uses no one");
                if let Some(added) = told {
                    let after = value(&problem, 0, route.whole());
                    assert!((added - (after - value_before)).abs() < 1e-6, "seed {seed}: the told cost is the change");
                    assert!(Route::feasible(route.whole(), &problem, 0), "seed {seed}: told feasible, and so it is");
                }
            }
            while !route.jobs.is_empty() {
                let removed = route.jobs.remove(rng.below(route.jobs.len()));
                route.refresh(&problem);
                assert!(!route.jobs.contains(&removed));
                assert_eq!(route.whole(), fresh(&problem, &route.jobs).whole(), "seed {seed}: after a removal");
            }
            assert_eq!(route.whole(), Route::new(&problem, 0).whole(), "seed {seed}: emptied, as new");
        }
    }

    #[test]
    fn the_places_around_a_position_skip_breaks_and_a_suffix_joins_across_one() {
        let problem = random_problem(1, 3, 1, 100.0, true);
        let lunch = 3;
        let route = fresh(&problem, &[0, lunch, 1, 2]);
        let place = |job: usize| problem.jobs[job].location;
        assert_eq!(route.places_around(0), (0, place(0)), "from the depot to the first job");
        assert_eq!(route.places_around(1), (place(0), place(1)), "before the break: on to job 1, the break skipped");
        assert_eq!(route.places_around(2), (place(0), place(1)), "after the break: from job 0's place");
        assert_eq!(route.places_around(4), (place(2), 0), "back to the depot");
        let rejoined = route.join_suffix(route.prefix(1), 1, &problem);
        let whole = route.whole();
        let close = |a: f64, b: f64| (a - b).abs() < 1e-9;
        assert!(
            close(rejoined.duration, whole.duration)
                && close(rejoined.cost, whole.cost)
                && close(rejoined.earliest, whole.earliest)
                && rejoined.load == whole.load,
            "a prefix ending before a break and the rest give the whole route: {rejoined:?} vs {whole:?}"
        );
    }

    #[test]
    fn a_vehicle_takes_only_jobs_it_may_and_no_more_than_its_limit() {
        let mut problem = random_problem(2, 4, 2, 100.0, true);
        problem.vehicles[0].max_jobs = 1;
        problem.jobs[1].skills = 1;
        let route = fresh(&problem, &[0]);
        assert!(!route.accepts(&problem, 2), "the limit of one visit is reached");
        assert!(route.accepts(&problem, 4), "its own break still fits: a break is not a visit");
        assert!(!route.accepts(&problem, 5), "another technician's break never does");
        assert!(!Route::new(&problem, 0).accepts(&problem, 1), "a skill the technician lacks");
    }
}
