//! Regret insertion: the first plan of every search, built from nothing.
//!
//! At each step the job whose best place is most ahead of its second best goes first. Each
//! waiting job's best place in each route is kept from one step to the next, with its two
//! cheapest routes: an insertion changes one route, so only that route's places are looked at
//! again, and only the jobs whose two cheapest routes it touches are ranked again. On 1000 stops
//! this is what keeps the first plan within a fraction of a second.

use super::problem::Problem;
use super::recreate::opening_cost;
use super::route::Route;
use super::solution::Solution;

/// Rounding allowed between the added travel summed leg by leg and the same summed over a
/// route's segments: a place whose added travel is within it of the best is evaluated in full.
const ROUNDING: f64 = 1e-9;

/// A job's cheapest place in one route: (added cost, job chosen among its group, position).
type Place = (f64, usize, usize);

/// The cheapest place of `waiting_job`'s group in `route`, the first place in order among
/// equal costs.
fn best_in_route(problem: &Problem, route: &Route, waiting_job: usize, count_vehicles: bool) -> Option<Place> {
    best_in_route_from(problem, route, waiting_job, count_vehicles, None)
}

/// As [`best_in_route`], knowing a feasible place already (`best`): the places its cost puts
/// out of reach are not evaluated.
fn best_in_route_from(
    problem: &Problem,
    route: &Route,
    waiting_job: usize,
    count_vehicles: bool,
    mut best: Option<Place>,
) -> Option<Place> {
    for (job, opening) in members_taken(problem, route, waiting_job, count_vehicles) {
        for position in 0..=route.jobs.len() {
            consider(problem, route, job, position, opening, &mut best);
        }
    }
    best
}

/// The members of `waiting_job`'s group that `route` may take and has room for, each with what
/// opening the route costs it (see [`opening_cost`]).
fn members_taken<'a>(
    problem: &'a Problem,
    route: &'a Route,
    waiting_job: usize,
    count_vehicles: bool,
) -> impl Iterator<Item = (usize, f64)> + 'a {
    problem.members[problem.group[waiting_job]]
        .iter()
        .copied()
        .filter(|&job| route.accepts(problem, job) && route.has_room(problem, job))
        .map(move |job| (job, opening_cost(problem, route, job, count_vehicles)))
}

/// The cheapest place of `waiting_job`'s group among the two beside the job just inserted
/// before `at` in `route` and, for `also`'s job only, its position there: in the order
/// [`best_in_route`] looks at them, so that ties go the same way.
fn best_beside(
    problem: &Problem,
    route: &Route,
    waiting_job: usize,
    at: usize,
    also: Option<(usize, usize)>,
    count_vehicles: bool,
) -> Option<Place> {
    let mut best: Option<Place> = None;
    for (job, opening) in members_taken(problem, route, waiting_job, count_vehicles) {
        let mut positions = [at, at + 1, 0];
        let count = match also {
            Some((also_job, position)) if also_job == job => {
                positions[2] = position;
                3
            }
            _ => 2,
        };
        positions[..count].sort_unstable();
        for &position in &positions[..count] {
            consider(problem, route, job, position, opening, &mut best);
        }
    }
    best
}

/// Takes `job` before `position` of `route` as `best` when it is feasible and strictly cheaper.
#[inline]
fn consider(problem: &Problem, route: &Route, job: usize, position: usize, opening: f64, best: &mut Option<Place>) {
    // The added travel, known before the windows are checked, never exceeds the added cost
    // (see `recreate::best_insertion`): a place it already puts above the best cannot win.
    let (here, penalty) = (problem.jobs[job].location, problem.jobs[job].penalty);
    let (before, after) = route.places_around(position);
    let travel = problem.cost(before, here) + problem.cost(here, after) - problem.cost(before, after);
    if best.is_some_and(|(cost, ..)| travel + penalty + opening - ROUNDING > cost) {
        return;
    }
    if let Some(cost) = route.insertion_cost(problem, job, position) {
        if best.is_none_or(|(least, ..)| cost + opening < least) {
            *best = Some((cost + opening, job, position));
        }
    }
}

