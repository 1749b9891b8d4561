#!/usr/bin/env bash
# Time and memory of the first feasible plan at 1000 stops: one generated instance per class
# (`tournee synth vrptw`, seed 1), each solved by a fresh release process with no search after
# the first plan (`--iterations 0`: regret insertion, then local search). Prints a Markdown
# table: the milliseconds of the first feasible plan (regret insertion) and of the first plan
# polished by local search (as `tournee bench solomon` measures them, from the problem built),
# the polished plan's distance and vehicles, and the process's peak
# resident memory (`/usr/bin/time -v`: reading the file, the two 1001 × 1001 matrices, the
# neighbour lists and the plan).
#
#   bash scripts/large-vrptw-first-plan.sh [customers, default 1000] [seed, default 1]
set -euo pipefail
customers=${1:-1000}
seed=${2:-1}
tournee=${TOURNEE:-${CARGO_TARGET_DIR:-target}/release/tournee}
folder=target/large-vrptw
mkdir -p "$folder"
echo "| instance | customers | first feasible plan ms | polished ms | distance | vehicles | feasible | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|---:|---|---:|"
for class in C1 C2 R1 R2 RC1 RC2; do
  file="$folder/${class}_${customers}_${seed}.txt"
  "$tournee" synth vrptw --class "$class" --customers "$customers" --seed "$seed" -o "$file" > /dev/null
  line=$(/usr/bin/time -v -o "$folder/time.txt" "$tournee" bench solomon "$file" --iterations 0 --json)
  rss_kib=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$folder/time.txt")
  python3 - "$line" "$rss_kib" "$customers" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
feasible = "yes" if r["feasible"] else "NO"
mib = int(sys.argv[2]) / 1024
print(f"| {r['instance']} | {sys.argv[3]} | {r['feasible_plan_ms']:.1f} | {r['first_plan_ms']:.1f} | {r['distance']:.2f} | {r['vehicles']} | {feasible} | {mib:.1f} |")
PY
done
