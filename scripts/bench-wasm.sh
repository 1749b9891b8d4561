#!/usr/bin/env bash
# Road figures in WebAssembly (release build, headless Chromium): prints Markdown tables.
# The department-sized pack is generated first (scripts/synth-department.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" CHROMEDRIVER=/usr/bin/chromedriver
bash scripts/synth-department.sh > /dev/null
cargo test --release --target wasm32-unknown-unknown --test wasm_bench --test wasm_bench_department --test wasm_bench_slots -- --nocapture 2>&1 | grep -E '^\|'
