//! The demo day planned in WebAssembly, in headless Chromium, as the planner worker plans it
//! (one search, seed 1, 20,000 iterations), three times in the same page: the first run pays
//! the engine's compilation of the hot code, as a fresh worker's first plan does. Compare with
//! `tournee solve static/demo/journee-andorre.json --pack static/demo/andorra.bin --iterations 20000`
//! natively. Prints a table; asserts nothing about time.
#![cfg(target_arch = "wasm32")]

use tournee::io::read_day_json;
use tournee::plan::day_problem::day_problem_from;
use tournee::plan::{solve, SolveOptions};
use tournee::road::pack::read_pack;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DEMO_PACK: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/andorra.bin"));
const DEMO_DAY: &str = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/journee-andorre.json"));

#[wasm_bindgen_test]
fn demo_day_in_the_browser() {
    let performance = web_sys::window().expect("a window").performance().expect("performance");
    let clock = move || performance.now() / 1000.0;
    let day = read_day_json(DEMO_DAY).expect("the demo day reads");
    let (_, router) = read_pack(DEMO_PACK).expect("the demo pack loads");
    let prepared = day_problem_from(&day, Some(&router), None, false).expect("the demo day is a problem");
    console_log!("| wasm, headless Chromium | run | iterations | seconds | first plan ms | planned jobs |\n|---|---|---:|---:|---:|---:|");
    for run in ["first", "second", "third"] {
        let options =
            SolveOptions { seed: 1, max_iterations: Some(20_000), time_limit_s: None, minimise_vehicles: false };
        let start = clock();
        let solved = solve(&prepared.problem, options, &clock, &mut |_| {}, &|| false);
        let seconds = clock() - start;
        console_log!(
            "| demo day | {run} | {} | {seconds:.3} | {:.1} | {} |",
            solved.iterations,
            solved.construction_s * 1000.0,
            prepared.problem.jobs.len() - solved.solution.unplanned.len()
        );
    }
}
