#!/usr/bin/env bash
# Prints the size of the release build in dist/ (raw and gzip -9) as a Markdown table.
# Run after scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f dist/index.html ] || { echo "no dist/: run scripts/build.sh first" >&2; exit 1; }
gz() { gzip -9c "$1" | wc -c; }
row() { printf '| %s | %s | %s |\n' "$1" "$2" "$3"; }
echo "| file | raw bytes | gzip -9 bytes |"
echo "|---|---:|---:|"
total_raw=0 total_gz=0
while IFS= read -r file; do
  raw=$(wc -c < "$file") zipped=$(gz "$file")
  total_raw=$((total_raw + raw)) total_gz=$((total_gz + zipped))
  row "${file#dist/}" "$raw" "$zipped"
done < <(find dist -type f | sort)
row "**total dist/**" "**$total_raw**" "**$total_gz**"
