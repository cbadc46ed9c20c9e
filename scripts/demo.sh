#!/usr/bin/env bash
# Quick start, command 1: install what is needed, build, and start the duty desk on the Liangshan demo.
# Extra arguments go to commandpost (e.g. --lang en). Without a display it runs under Xvfb and saves
# a screenshot instead, since there is no screen to show the window on.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh 5
app=build/qt5/app/commandpost/commandpost
if [[ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]]; then
  exec "$app" --demo "$@"
fi
shot=$PWD/build/commandpost-demo.png
echo "demo: no display here, so the desk runs under Xvfb and its window is saved to $shot"
echo "demo: on a desktop, run: $app --demo"
xvfb-run -a -s "-screen 0 1920x1080x24" "$app" --demo --screenshot "$shot" "$@"
echo "demo: saved $shot"
