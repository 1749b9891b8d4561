//! Local search on k-nearest neighbours: relocate (a job or a string of up to three, the
//! or-opt move, within a route or to another), swap between routes, and 2-opt* (exchange of
//! route tails). First improvement, until no move improves.
//!
//! Every move is checked by concatenating the unchanged prefix summary of a route, the few
//! jobs that move, and the unchanged suffix summary (see [`super::segment`]): O(1) for moves
//! between routes, O(distance moved) within a route. Breaks never move on their own and
//! never leave their technician; skills and job limits are kept.

use super::problem::Problem;
use super::route::{self, is_break, Route};
use super::segment::Segment;
use super::solution::{Solution, VEHICLE_WEIGHT};

/// Neighbours of a job tried as its new company (the nearest ones by travel cost).
pub const LOCAL_NEIGHBOURS: usize = 20;
/// Longest string moved at once by relocate (or-opt).
const LONGEST_STRING: usize = 3;
/// Passes over all jobs before giving up on reaching a local optimum (bounds the time spent).
const MAX_PASSES: usize = 20;
/// Smallest gain worth a move: guards against cycling on rounding noise.
const MIN_GAIN: f64 = 1e-7;
/// Marks a job in no route.
const NOWHERE: usize = usize::MAX;

/// Where each job is; kept between calls to avoid reallocating.
#[derive(Debug, Default)]
pub struct LocalSearch {
    route_of: Vec<usize>,
    position: Vec<usize>,
    scratch: Vec<usize>,
    /// Routes changed since the current pass of [`LocalSearch::improve_around`] began.
    dirty: Vec<bool>,
    /// A count of the moves applied and the jobs looked at, to order the two below.
    clock: u64,
    /// When each route last changed (by the clock).
    changed_at: Vec<u64>,
    /// When each job's moves were last looked at (by the clock).
    looked_at: Vec<u64>,
}

/// A move found to improve the plan: the new job lists of one or two routes.
struct Improvement {
    routes: [(usize, Vec<usize>); 2],
    /// Whether the second entry is used (a move within one route changes only the first).
    two: bool,
}

impl LocalSearch {
    /// Improves `solution` in place until no move of the neighbourhood improves it (or
    /// twenty passes). Returns whether anything changed.
    ///
    /// The objective is the route part of [`super::solution::Cost`]: travel, lateness when
    /// windows are soft, duration and overtime when weighted, and vehicles used when
    /// `count_vehicles`. Unplanned jobs stay so.
    ///
    /// Complexity: O(passes · jobs · [`LOCAL_NEIGHBOURS`] · string length) for moves between
    /// routes; moves within a route add the distance moved.
    pub fn improve(&mut self, problem: &Problem, solution: &mut Solution, count_vehicles: bool) -> bool {
        self.locate(problem, solution);
        self.dirty.clear();
        let mut changed = false;
        for _ in 0..MAX_PASSES {
            let mut improved = false;
            for u in 0..problem.jobs.len() {
                improved |= self.improve_job(problem, solution, u, count_vehicles);
            }
            changed |= improved;
            if !improved {
                break;
            }
        }
        changed
    }

    /// As [`LocalSearch::improve`], but each pass tries only the moves of the jobs of the
    /// routes changed since the pass before: at first those of `routes`. For a plan that was
    /// at a local optimum before these routes changed (the search's new best, a few routes
    /// away from the last one polished), it costs the size of the change, not of the plan:
    /// on 1000 stops a whole pass is hundreds of times an iteration.
    ///
    /// Complexity: O(passes · jobs of the changed routes · [`LOCAL_NEIGHBOURS`] · string length).
    pub fn improve_around(
        &mut self,
        problem: &Problem,
        solution: &mut Solution,
        count_vehicles: bool,
        routes: &[usize],
    ) -> bool {
        self.locate(problem, solution);
        self.dirty.clear();
        self.dirty.resize(solution.routes.len(), false);
        let mut to_visit: Vec<usize> = Vec::new();
        for &r in routes {
            self.dirty[r] = true;
        }
        let mut changed = false;
        for _ in 0..MAX_PASSES {
            to_visit.clear();
            for (r, dirty) in self.dirty.iter_mut().enumerate() {
                if std::mem::take(dirty) {
                    to_visit.extend_from_slice(&solution.routes[r].jobs);
                }
            }
            to_visit.sort_unstable();
            let mut improved = false;
            for &u in &to_visit {
                improved |= self.improve_job(problem, solution, u, count_vehicles);
            }
            changed |= improved;
            if !improved {
                break;
            }
        }
        changed
    }

