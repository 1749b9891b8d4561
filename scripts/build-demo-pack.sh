#!/usr/bin/env bash
# Rebuilds the embedded demo region pack (static/demo/andorra.bin) from the Andorra
# OSM extract and its SRTM elevation tile in tests/data/. The pack is committed; the test
# tests/demo_pack.rs fails when it no longer matches what this command would build.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo run --release --quiet --bin tournee -- pack build tests/data/andorra-2025-01-19.osm.pbf \
  -o static/demo/andorra.bin --elevation tests/data/srtm3_N42E001.hgt.zip --name Andorre