/// Whether an insertion can only make other insertions dearer or impossible, place by place:
/// the windows are hard (a stop added never lets a later one be reached earlier: travel times
/// keep the triangle inequality, as shortest paths do) and the objective is travel alone (a
/// place's added travel does not depend on the rest of the route).
fn travel_only(problem: &Problem) -> bool {
    !problem.soft_windows && problem.duration_weight == 0.0
}

/// The cheapest place of `waiting_job`'s group in `route` just after a job went in before
/// `at`, knowing the cheapest place there before (`was`: the member and its position, not
/// `at`), in a problem where [`travel_only`] holds and `route` was not empty. The other places
/// cost what they cost, when still feasible: so if the best of them still is, the answer is it
/// or one of the two new places around the job inserted. Otherwise every place is looked at
/// again.
fn best_after_insertion(
    problem: &Problem,
    route: &Route,
    waiting_job: usize,
    (was_job, was_position): (usize, usize),
    at: usize,
    count_vehicles: bool,
) -> Option<Place> {
    let moved = if was_position < at { was_position } else { was_position + 1 };
    let survives = route.accepts(problem, was_job)
        && route.has_room(problem, was_job)
        && route.insertion_cost(problem, was_job, moved).is_some();
    if survives {
        best_beside(problem, route, waiting_job, at, Some((was_job, moved)), count_vehicles)
    } else {
        best_in_route(problem, route, waiting_job, count_vehicles)
    }
}

/// For regret insertion: the routes to look at, in order, each with whether it stands for two.
/// The empty routes of identical vehicles offer the same places, so only the first of each kind
/// is looked at, and when another is left it is also every job's second best there (as if both
/// were looked at). On 1000 stops and 250 vehicles, most routes are empty for most of the
/// construction. Not when `reserved`: some job is reserved to one vehicle (a technician's own
/// break).
fn routes_to_look_at(problem: &Problem, solution: &Solution, reserved: bool, looked_at: &mut Vec<(usize, bool)>) {
    looked_at.clear();
    // Where in `looked_at` the first empty route of each kind is (kinds are numbered by vehicle).
    let mut first_empty = vec![usize::MAX; problem.vehicles.len()];
    for (r, route) in solution.routes.iter().enumerate() {
        if reserved || !route.jobs.is_empty() {
            looked_at.push((r, false));
            continue;
        }
        let kind = problem.vehicle_class[route.vehicle];
        match first_empty[kind] {
            usize::MAX => {
                first_empty[kind] = looked_at.len();
                looked_at.push((r, false));
            }
            first => looked_at[first].1 = true,
        }
    }
}

/// What is known of a waiting job's cheapest place in one route.
#[derive(Debug, Clone, Copy)]
enum Known {
    /// The place itself (none: the route cannot take the job).
    Place(Option<Place>),
    /// Not looked for since the route changed, but it costs at least this much: a route far
    /// from the two that rank the job is looked at again only once they come near it (on 1000
    /// stops, most jobs' places in most routes are never needed again).
    AtLeast(f64),
}

/// A waiting job's two cheapest routes among those looked at.
#[derive(Debug, Clone, Copy, Default)]
struct Ranked {
    /// The cheapest: (added cost, job chosen, route, position); the earlier route among equals.
    first: Option<(f64, usize, usize, usize)>,
    /// The second cheapest: (added cost, route); the route is the first's own when it stands
    /// for two empty routes.
    second: Option<(f64, usize)>,
}