    /// Applies every improving move found bringing `u` next to one of its nearest neighbours
    /// (marking the routes they change); returns whether any was.
    fn improve_job(&mut self, problem: &Problem, solution: &mut Solution, u: usize, count_vehicles: bool) -> bool {
        if self.route_of[u] == NOWHERE || is_break(problem, u) || self.unchanged_since_looked_at(problem, u) {
            return false;
        }
        self.clock += 1;
        self.looked_at[u] = self.clock;
        let mut improved = false;
        for k in 0..problem.neighbours[u].len().min(LOCAL_NEIGHBOURS) {
            let v = problem.neighbours[u][k] as usize;
            if self.route_of[v] == NOWHERE || self.route_of[u] == NOWHERE {
                continue;
            }
            if let Some(found) = self.best_move(problem, solution, u, v, count_vehicles) {
                self.apply(problem, solution, found);
                improved = true;
            }
        }
        improved
    }

    /// Whether neither `u`'s route nor its neighbours' changed since its moves were last looked
    /// at: they are then the same moves, and none improved (or the routes would have changed).
    /// A move of `u` changes only its route and its neighbour's, so skipping these jobs leaves
    /// every pass as it was, only cheaper: on 1000 stops most jobs of a pass are skipped.
    fn unchanged_since_looked_at(&self, problem: &Problem, u: usize) -> bool {
        let seen = self.looked_at[u];
        let changed = |job: usize| self.route_of[job] != NOWHERE && self.changed_at[self.route_of[job]] >= seen;
        !changed(u) && !problem.neighbours[u].iter().take(LOCAL_NEIGHBOURS).any(|&v| changed(v as usize))
    }

    /// Records each job's route and position; every job's moves are to be looked at.
    fn locate(&mut self, problem: &Problem, solution: &Solution) {
        self.clock = 0;
        self.changed_at.clear();
        self.changed_at.resize(solution.routes.len(), 0);
        self.looked_at.clear();
        self.looked_at.resize(problem.jobs.len(), 0);
        self.route_of.clear();
        self.route_of.resize(problem.jobs.len(), NOWHERE);
        self.position.clear();
        self.position.resize(problem.jobs.len(), NOWHERE);
        for (r, route) in solution.routes.iter().enumerate() {
            self.locate_route(r, route);
        }
    }

    fn locate_route(&mut self, r: usize, route: &Route) {
        for (p, &job) in route.jobs.iter().enumerate() {
            self.route_of[job] = r;
            self.position[job] = p;
        }
    }

    /// Replaces the routes' jobs and refreshes their summaries and the positions.
    fn apply(&mut self, problem: &Problem, solution: &mut Solution, found: Improvement) {
        let count = if found.two { 2 } else { 1 };
        for (r, jobs) in found.routes.into_iter().take(count) {
            solution.routes[r].jobs = jobs;
            solution.routes[r].refresh(problem);
            self.locate_route(r, &solution.routes[r]);
            self.clock += 1;
            self.changed_at[r] = self.clock;
            if let Some(dirty) = self.dirty.get_mut(r) {
                *dirty = true;
            }
        }
    }

