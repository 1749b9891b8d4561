#!/usr/bin/env bash
# The department-sized test data, generated from the committed Andorra extract (not committed:
# about 60 MB): in target/synth/,
#   departement.osm.pbf          16 copies of Andorra over Alpes-de-Haute-Provence, joined by roads (44 MB)
#   departement-routes.osm.pbf   the same, roads only, as `osmium tags-filter` gives (15 MB)
#   srtm/N4xE00y.hgt.zip         elevation tiles made from Andorra's, under the copies
#   departement.bin              its region pack (73,000 junctions, slopes, a winter profile)
# Skips what is already there and newer than the generator's binary.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${TOURNEE_PROFILE:-release}
if [ "$profile" = release ]; then cargo build --release --quiet --bin tournee; else cargo build --quiet --bin tournee; fi
tournee="target/$profile/tournee"
out=target/synth
mkdir -p "$out"
andorra=tests/data/andorra-2025-01-19.osm.pbf
if [ ! "$out/departement.osm.pbf" -nt "$tournee" ]; then
  "$tournee" synth department "$andorra" -o "$out/departement.osm.pbf" \
    --elevation tests/data/srtm3_N42E001.hgt.zip --elevation-out "$out/srtm"
fi
if [ ! "$out/departement-routes.osm.pbf" -nt "$tournee" ]; then
  "$tournee" synth department "$andorra" -o "$out/departement-routes.osm.pbf" --roads-only
fi
if [ ! "$out/departement.bin" -nt "$out/departement.osm.pbf" ]; then
  "$tournee" pack build "$out/departement.osm.pbf" -o "$out/departement.bin" --elevation "$out/srtm" \
    --name "Département synthétique (04)"
fi
ls -l "$out"