impl Ranked {
    /// Ranks the places known (the job's cheapest place in each route) over the routes
    /// looked at; places not looked for are left aside.
    fn of(places: &[Known], looked_at: &[(usize, bool)]) -> Ranked {
        let mut ranked = Ranked::default();
        for &(r, twin) in looked_at {
            let Known::Place(Some((cost, job, position))) = places[r] else {
                continue;
            };
            if ranked.first.is_none_or(|(best, ..)| cost.total_cmp(&best).is_lt()) {
                ranked.second = ranked.first.map(|(best, _, route, _)| (best, route));
                ranked.first = Some((cost, job, r, position));
            } else if ranked.second.is_none_or(|(next, _)| cost.total_cmp(&next).is_lt()) {
                ranked.second = Some((cost, r));
            }
            if twin && ranked.second.is_none_or(|(next, _)| cost.total_cmp(&next).is_lt()) {
                ranked.second = Some((cost, r));
            }
        }
        ranked
    }

    /// The cost above which a place cannot change the ranking.
    fn threshold(&self) -> f64 {
        self.second.map_or(f64::INFINITY, |(next, _)| next)
    }

    /// Whether route `r` is one of the two.
    fn involves(&self, r: usize) -> bool {
        self.first.is_some_and(|(.., route, _)| route == r) || self.second.is_some_and(|(_, route)| route == r)
    }

    /// Takes a place in route `r` into the two, when it is cheaper (among equal costs, the
    /// earlier route goes first, as in [`Ranked::of`]). Exact when `r` was not one of the two.
    fn merge(&mut self, (cost, job, position): Place, r: usize) {
        let ahead = |other: f64, route: usize| cost.total_cmp(&other).then(r.cmp(&route)).is_lt();
        match self.first {
            Some((first, _, route, _)) if !ahead(first, route) => {
                if self.second.is_none_or(|(second, route)| ahead(second, route)) {
                    self.second = Some((cost, r));
                }
            }
            _ => {
                self.second = self.first.map(|(first, _, route, _)| (first, route));
                self.first = Some((cost, job, r, position));
            }
        }
    }

    /// Takes the new place in route `r`, one of the two (not for two empty routes), when that
    /// settles the ranking: it is still ahead of the routes not ranked. Returns false when
    /// every route has to be looked at again.
    fn settle(&mut self, r: usize, place: Option<Place>) -> bool {
        let (Some((cost, job, position)), Some((first, _, first_route, _))) = (place, self.first) else {
            return false;
        };
        let ahead = |other: f64, route: usize| cost.total_cmp(&other).then(r.cmp(&route)).is_lt();
        if first_route == r {
            if self.second.is_some_and(|(_, route)| route == r) {
                return false;
            }
            if self.second.is_none_or(|(second, route)| ahead(second, route)) {
                self.first = Some((cost, job, r, position));
                return true;
            }
            return false;
        }
        let Some((second, _)) = self.second else {
            return false;
        };
        if ahead(first, first_route) {
            self.second = Some((first, first_route));
            self.first = Some((cost, job, r, position));
            true
        } else if cost <= second {
            self.second = Some((cost, r));
            true
        } else {
            false
        }
    }

    /// Route `to` now stands where route `from` stood, with the same place.
    fn rename(&mut self, from: usize, to: usize) {
        if let Some((.., route, _)) = &mut self.first {
            if *route == from {
                *route = to;
            }
        }
        if let Some((_, route)) = &mut self.second {
            if *route == from {
                *route = to;
            }
        }
    }
}

/// Ranks `job`'s places (`known`, one per route), first looking for the places whose lower
/// bound could put them among the two cheapest.
fn rank(
    problem: &Problem,
    solution: &Solution,
    job: usize,
    known: &mut [Known],
    looked_at: &[(usize, bool)],
    count_vehicles: bool,
) -> Ranked {
    let ranked = Ranked::of(known, looked_at);
    let mut looked_for = false;
    for &(r, _) in looked_at {
        if let Known::AtLeast(least) = known[r] {
            if least <= ranked.threshold() {
                known[r] = Known::Place(best_in_route(problem, &solution.routes[r], job, count_vehicles));
                looked_for = true;
            }
        }
    }
    if looked_for {
        Ranked::of(known, looked_at)
    } else {
        ranked
    }
}

