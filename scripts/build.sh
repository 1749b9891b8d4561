#!/usr/bin/env bash
# Release build of the app into dist/ with trunk, fully offline: trunk finds wasm-bindgen
# (same version as Cargo.lock) and wasm-opt (npm binaryen, in build/node_modules) on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/build/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
trunk build --release --offline "$@"