    /// The first improving move bringing `u` next to its neighbour `v`, if any.
    fn best_move(
        &mut self,
        problem: &Problem,
        solution: &Solution,
        u: usize,
        v: usize,
        count_vehicles: bool,
    ) -> Option<Improvement> {
        let (ru, i) = (self.route_of[u], self.position[u]);
        let (rv, j) = (self.route_of[v], self.position[v]);
        for length in 1..=LONGEST_STRING {
            let string = i..i + length;
            let jobs = &solution.routes[ru].jobs;
            if string.end > jobs.len() || jobs[string.clone()].iter().any(|&job| is_break(problem, job)) {
                break;
            }
            for target in targets(problem, &solution.routes[rv].jobs, j) {
                let found = if ru == rv {
                    self.relocate_within(problem, solution, ru, string.clone(), target, count_vehicles)
                } else {
                    relocate_between(problem, solution, (ru, string.clone()), (rv, target), count_vehicles)
                };
                if found.is_some() {
                    return found;
                }
            }
        }
        if ru != rv {
            return swap(problem, solution, (ru, i), (rv, j), count_vehicles)
                .or_else(|| exchange_tails(problem, solution, (ru, i + 1), (rv, j), count_vehicles));
        }
        None
    }

    /// Moves the jobs at `string` of `route` to before position `target` of the same route.
    fn relocate_within(
        &mut self,
        problem: &Problem,
        solution: &Solution,
        r: usize,
        string: std::ops::Range<usize>,
        target: usize,
        count_vehicles: bool,
    ) -> Option<Improvement> {
        if (string.start..=string.end).contains(&target) {
            return None;
        }
        let route = &solution.routes[r];
        let jobs = &route.jobs;
        self.scratch.clear();
        let (from, to) = if target < string.start {
            self.scratch.extend_from_slice(&jobs[string.clone()]);
            self.scratch.extend_from_slice(&jobs[target..string.start]);
            (target, string.end)
        } else {
            self.scratch.extend_from_slice(&jobs[string.end..target]);
            self.scratch.extend_from_slice(&jobs[string.clone()]);
            (string.start, target)
        };
        let middle = fold(problem, *route.prefix(from), &self.scratch);
        let whole = route.join_suffix(&middle, to, problem);
        let gain = route_value(problem, route, count_vehicles)
            - value(problem, route.vehicle, &whole, Holds::Visits, count_vehicles);
        if gain <= MIN_GAIN || !Route::feasible(&whole, problem, route.vehicle) {
            return None;
        }
        let mut new_jobs = Vec::with_capacity(jobs.len());
        new_jobs.extend_from_slice(&jobs[..from]);
        new_jobs.extend_from_slice(&self.scratch);
        new_jobs.extend_from_slice(&jobs[to..]);
        Some(Improvement { routes: [(r, new_jobs), (0, Vec::new())], two: false })
    }
}

/// Positions next to the job at `j`: just after and just before it, and beyond a break that
/// follows or precedes it (a break is taken where the technician is, so each side differs).
fn targets(problem: &Problem, jobs: &[usize], j: usize) -> impl Iterator<Item = usize> {
    let after_break = (j + 1 < jobs.len() && is_break(problem, jobs[j + 1])).then_some(j + 2);
    let before_break = (j > 0 && is_break(problem, jobs[j - 1])).then(|| j - 1);
    [Some(j + 1), Some(j), after_break, before_break].into_iter().flatten()
}

/// `start` followed by `jobs`, in order.
fn fold(problem: &Problem, start: Segment, jobs: &[usize]) -> Segment {
    jobs.iter().fold(start, |seg, &job| seg.then(&Segment::job(problem, job), problem))
}

/// What a route holds once a move is made: what its share of the objective depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Holds {
    /// No job: the vehicle stays home, at no cost.
    Nothing,
    /// Its technician's lunch break alone: the technician is not used.
    BreakOnly,
    /// At least one visit.
    Visits,
}