/// A lower bound of the places of `waiting_job`'s group next to the job just inserted before
/// `at` in `route` (their added travel); none when the route takes no member.
fn new_places_bound(
    problem: &Problem,
    route: &Route,
    waiting_job: usize,
    at: usize,
    count_vehicles: bool,
) -> Option<f64> {
    let mut least: Option<f64> = None;
    for (job, opening) in members_taken(problem, route, waiting_job, count_vehicles) {
        let here = problem.jobs[job].location;
        let extra = problem.jobs[job].penalty + opening - ROUNDING;
        for position in [at, at + 1] {
            let (before, after) = route.places_around(position);
            let travel = problem.cost(before, here) + problem.cost(here, after) - problem.cost(before, after);
            least = Some(least.map_or(travel + extra, |least: f64| least.min(travel + extra)));
        }
    }
    least
}

/// What is known of `waiting_job`'s place in `route` (number `r`) after a job went in before
/// `at`, from what was known before, when [`travel_only`] holds and the route was not empty:
/// the place, or only a lower bound when that is above `ranked`'s threshold and the route is
/// not one of its two.
fn known_after_insertion(
    problem: &Problem,
    route: &Route,
    (r, at): (usize, usize),
    waiting_job: usize,
    before: Known,
    ranked: &Ranked,
    count_vehicles: bool,
) -> Known {
    let least = match before {
        Known::Place(None) => return Known::Place(None),
        Known::Place(Some((_, job, position))) if position != at => {
            return Known::Place(best_after_insertion(
                problem,
                route,
                waiting_job,
                (job, position),
                at,
                count_vehicles,
            ));
        }
        // The other places cost at least the best before, the new ones at least their travel.
        Known::Place(Some((cost, ..))) => cost,
        Known::AtLeast(least) => least,
    };
    let Some(new_places) = new_places_bound(problem, route, waiting_job, at, count_vehicles) else {
        return Known::Place(None);
    };
    if !ranked.involves(r) && least.min(new_places) > ranked.threshold() {
        return Known::AtLeast(least.min(new_places));
    }
    // A new place cheaper than every other place can be is the best; else it prunes the others.
    let best = best_beside(problem, route, waiting_job, at, None, count_vehicles);
    if best.is_some_and(|(cost, ..)| cost < least - ROUNDING) {
        Known::Place(best)
    } else {
        Known::Place(best_in_route_from(problem, route, waiting_job, count_vehicles, best))
    }
}

