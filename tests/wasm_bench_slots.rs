//! The slot finder's benchmark in WebAssembly, in headless Chromium (the worker runs the same
//! code): a crew of 5, 5 planned days of 15 jobs each. Prints a table; asserts nothing about time.
//!
//! `scripts/bench-wasm.sh` runs it in release mode; natively this file compiles to nothing.
#![cfg(target_arch = "wasm32")]

use tournee::bench::slots::{planned_week, row, slot_search_ms, HEADER};
use tournee::io::read_day_json;
use tournee::road::pack::read_pack;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn slot_search_in_the_browser() {
    let demo = read_day_json(include_str!("../static/demo/journee-andorre.json")).unwrap();
    let router = read_pack(include_bytes!("../static/demo/andorra.bin")).unwrap().1;
    let performance = web_sys::window().expect("a window").performance().expect("performance");
    let clock = move || performance.now();
    let start = clock();
    let week = planned_week(&demo, &router);
    let setup_ms = clock() - start;
    let (search_ms, found) = slot_search_ms(&week, &router, &clock);
    assert!(found > 0, "a week of 5 technicians has room for a 45-minute visit");
    console_log!("{HEADER}\n{}", row("wasm, headless Chromium", setup_ms, search_ms, found));
}
