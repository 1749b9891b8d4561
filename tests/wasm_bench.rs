//! Road figures in WebAssembly, in headless Chromium: demo pack load and 100 × 100 matrix,
//! beside the plain Dijkstra baseline. Prints a table; asserts nothing about time.
//!
//! `scripts/bench-wasm.sh` runs it in release mode; natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use tournee::bench::road::{matrix_ms, matrix_row, pack_load_ms, MATRIX_HEADER};
use tournee::road::pack::read_pack;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DEMO_PACK: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/demo/andorra.bin"));

#[wasm_bindgen_test]
fn road_figures_in_the_browser() {
    let performance = web_sys::window().expect("a window").performance().expect("performance");
    let clock = move || performance.now();
    let load = pack_load_ms(DEMO_PACK, &clock);
    let (_, router) = read_pack(DEMO_PACK).expect("the demo pack loads");
    let times = matrix_ms(&router, &clock);
    console_log!(
        "| wasm, headless Chromium | pack load |\n|---|---:|\n| andorra.bin ({} KB) | {load:.1} ms |\n",
        DEMO_PACK.len() / 1024
    );
    console_log!("{MATRIX_HEADER}\n{}", matrix_row("Andorra (wasm)", &times));
}

/// Solomon instances timed at a fixed number of iterations, to compare with
/// `tournee bench solomon <same files> --iterations 20000` natively.
#[wasm_bindgen_test]
fn solver_speed_in_the_browser() {
    use tournee::plan::check::check;
    use tournee::plan::solomon::read_solomon;
    use tournee::plan::{solve, SolveOptions};
    let performance = web_sys::window().expect("a window").performance().expect("performance");
    let clock = move || performance.now() / 1000.0;
    let instances = [
        ("C101", include_str!("data/solomon/C101.txt")),
        ("R101", include_str!("data/solomon/R101.txt")),
        ("RC101", include_str!("data/solomon/RC101.txt")),
    ];
    console_log!(
        "| wasm, headless Chromium | run | iterations | seconds | first plan ms | distance |\n|---|---|---:|---:|---:|---:|"
    );
    // Twice: the first run also pays the engine's compilation of the hot code (tier-up).
    for (run, (name, text)) in ["first", "second"].into_iter().flat_map(|run| instances.map(|i| (run, i))) {
        let problem = read_solomon(text).unwrap().to_problem().unwrap();
        let options =
            SolveOptions { seed: 1, max_iterations: Some(20_000), time_limit_s: None, minimise_vehicles: false };
        let start = clock();
        let solved = solve(&problem, options, &clock, &mut |_| {}, &|| false);
        let seconds = clock() - start;
        let routes: Vec<Vec<usize>> = solved.solution.job_lists();
        let report = check(&problem, &routes, &solved.solution.unplanned);
        assert!(report.feasible());
        console_log!(
            "| {name} | {run} | {} | {seconds:.3} | {:.1} | {:.2} |",
            solved.iterations,
            solved.construction_s * 1000.0,
            report.cost
        );
    }
}
