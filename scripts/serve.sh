#!/usr/bin/env bash
# Installs what is missing, builds the app in release mode and serves it on
# http://127.0.0.1:8080/ (trunk serve, offline; rebuilds on change). Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/build/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
echo
echo "Tournée: http://127.0.0.1:8080/  (open it once, then it also works with the network off)"
echo
exec trunk serve --release --offline "$@"