impl Holds {
    /// What a route of `jobs` jobs, `visits` of them visits, holds.
    fn of(jobs: usize, visits: usize) -> Holds {
        match (jobs, visits) {
            (0, _) => Holds::Nothing,
            (_, 0) => Holds::BreakOnly,
            _ => Holds::Visits,
        }
    }
}

/// The share of the objective of `vehicle`'s route summarised by `whole`, holding `holds`, as in
/// [`super::solution::Cost::scalar`].
fn value(problem: &Problem, vehicle: usize, whole: &Segment, holds: Holds, count_vehicles: bool) -> f64 {
    match holds {
        Holds::Nothing => 0.0,
        Holds::BreakOnly => route::value(problem, vehicle, whole),
        Holds::Visits => route::value(problem, vehicle, whole) + if count_vehicles { VEHICLE_WEIGHT } else { 0.0 },
    }
}

/// A route's current share of the objective.
fn route_value(problem: &Problem, route: &Route, count_vehicles: bool) -> f64 {
    value(problem, route.vehicle, route.whole(), Holds::of(route.jobs.len(), route.visits()), count_vehicles)
}

/// Whether replacing routes `a` and `b` by the summaries `new_a` and `new_b` (holding what
/// `a_holds` and `b_holds` say) lowers the objective by more than [`MIN_GAIN`] and keeps both feasible.
fn improves(
    problem: &Problem,
    (a, new_a, a_holds): (&Route, &Segment, Holds),
    (b, new_b, b_holds): (&Route, &Segment, Holds),
    count_vehicles: bool,
) -> bool {
    let gain = route_value(problem, a, count_vehicles) + route_value(problem, b, count_vehicles)
        - value(problem, a.vehicle, new_a, a_holds, count_vehicles)
        - value(problem, b.vehicle, new_b, b_holds, count_vehicles);
    gain > MIN_GAIN
        && (a_holds == Holds::Nothing || Route::feasible(new_a, problem, a.vehicle))
        && (b_holds == Holds::Nothing || Route::feasible(new_b, problem, b.vehicle))
}

/// Room for `added` more visits under the route's job limit.
fn has_room(problem: &Problem, route: &Route, added: usize) -> bool {
    route.visits() + added <= problem.vehicles[route.vehicle].max_jobs
}

/// Whether every job of `jobs` may go to `route`'s technician (skills, own breaks).
fn all_allowed(problem: &Problem, route: &Route, jobs: &[usize]) -> bool {
    let vehicle = &problem.vehicles[route.vehicle];
    jobs.iter().all(|&job| problem.jobs[job].allowed_for(route.vehicle, vehicle))
}

/// Moves the jobs at `string` of route `from.0` to before position `to.1` of route `to.0`.
fn relocate_between(
    problem: &Problem,
    solution: &Solution,
    (ra, string): (usize, std::ops::Range<usize>),
    (rb, target): (usize, usize),
    count_vehicles: bool,
) -> Option<Improvement> {
    let (a, b) = (&solution.routes[ra], &solution.routes[rb]);
    let moved = &a.jobs[string.clone()];
    let new_b = b.join_suffix(&fold(problem, *b.prefix(target), moved), target, problem);
    let new_a = a.join_suffix(a.prefix(string.start), string.end, problem);
    let a_holds = Holds::of(a.jobs.len() - moved.len(), a.visits() - moved.len());
    if !improves(problem, (a, &new_a, a_holds), (b, &new_b, Holds::Visits), count_vehicles)
        || !has_room(problem, b, moved.len())
        || !all_allowed(problem, b, moved)
    {
        return None;
    }
    let mut jobs_a = a.jobs.clone();
    jobs_a.drain(string);
    let mut jobs_b = b.jobs.clone();
    jobs_b.splice(target..target, moved.iter().copied());
    Some(Improvement { routes: [(ra, jobs_a), (rb, jobs_b)], two: true })
}

