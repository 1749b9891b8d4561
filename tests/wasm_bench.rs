//! Road figures in WebAssembly, in headless Chromium: demo pack load and 100 × 100 matrix,
//! beside the plain Dijkstra baseline. Prints a table; asserts nothing about time.
//!
//! `scripts/bench-wasm.sh` runs it in release mode; natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use tournee::cli::bench_road::{matrix_ms, matrix_row, pack_load_ms, MATRIX_HEADER};
use tournee::road::pack::read_pack;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const DEMO_PACK: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/static/regions/andorra.bin"));

#[wasm_bindgen_test]
fn road_figures_in_the_browser() {
    let performance = web_sys::window().expect("a window").performance().expect("performance");
    let clock = move || performance.now();
    let load = pack_load_ms(DEMO_PACK, &clock);
    let (_, router) = read_pack(DEMO_PACK).expect("the demo pack loads");
    let times = matrix_ms(&router, &clock);
    console_log!("| wasm, headless Chromium | pack load |\n|---|---:|\n| andorra.bin ({} KB) | {load:.1} ms |\n", DEMO_PACK.len() / 1024);
    console_log!("{MATRIX_HEADER}\n{}", matrix_row("Andorra (wasm)", &times));
}
