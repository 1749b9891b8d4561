#!/usr/bin/env bash
# Runs every test of Tournée, installing what is missing first:
#   0. rustfmt and clippy (warnings are errors), natively and for the browser,
#   1. native `cargo test` (core, and the app's first frame rendered server-side),
#   2. wasm-bindgen-test in headless Chromium (components in the real DOM),
#   3. the release build with trunk,
#   4. end-to-end tests driving that build in Chromium with playwright-core.
# Ends with one line "N passed, M failed" over all suites; exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
logs=target/test-logs
mkdir -p "$logs"

step() { printf '\n== %s\n' "$*"; }
status=0

step "lints: rustfmt, clippy -D warnings (native and wasm32)"
{
  cargo fmt --check &&
    cargo clippy --all-targets -- -D warnings &&
    cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser --test browser_storage -- -D warnings
} 2>&1 | tee "$logs/lints.log" && lints="lints clean" || { status=1; lints="LINTS FAILED (see $logs/lints.log)"; }

step "native tests: cargo test"
cargo test --all-targets 2>&1 | tee "$logs/native.log" || status=1

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test browser --test browser_storage 2>&1 | tee "$logs/browser.log" || status=1

step "release build: trunk"
bash scripts/build.sh 2>&1 | tee "$logs/build.log" || status=1

step "end-to-end tests: playwright-core driving /usr/bin/chromium"
node --test --test-concurrency=1 --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$logs/e2e.tap" tests/e2e/ || status=1
e2e_pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$logs/e2e.tap" | tail -1)
e2e_fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$logs/e2e.tap" | tail -1)
echo "e2e: ${e2e_pass:-0} passed, ${e2e_fail:-0} failed (screenshots in target/e2e/)"

# Adds up the "N passed; M failed" of every cargo test binary.
sum() { awk -v word="$1;" '/^test result:/ { for (i = 2; i <= NF; i++) if ($i == word) total += $(i - 1) } END { print total + 0 }' "$logs/native.log" "$logs/browser.log"; }
passed=$(( $(sum passed) + ${e2e_pass:-0} ))
failed=$(( $(sum failed) + ${e2e_fail:-0} ))
[ "$failed" -eq 0 ] || status=1
step "all suites"
echo "$passed passed, $failed failed; ${lints:-lints not run}"
exit "$status"
