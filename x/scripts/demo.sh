#!/usr/bin/env bash
# Command 1 of the README: install what is needed, build, and start the console in demo mode
# (it starts its own kepler-platform with generated data and signs in as an operator).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh --target kepler-console kepler-platform

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display found; starting on a virtual screen (Xvfb). Use a desktop session to see the window." >&2
  exec xvfb-run -a -s "-screen 0 1440x900x24" build/bin/kepler-console --demo "$@"
fi
exec build/bin/kepler-console --demo "$@"
