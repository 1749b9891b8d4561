//! Ruin: remove strings of consecutive jobs from routes near a random seed job
//! (adjacent string removal of SISR, Christiaens & Vanden Berghe 2020).

use super::problem::Problem;
use super::rng::Rng;
use super::solution::Solution;

/// Average number of jobs removed per ruin (c̄ in the paper).
pub const AVERAGE_REMOVED: f64 = 10.0;
/// Longest string removed from one route (L^max).
pub const MAX_STRING: f64 = 10.0;
/// Probability that a "split string" keeps one more job in the middle (1 − β in the paper).
const SPLIT_KEEP: f64 = 0.5;

/// Buffers reused from one ruin to the next (the search ruins thousands of times a second).
#[derive(Debug, Default)]
pub struct RuinBuffers {
    route_of: Vec<usize>,
    planned: Vec<usize>,
}

/// Removes strings from routes around a random planned job; puts the removed jobs in
/// `removed` and the routes that changed in `ruined_routes` (both cleared first).
pub fn ruin(
    problem: &Problem,
    solution: &mut Solution,
    rng: &mut Rng,
    buffers: &mut RuinBuffers,
    removed: &mut Vec<usize>,
    ruined_routes: &mut Vec<usize>,
) {
    removed.clear();
    ruined_routes.clear();
    let RuinBuffers { route_of, planned } = buffers;
    route_of.clear();
    route_of.resize(problem.jobs.len(), usize::MAX);
    for (r, route) in solution.routes.iter().enumerate() {
        for &job in &route.jobs {
            route_of[job] = r;
        }
    }
    planned.clear();
    planned.extend((0..problem.jobs.len()).filter(|&j| route_of[j] != usize::MAX));
    if planned.is_empty() {
        return;
    }
    let used = solution.vehicles_used().max(1) as f64;
    let string_max = MAX_STRING.min(planned.len() as f64 / used);
    let strings_max = 4.0 * AVERAGE_REMOVED / (1.0 + string_max) - 1.0;
    let strings = (rng.unit() * strings_max.max(1.0)) as usize + 1;
    let seed = planned[rng.below(planned.len())];
    for job in std::iter::once(seed as u32).chain(problem.neighbours[seed].iter().copied()) {
        if ruined_routes.len() >= strings {
            break;
        }
        let r = route_of[job as usize];
        if r == usize::MAX || ruined_routes.contains(&r) {
            continue;
        }
        let route = &mut solution.routes[r];
        let at = route.jobs.iter().position(|&j| j == job as usize).expect("route_of is current");
        let length_max = string_max.min(route.jobs.len() as f64);
        let length = (rng.unit() * length_max) as usize + 1;
        let already = removed.len();
        if rng.unit() < 0.5 || length >= route.jobs.len() {
            take_string(&mut route.jobs, at, length, 0, rng, removed);
        } else {
            let mut kept = 1;
            while length + kept < route.jobs.len() && rng.unit() < SPLIT_KEEP {
                kept += 1;
            }
            take_string(&mut route.jobs, at, length + kept, kept, rng, removed);
        }
        for &j in &removed[already..] {
            route_of[j] = usize::MAX;
        }
        route.refresh(problem);
        ruined_routes.push(r);
    }
}

/// Removes a string of `span` jobs containing position `at`, keeping a random run of `kept`
/// jobs inside it (0: remove the whole string). Appends the removed jobs to `removed`.
fn take_string(jobs: &mut Vec<usize>, at: usize, span: usize, kept: usize, rng: &mut Rng, removed: &mut Vec<usize>) {
    let span = span.min(jobs.len());
    let earliest = at.saturating_sub(span - 1);
    let latest = at.min(jobs.len() - span);
    let start = earliest + rng.below(latest - earliest + 1);
    // The kept run (if any) stays in place; the rest of the string goes.
    let keep_from = if kept == 0 { span } else { rng.below(span - kept + 1) };
    removed.extend_from_slice(&jobs[start..start + keep_from]);
    removed.extend_from_slice(&jobs[(start + keep_from + kept).min(start + span)..start + span]);
    let tail_from = (start + keep_from + kept).min(start + span);
    jobs.drain(tail_from..start + span);
    jobs.drain(start..start + keep_from);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_contains_its_seed_and_a_split_string_keeps_a_run_in_place() {
        let mut rng = Rng::new(3);
        for _ in 0..200 {
            let mut jobs: Vec<usize> = (0..12).collect();
            let at = rng.below(12);
            let mut removed = Vec::new();
            take_string(&mut jobs, at, 4, 0, &mut rng, &mut removed);
            assert_eq!((removed.len(), jobs.len()), (4, 8));
            assert!(removed.contains(&at));
            assert!(removed.windows(2).all(|w| w[1] == w[0] + 1), "consecutive");
            let mut jobs: Vec<usize> = (0..12).collect();
            let mut removed = Vec::new();
            take_string(&mut jobs, at, 5, 2, &mut rng, &mut removed);
            assert_eq!((removed.len(), jobs.len()), (3, 9));
            assert!(jobs.windows(2).all(|w| w[0] < w[1]), "order kept: {jobs:?}");
            let mut all: Vec<usize> = jobs.iter().chain(&removed).copied().collect();
            all.sort();
            assert_eq!(all, (0..12).collect::<Vec<_>>(), "nothing lost or doubled");
        }
    }
}
