//! The department-sized pack in WebAssembly, in headless Chromium: load time and a
//! 300 × 300 matrix, as is and around a closed road, and the shaping for closures: the same
//! measures as `tournee bench pack` natively.
//!
//! The pack is generated, not committed: `scripts/bench-wasm.sh` makes
//! `target/synth/departement.bin` first, then runs this file. Natively it compiles to nothing.
#![cfg(target_arch = "wasm32")]

use tournee::bench::pack::{closed_matrix_ms, closure_shape_ms, load_ms, matrix_ms, MATRIX_POINTS};
use tournee::road::pack::read_pack;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PACK: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/target/synth/departement.bin"));

#[wasm_bindgen_test]
fn department_pack_in_the_browser() {
    let performance = web_sys::window().expect("a window").performance().expect("performance");
    let clock = move || performance.now();
    let load = load_ms(PACK, &clock);
    let (_, router) = read_pack(PACK).expect("the pack loads");
    let matrix = matrix_ms(&router, &clock);
    let (closed, rows_changed) = closed_matrix_ms(&router, &clock);
    let shape = closure_shape_ms(&router, &clock);
    console_log!(
        "| wasm, headless Chromium | junctions | load | {MATRIX_POINTS}×{MATRIX_POINTS} from coordinates | the same, one road closed (rows changed) | shape for closures (once per region) |\n|---|---:|---:|---:|---:|---:|\n| departement.bin ({} KB) | {} | {load:.1} ms | {matrix:.1} ms | {closed:.1} ms ({:.0} %) | {shape:.1} ms |",
        PACK.len() / 1024,
        router.graph().nodes.len(),
        rows_changed * 100.0
    );
}
