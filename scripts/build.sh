#!/usr/bin/env bash
# Release build of the app into dist/ with trunk, fully offline: trunk finds wasm-bindgen
# (same version as Cargo.lock) and wasm-opt (npm binaryen, in build/node_modules) on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/build/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# The build's name, shared by the page and its worker (they refuse each other's messages
# across builds): the crate's version and the commit, « .dirty » with uncommitted changes.
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git diff --quiet HEAD 2>/dev/null || echo .dirty)
export TOURNEE_BUILD_ID="$version+$commit$dirty"
trunk build --release --offline "$@"