/// Builds a plan from nothing by regret-2 insertion: at each step, the job whose best place
/// is most ahead of its second best goes first (ties: the heaviest unplanned weight, then the
/// first waiting).
///
/// Complexity: O(n · routes · positions) for the first step; then, per step, the changed
/// route's places for the waiting jobs it may concern (three places each when
/// [`travel_only`] holds and the best place survives, a bound when the route is far from the
/// job's two cheapest) and the ranking of the jobs it concerns.
pub fn regret_insertion(problem: &Problem, count_vehicles: bool) -> Solution {
    let mut solution = Solution::empty(problem);
    let mut waiting: Vec<usize> = std::mem::take(&mut solution.unplanned);
    let routes = solution.routes.len();
    let incremental = travel_only(problem);
    // known[w * routes + r]: what is known of the cheapest place of waiting[w] in route r.
    // Every route is empty: identical vehicles offer the same places, looked for once.
    // (Routes are in vehicle order, and a kind is numbered by its first vehicle.)
    let reserved = problem.jobs.iter().any(|job| job.vehicle.is_some());
    let mut known: Vec<Known> = Vec::with_capacity(waiting.len() * routes);
    for &job in &waiting {
        let row = known.len();
        for (r, route) in solution.routes.iter().enumerate() {
            let same = if reserved { r } else { problem.vehicle_class[route.vehicle] };
            let place = if same == r {
                Known::Place(best_in_route(problem, route, job, count_vehicles))
            } else {
                known[row + same]
            };
            known.push(place);
        }
    }
    let mut looked_at = Vec::with_capacity(routes);
    routes_to_look_at(problem, &solution, reserved, &mut looked_at);
    let mut ranked: Vec<Ranked> =
        (0..waiting.len()).map(|w| Ranked::of(&known[w * routes..(w + 1) * routes], &looked_at)).collect();
    while !waiting.is_empty() {
        // (index in waiting, job chosen among the alternatives, route, position, regret)
        let mut chosen: Option<(usize, usize, usize, usize, f64)> = None;
        for (index, rank) in ranked.iter().enumerate() {
            let Some((first, job, route, position)) = rank.first else {
                continue;
            };
            let regret = rank.second.map_or(f64::INFINITY, |(second, _)| second - first)
                + problem.jobs[job].unplanned_weight * 1e-3;
            if chosen.is_none_or(|(_, _, _, _, best)| regret > best) {
                chosen = Some((index, job, route, position, regret));
            }
        }
        let Some((index, job, route, position, _)) = chosen else {
            break;
        };
        waiting.swap_remove(index);
        ranked.swap_remove(index);
        let last = waiting.len();
        if index < last {
            let (head, tail) = known.split_at_mut(last * routes);
            head[index * routes..(index + 1) * routes].copy_from_slice(&tail[..routes]);
        }
        known.truncate(last * routes);
        let was_empty = solution.routes[route].jobs.is_empty();
        solution.routes[route].insert(problem, job, position);
        let changed = &solution.routes[route];
        for (w, &waiting_job) in waiting.iter().enumerate() {
            let cell = &mut known[w * routes + route];
            *cell = if incremental && !was_empty {
                known_after_insertion(
                    problem,
                    changed,
                    (route, position),
                    waiting_job,
                    *cell,
                    &ranked[w],
                    count_vehicles,
                )
            } else {
                Known::Place(best_in_route(problem, changed, waiting_job, count_vehicles))
            };
        }
        // When the empty route standing for its kind took the job, the next empty one of the
        // kind stands for them, with the same places: if it stands for as many, the jobs it
        // ranked keep their ranking, under its name.
        let mut stand_in = None;
        if was_empty {
            let stood_for_two = looked_at.iter().any(|&(r, twin)| r == route && twin);
            routes_to_look_at(problem, &solution, reserved, &mut looked_at);
            let kind = problem.vehicle_class[solution.routes[route].vehicle];
            stand_in = looked_at
                .iter()
                .find(|&&(r, _)| {
                    r > route
                        && solution.routes[r].jobs.is_empty()
                        && problem.vehicle_class[solution.routes[r].vehicle] == kind
                })
                .filter(|&&(_, twin)| !reserved && twin == stood_for_two)
                .map(|&(r, _)| r);
        }
        for (w, rank_of) in ranked.iter_mut().enumerate() {
            let row = &mut known[w * routes..(w + 1) * routes];
            let place = match row[route] {
                Known::Place(place) => place,
                Known::AtLeast(_) => None,
            };
            match (rank_of.involves(route), stand_in) {
                (false, _) => {
                    if let Some(place) = place {
                        rank_of.merge(place, route);
                    }
                }
                (true, Some(to)) => {
                    rank_of.rename(route, to);
                    if let Some(place) = place {
                        rank_of.merge(place, route);
                    }
                }
                (true, None) => {
                    if was_empty || !rank_of.settle(route, place) {
                        *rank_of = rank(problem, &solution, waiting[w], row, &looked_at, count_vehicles);
                    }
                }
            }
        }
    }
    solution.unplanned = waiting;
    solution
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::check::check_solution;
    use crate::plan::test_problems::random_problem;

    /// Regret insertion as it was first written: every place of every waiting job in the
    /// changed route evaluated again, every job ranked again at every step.
    fn regret_insertion_by_hand(problem: &Problem, count_vehicles: bool) -> Solution {
        let mut solution = Solution::empty(problem);
        let mut waiting: Vec<usize> = std::mem::take(&mut solution.unplanned);
        let reserved = problem.jobs.iter().any(|job| job.vehicle.is_some());
        let mut looked_at = Vec::new();
        loop {
            routes_to_look_at(problem, &solution, reserved, &mut looked_at);
            let mut chosen: Option<(usize, usize, usize, usize, f64)> = None;
            for (index, &waiting_job) in waiting.iter().enumerate() {
                let places: Vec<Known> = solution
                    .routes
                    .iter()
                    .map(|route| Known::Place(best_in_route(problem, route, waiting_job, count_vehicles)))
                    .collect();
                let rank = Ranked::of(&places, &looked_at);
                let Some((first, job, route, position)) = rank.first else {
                    continue;
                };
                let regret = rank.second.map_or(f64::INFINITY, |(second, _)| second - first)
                    + problem.jobs[job].unplanned_weight * 1e-3;
                if chosen.is_none_or(|(.., best)| regret > best) {
                    chosen = Some((index, job, route, position, regret));
                }
            }
            let Some((index, job, route, position, _)) = chosen else {
                break;
            };
            waiting.swap_remove(index);
            solution.routes[route].insert(problem, job, position);
        }
        solution.unplanned = waiting;
        solution
    }

    #[test]
    fn keeping_places_and_rankings_between_steps_builds_the_plan_built_by_hand() {
        for seed in 0..8 {
            let (jobs, vehicles, capacity) = (60 + 10 * seed as usize, 14, 10.0 + seed as f64);
            let mut problem = random_problem(seed, jobs, vehicles, capacity, false);
            if seed % 3 == 1 {
                // Two kinds of vehicles: each kind's empty routes stand in turn for the kind.
                for vehicle in problem.vehicles.iter_mut().skip(vehicles / 2) {
                    vehicle.capacity *= 1.5;
                }
                problem.vehicle_class =
                    (0..vehicles).map(|v| if v < vehicles / 2 { 0 } else { vehicles / 2 }).collect();
            }
            assert!(travel_only(&problem), "the shortcut is exercised");
            let count_vehicles = seed % 2 == 0;
            let kept = regret_insertion(&problem, count_vehicles);
            let by_hand = regret_insertion_by_hand(&problem, count_vehicles);
            assert_eq!(kept.job_lists(), by_hand.job_lists(), "seed {seed}");
            assert_eq!(kept.unplanned, by_hand.unplanned, "seed {seed}");
            assert!(check_solution(&problem, &kept).feasible(), "seed {seed}");
        }
    }

    #[test]
    fn with_breaks_and_waiting_counted_every_place_is_evaluated_again_and_the_plan_is_the_same() {
        for seed in 0..4 {
            let mut problem = random_problem(seed, 50, 8, 12.0, true);
            problem.duration_weight = 0.5;
            assert!(!travel_only(&problem));
            let kept = regret_insertion(&problem, false);
            let by_hand = regret_insertion_by_hand(&problem, false);
            assert_eq!(kept.job_lists(), by_hand.job_lists(), "seed {seed}");
            assert!(check_solution(&problem, &kept).feasible(), "seed {seed}");
        }
    }

    #[test]
    fn looking_at_one_empty_route_of_identical_vehicles_changes_no_first_plan() {
        for seed in 0..6 {
            let problem = random_problem(seed, 80, 12, 15.0, false);
            let mut all_distinct = problem.clone();
            all_distinct.vehicle_class = (0..all_distinct.vehicles.len()).collect();
            let shortcut = regret_insertion(&problem, seed % 2 == 0);
            let every_route = regret_insertion(&all_distinct, seed % 2 == 0);
            assert_eq!(shortcut.job_lists(), every_route.job_lists(), "seed {seed}");
            assert!(check_solution(&problem, &shortcut).feasible());
        }
    }
}
