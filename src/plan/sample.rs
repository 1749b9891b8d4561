//! Which unplanned jobs an iteration tries to put back. On a day with far more work than the
//! crew can do, trying every unplanned job in every route at every iteration made the search
//! crawl (issue 15: 600 jobs for 20 technicians, 3,500 iterations in 5 s). A ruin frees room
//! where it removed jobs, so the unplanned jobs nearest to them are the likeliest to fit; a few
//! others drawn at random give every job its turn.

use super::problem::Problem;
use super::rng::Rng;
use std::ops::Range;

/// Up to this many unplanned jobs, every one is tried at every iteration (the ordinary day).
pub const TRY_ALL_UP_TO: usize = 32;
/// Unplanned jobs tried per ruined job: the first met among its nearest neighbours.
const NEAR_PER_RUINED: usize = 3;
/// Other unplanned jobs drawn at random per iteration.
const RANDOM_TRIES: usize = 4;

/// Marks reused from one iteration to the next (stamps, so nothing is cleared per iteration).
#[derive(Debug, Default)]
pub struct UnplannedSample {
    iteration: u64,
    unplanned_at: Vec<u64>,
    chosen_at: Vec<u64>,
    chosen: Vec<usize>,
}

impl UnplannedSample {
    /// Chooses the unplanned jobs this iteration tries to put back and adds them to `tried`,
    /// which holds the jobs the ruin removed on entry: all of them when at most
    /// [`TRY_ALL_UP_TO`] are out; otherwise the weightiest ones that outweigh every removed job
    /// (up to [`TRY_ALL_UP_TO`]: mandatory jobs first), the first unplanned ones among the
    /// nearest neighbours of each removed job, and a few drawn at random. The others stay in
    /// `unplanned` (sorted, as the chosen ones are, the weightiest first).
    ///
    /// Returns the indices in `tried` of the jobs to try in every route: all when every
    /// unplanned job is tried; otherwise the removed ones (a job left out before is tried only
    /// in the routes the iteration changes: see [`super::recreate::Reinsertion`]).
    ///
    /// Jobs left out before go back after the removed ones, the weightiest first: put first,
    /// they take the room the removed jobs came from, and a full day rarely gets one more job
    /// in. Those that weigh more than every removed job (a mandatory job out while optional
    /// ones are in) go back first instead: taking that room is exactly what they need.
    pub fn draw(
        &mut self,
        problem: &Problem,
        tried: &mut Vec<usize>,
        unplanned: &mut Vec<usize>,
        rng: &mut Rng,
    ) -> Range<usize> {
        let weight = |job: usize| problem.jobs[job].unplanned_weight;
        unplanned.sort_by(|&a, &b| weight(b).total_cmp(&weight(a)));
        let heaviest_removed = tried.iter().map(|&job| weight(job)).fold(0.0, f64::max);
        let mut chosen = std::mem::take(&mut self.chosen);
        chosen.clear();
        let removed = tried.len();
        let sampled = unplanned.len() > TRY_ALL_UP_TO;
        if !sampled {
            chosen.append(unplanned);
        } else {
            self.mark(problem, tried, unplanned, rng);
            let now = self.iteration;
            let outweigh = unplanned.partition_point(|&job| weight(job) > heaviest_removed);
            for &job in &unplanned[..outweigh.min(TRY_ALL_UP_TO)] {
                self.chosen_at[job] = now;
            }
            unplanned.retain(|&job| {
                let take = self.chosen_at[job] == now;
                if take {
                    chosen.push(job);
                }
                !take
            });
        }
        let outweigh = chosen.partition_point(|&job| weight(job) > heaviest_removed);
        tried.splice(0..0, chosen.drain(..outweigh));
        tried.append(&mut chosen);
        self.chosen = chosen;
        if sampled {
            outweigh..outweigh + removed
        } else {
            0..tried.len()
        }
    }

