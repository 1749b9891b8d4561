#!/usr/bin/env bash
# Renders static/icons/icon.svg to the PNG icons the web manifest lists, with headless Chromium.
# The maskable icon keeps the drawing inside the central 80 % safe zone on a full-bleed background.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
svg=$(cat static/icons/icon.svg)
render() { # size, inset-percent, output
  cat > "$work/page.html" <<HTML
<html><body style="margin:0;background:#0b3d91;width:$1px;height:$1px;overflow:hidden">
<div style="width:$1px;height:$1px;padding:$2%;box-sizing:border-box">$svg</div></body></html>
HTML
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
    --window-size="$1,$1" --screenshot="$3" "file://$work/page.html" 2>/dev/null
}
render 192 0 static/icons/icon-192.png
render 512 0 static/icons/icon-512.png
render 512 10 static/icons/icon-maskable-512.png
