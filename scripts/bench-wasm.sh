#!/usr/bin/env bash
# Road figures in WebAssembly (release build, headless Chromium): prints a Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH" CHROMEDRIVER=/usr/bin/chromedriver
cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture 2>&1 | grep -E '^\|'