/// Exchanges the job at `a.1` of route `a.0` with the job at `b.1` of route `b.0`.
fn swap(
    problem: &Problem,
    solution: &Solution,
    (ra, i): (usize, usize),
    (rb, j): (usize, usize),
    count_vehicles: bool,
) -> Option<Improvement> {
    let (a, b) = (&solution.routes[ra], &solution.routes[rb]);
    let (u, v) = (a.jobs[i], b.jobs[j]);
    if is_break(problem, v) {
        return None;
    }
    let new_a = a.join_suffix(&a.prefix(i).then(&Segment::job(problem, v), problem), i + 1, problem);
    let new_b = b.join_suffix(&b.prefix(j).then(&Segment::job(problem, u), problem), j + 1, problem);
    if !improves(problem, (a, &new_a, Holds::Visits), (b, &new_b, Holds::Visits), count_vehicles)
        || !all_allowed(problem, a, &[v])
        || !all_allowed(problem, b, &[u])
    {
        return None;
    }
    let (mut jobs_a, mut jobs_b) = (a.jobs.clone(), b.jobs.clone());
    jobs_a[i] = v;
    jobs_b[j] = u;
    Some(Improvement { routes: [(ra, jobs_a), (rb, jobs_b)], two: true })
}

/// 2-opt*: route `a.0` keeps its jobs before `a.1` and takes route `b.0`'s jobs from `b.1`
/// on, and the other way round.
fn exchange_tails(
    problem: &Problem,
    solution: &Solution,
    (ra, i): (usize, usize),
    (rb, j): (usize, usize),
    count_vehicles: bool,
) -> Option<Improvement> {
    let (a, b) = (&solution.routes[ra], &solution.routes[rb]);
    let new_a = tail_swapped(problem, a, i, b, j);
    let new_b = tail_swapped(problem, b, j, a, i);
    let (a_len, b_len) = (i + b.jobs.len() - j, j + a.jobs.len() - i);
    let (a_head, b_head) = (a.visits_before(i, problem), b.visits_before(j, problem));
    let a_holds = Holds::of(a_len, a_head + b.visits() - b_head);
    let b_holds = Holds::of(b_len, b_head + a.visits() - a_head);
    if !improves(problem, (a, &new_a, a_holds), (b, &new_b, b_holds), count_vehicles)
        || !all_allowed(problem, a, &b.jobs[j..])
        || !all_allowed(problem, b, &a.jobs[i..])
    {
        return None;
    }
    let mut jobs_a = a.jobs[..i].to_vec();
    jobs_a.extend_from_slice(&b.jobs[j..]);
    let mut jobs_b = b.jobs[..j].to_vec();
    jobs_b.extend_from_slice(&a.jobs[i..]);
    let visits = |jobs: &[usize]| jobs.iter().filter(|&&job| !is_break(problem, job)).count();
    if visits(&jobs_a) > problem.vehicles[a.vehicle].max_jobs || visits(&jobs_b) > problem.vehicles[b.vehicle].max_jobs
    {
        return None;
    }
    Some(Improvement { routes: [(ra, jobs_a), (rb, jobs_b)], two: true })
}

