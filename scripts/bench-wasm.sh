#!/usr/bin/env bash
# Road, solver and slot figures in WebAssembly (release build, headless Chromium), the demo day
# planned as the worker plans it among them: prints Markdown tables.
# The department-sized pack is generated first (scripts/synth-department.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" CHROMEDRIVER=/usr/bin/chromedriver
bash scripts/synth-department.sh > /dev/null
cargo test --release --target wasm32-unknown-unknown --test wasm_bench --test wasm_bench_department --test wasm_bench_slots --test wasm_bench_day -- --nocapture 2>&1 | grep -E '^\|'
