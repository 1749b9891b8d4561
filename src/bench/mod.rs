//! Measures shared by the command line's benchmarks (`tournee bench road`, `tournee bench pack`)
//! and the same benchmarks in the browser (`tests/wasm_bench*.rs`).
//!
//! Every measure takes a clock, so it runs the same natively (`Instant`) and in WebAssembly
//! (`performance.now()`); the command line, native only, prints the tables.

pub mod pack;
pub mod road;
pub mod slots;

/// A clock in milliseconds: `Instant` natively, `performance.now()` in the browser.
pub type Clock<'a> = &'a dyn Fn() -> f64;

/// Median wall time of `runs` calls of `work`, in milliseconds.
pub fn median_of_runs_ms(clock: Clock, runs: usize, mut work: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = clock();
            work();
            clock() - start
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn the_median_run_is_reported() {
        let ticks = Cell::new(0.0);
        let durations = [5.0, 1.0, 9.0, 3.0, 7.0];
        let run = Cell::new(0);
        let clock = || ticks.get();
        let median = median_of_runs_ms(&clock, durations.len(), || {
            ticks.set(ticks.get() + durations[run.get()]);
            run.set(run.get() + 1);
        });
        assert_eq!(median, 5.0);
    }
}