    /// Marks the jobs of `unplanned` chosen this iteration: near the `removed` ones, or at random.
    fn mark(&mut self, problem: &Problem, removed: &[usize], unplanned: &[usize], rng: &mut Rng) {
        self.iteration += 1;
        let now = self.iteration;
        self.unplanned_at.resize(problem.jobs.len(), 0);
        self.chosen_at.resize(problem.jobs.len(), 0);
        for &job in unplanned {
            self.unplanned_at[job] = now;
        }
        for &job in removed {
            let mut taken = 0;
            for &near in &problem.neighbours[job] {
                if taken == NEAR_PER_RUINED {
                    break;
                }
                let near = problem.representative(near as usize);
                if self.unplanned_at[near] == now && self.chosen_at[near] != now {
                    self.chosen_at[near] = now;
                    taken += 1;
                }
            }
        }
        for _ in 0..RANDOM_TRIES {
            self.chosen_at[unplanned[rng.below(unplanned.len())]] = now;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::test_problems::random_problem;

    #[test]
    fn a_few_jobs_out_are_all_tried_after_the_removed_ones_and_heavier_ones_before() {
        let mut problem = random_problem(5, 200, 2, 1000.0, false);
        problem.jobs[7].unplanned_weight = 100.0;
        let (mut sample, mut rng) = (UnplannedSample::default(), Rng::new(1));
        let mut unplanned: Vec<usize> = (0..TRY_ALL_UP_TO).collect();
        let mut tried = vec![150];
        let everywhere = sample.draw(&problem, &mut tried, &mut unplanned, &mut rng);
        assert!(unplanned.is_empty());
        assert_eq!(everywhere, 0..TRY_ALL_UP_TO + 1, "all tried in every route, as before");
        let expected: Vec<usize> = [7, 150].into_iter().chain((0..TRY_ALL_UP_TO).filter(|&job| job != 7)).collect();
        assert_eq!(tried, expected);
    }

    #[test]
    fn many_out_the_heaviest_are_always_tried_then_those_near_the_ruin_and_nothing_is_lost() {
        let mut problem = random_problem(5, 200, 2, 1000.0, false);
        // 40 mandatory jobs out (more than are always tried) among 150.
        for job in 100..140 {
            problem.jobs[job].unplanned_weight = 1e6;
        }
        let removed = [150, 151];
        for seed in 0..20 {
            let (mut sample, mut rng) = (UnplannedSample::default(), Rng::new(seed));
            let mut unplanned: Vec<usize> = (0..150).collect();
            let mut tried = removed.to_vec();
            let everywhere = sample.draw(&problem, &mut tried, &mut unplanned, &mut rng);
            let heavy = tried.iter().take_while(|&&job| problem.jobs[job].unplanned_weight > 1.0).count();
            assert_eq!(everywhere, heavy..heavy + 2, "only the removed jobs are tried in every route");
            assert!(heavy >= TRY_ALL_UP_TO, "the {TRY_ALL_UP_TO} heaviest always go");
            assert!(tried[..heavy]
                .iter()
                .take(TRY_ALL_UP_TO)
                .eq((100..100 + TRY_ALL_UP_TO).collect::<Vec<_>>().iter()));
            assert_eq!(tried[heavy..heavy + 2], removed, "then the removed jobs");
            let light = &tried[heavy + 2..];
            assert!(light.len() <= removed.len() * NEAR_PER_RUINED + RANDOM_TRIES);
            for &job in &removed {
                let nearest = problem.neighbours[job].iter().map(|&n| n as usize).filter(|&n| n < 150);
                let first_near = nearest.take(NEAR_PER_RUINED).collect::<Vec<_>>();
                assert!(
                    first_near.iter().all(|n| light.contains(n) || tried[..heavy].contains(n)),
                    "the nearest unplanned to {job} are tried"
                );
            }
            let mut all = [&tried[..heavy], light, &unplanned[..]].concat();
            all.sort();
            assert_eq!(all, (0..150).collect::<Vec<_>>(), "each unplanned job is tried or kept, once");
        }
    }

    #[test]
    fn the_same_seed_draws_the_same_jobs() {
        let problem = random_problem(8, 120, 2, 1000.0, false);
        let draw = |seed| {
            let (mut sample, mut rng) = (UnplannedSample::default(), Rng::new(seed));
            (0..20)
                .map(|k| {
                    let mut unplanned: Vec<usize> = (0..100).collect();
                    let mut tried = vec![100 + k];
                    sample.draw(&problem, &mut tried, &mut unplanned, &mut rng);
                    tried
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(draw(3), draw(3));
        assert_ne!(draw(3), draw(4), "the random tries follow the seed");
    }
}