/// Summary of `route`'s first `keep` jobs followed by `other`'s jobs from `from` on, ending at
/// `route`'s own end place: O(1) when both technicians end at the same place and time.
fn tail_swapped(problem: &Problem, route: &Route, keep: usize, other: &Route, from: usize) -> Segment {
    let (mine, theirs) = (&problem.vehicles[route.vehicle], &problem.vehicles[other.vehicle]);
    let same_end =
        mine.end == theirs.end && mine.shift_start == theirs.shift_start && mine.shift_end == theirs.shift_end;
    if same_end {
        other.join_suffix(route.prefix(keep), from, problem)
    } else {
        fold(problem, *route.prefix(keep), &other.jobs[from..]).then(&Segment::end(problem, route.vehicle), problem)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::{check, check_solution};
    use crate::plan::problem::ANYWHERE;
    use crate::plan::regret::regret_insertion;
    use crate::plan::test_problems::random_problem;

    /// The cheapest plan one move away: every job (not a break) moved to every position of every
    /// route that visits a job (the neighbourhood of local search), and every pair of jobs of
    /// different routes exchanged; checked from scratch.
    fn best_single_move(problem: &Problem, routes: &[Vec<usize>], unplanned: &[usize]) -> f64 {
        let mut best = f64::INFINITY;
        let mut consider = |candidate: &[Vec<usize>]| {
            let report = check(problem, candidate, unplanned);
            if report.feasible() {
                best = best.min(report.cost);
            }
        };
        for (a, route) in routes.iter().enumerate() {
            for (i, &job) in route.iter().enumerate() {
                if problem.jobs[job].location == ANYWHERE {
                    continue;
                }
                let visits_a_job = |b: usize| routes[b].iter().any(|&j| problem.jobs[j].location != ANYWHERE);
                for b in (0..routes.len()).filter(|&b| visits_a_job(b) || b == a) {
                    let mut without = routes.to_vec();
                    without[a].remove(i);
                    for position in 0..=without[b].len() {
                        let mut moved = without.clone();
                        moved[b].insert(position, job);
                        consider(&moved);
                    }
                    for (j, &other) in routes[b].iter().enumerate().filter(|_| b != a) {
                        if problem.jobs[other].location != ANYWHERE {
                            let mut swapped = routes.to_vec();
                            swapped[a][i] = other;
                            swapped[b][j] = job;
                            consider(&swapped);
                        }
                    }
                }
            }
        }
        best
    }

    #[test]
    fn local_search_keeps_plans_feasible_and_leaves_no_improving_relocate_or_swap() {
        let mut improved = 0;
        for seed in 400..430 {
            let problem = random_problem(seed, 10 + (seed as usize % 11), 3, 8.0, seed % 2 == 0);
            let mut solution = regret_insertion(&problem, false);
            let before = check_solution(&problem, &solution).cost;
            if LocalSearch::default().improve(&problem, &mut solution, false) {
                improved += 1;
            }
            let report = check_solution(&problem, &solution);
            assert!(report.feasible(), "seed {seed}: {:?}", report.violations);
            assert!(report.cost <= before + 1e-9, "seed {seed}: {} after, {before} before", report.cost);
            let summarised: f64 = solution.routes.iter().map(Route::cost).sum();
            assert!((summarised - report.cost).abs() < 1e-6, "seed {seed}: the summaries match the checker");
            assert!(!LocalSearch::default().improve(&problem, &mut solution, false), "seed {seed}: a local optimum");
            let neighbour = best_single_move(&problem, &solution.job_lists(), &solution.unplanned);
            assert!(neighbour >= report.cost - 1e-6, "seed {seed}: a move to {neighbour} was missed ({})", report.cost);
        }
        assert!(improved >= 15, "local search improved only {improved} of 30 first plans");
    }

    #[test]
    fn polishing_around_the_routes_a_change_touched_improves_them_and_stays_feasible() {
        let (mut spoilt, mut improved) = (0, 0);
        for seed in 500..540 {
            let problem = random_problem(seed, 60, 6, 20.0, false);
            let mut solution = regret_insertion(&problem, false);
            let mut search = LocalSearch::default();
            search.improve(&problem, &mut solution, false);
            // Move the first job of the first route to the worst feasible place of another route.
            let lists = solution.job_lists();
            let a = (0..lists.len()).find(|&a| !lists[a].is_empty()).unwrap();
            let job = lists[a][0];
            let mut worst: Option<(f64, Vec<Vec<usize>>, usize)> = None;
            for b in (0..lists.len()).filter(|&b| b != a && !lists[b].is_empty()) {
                for position in 0..=lists[b].len() {
                    let mut moved = lists.clone();
                    moved[a].remove(0);
                    moved[b].insert(position, job);
                    let report = check(&problem, &moved, &solution.unplanned);
                    if report.feasible() && worst.as_ref().is_none_or(|(cost, ..)| report.cost > *cost) {
                        worst = Some((report.cost, moved, b));
                    }
                }
            }
            let Some((spoiled, moved, b)) = worst else { continue };
            let mut changed = solution_of(&problem, &moved);
            let full = LocalSearch::default().improve(&problem, &mut solution_of(&problem, &moved), false);
            let around = search.improve_around(&problem, &mut changed, false, &[a, b]);
            assert_eq!(around, full, "seed {seed}: mended where a whole pass mends");
            spoilt += 1;
            improved += usize::from(around);
            let report = check_solution(&problem, &changed);
            assert!(report.feasible(), "seed {seed}: {:?}", report.violations);
            assert!(report.cost <= spoiled + 1e-9, "seed {seed}: never worse");
            let summarised: f64 = changed.routes.iter().map(Route::cost).sum();
            assert!((summarised - report.cost).abs() < 1e-6, "seed {seed}: the summaries match the checker");
        }
        assert!(spoilt >= 10 && improved + 2 >= spoilt, "{improved} of {spoilt} spoiled plans mended");
    }

    /// A solution of `problem` with the given job lists, every other job unplanned.
    fn solution_of(problem: &Problem, lists: &[Vec<usize>]) -> Solution {
        let mut solution = Solution::empty(problem);
        for (route, jobs) in solution.routes.iter_mut().zip(lists) {
            route.jobs = jobs.clone();
            route.refresh(problem);
        }
        solution.unplanned.retain(|job| !lists.iter().flatten().any(|planned| planned == job));
        solution
    }

    #[test]
    fn a_crossed_route_is_uncrossed_and_two_routes_share_the_work_more_cheaply() {
        // Four customers on a line, windows wide open: 0 at 10, 1 at 20, 2 at 30, 3 at 40, depot at 0.
        let places = 5;
        let position: [f64; 5] = [0.0, 10.0, 20.0, 30.0, 40.0];
        let travel: Vec<f64> =
            (0..places * places).map(|cell| (position[cell / places] - position[cell % places]).abs()).collect();
        let job = |location| crate::plan::Job {
            location,
            service: 1.0,
            ready: 0.0,
            due: 1000.0,
            demand: 1.0,
            unplanned_weight: 1.0,
            skills: 0,
            vehicle: None,
            penalty: 0.0,
        };
        let vehicle = crate::plan::Vehicle {
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
        let jobs = (1..places).map(job).collect();
        let problem = Problem::new(places, travel.clone(), travel, jobs, vec![vehicle; 2]).unwrap();
        // One route zig-zags 10 → 40 → 20 → 30; the other drives out to 40 and back for nothing new.
        let mut solution = solution_of(&problem, &[vec![0, 3, 1, 2], vec![]]);
        let before = check_solution(&problem, &solution);
        assert!(before.feasible());
        assert!(LocalSearch::default().improve(&problem, &mut solution, false), "the zig-zag is improved");
        let after = check_solution(&problem, &solution);
        assert!(after.feasible(), "{:?}", after.violations);
        assert_eq!(after.cost, 80.0, "out to 40 and back is the least on a line (was {})", before.cost);
        assert!(after.cost < before.cost);
        // With the fleet counted, one vehicle does everything rather than two.
        let mut spread = solution_of(&problem, &[vec![0, 1], vec![2, 3]]);
        LocalSearch::default().improve(&problem, &mut spread, true);
        let report = check_solution(&problem, &spread);
        assert!(report.feasible(), "{:?}", report.violations);
        assert_eq!((report.vehicles, report.cost), (1, 80.0), "one vehicle, the same 80 driven");
    }
}
