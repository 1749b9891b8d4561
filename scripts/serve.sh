#!/usr/bin/env bash
# Installs what is missing, builds the app in release mode and serves it on
# http://127.0.0.1:8080/ (trunk serve, offline; rebuilds on change, reload the page to see it).
# Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/build/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
echo
echo "Tournée: http://127.0.0.1:8080/  (open it once, then it also works with the network off)"
echo
# No auto-reload: trunk would inject an inline script that the app's Content-Security-Policy
# (scripts from the app only) rightly blocks, with an error in the console.
exec trunk serve --release --offline --no-autoreload "$@"
