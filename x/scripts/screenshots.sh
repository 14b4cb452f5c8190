#!/usr/bin/env bash
# Takes the screenshots in docs/screenshots/ from the real console under Xvfb, in en and zh_CN:
# the sign-in dialog (against a demo platform), the start pages (demo mode), and the views that need
# steps from kepler-screenshots (tools/screenshots). Needs build/ built (scripts/build.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=docs/screenshots
mkdir -p "$OUT"
BIN=build/bin
WORK=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$WORK"' EXIT

export HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
mkdir -p "$HOME"

shoot() { # name, seconds to wait, command...
  local name=$1 wait=$2; shift 2
  xvfb-run -a -s "-screen 0 1440x900x24" bash -c "$* & sleep $wait; import -window root '$OUT/$name.png'; kill %1; wait; convert '$OUT/$name.png' -trim +repage '$OUT/$name.png'" \
    >/dev/null 2>&1 || true
  echo "$OUT/$name.png: $(convert "$OUT/$name.png" -format '%k colours' info: 2>/dev/null)"
}

# One demo platform, seeded first (100,000 SKUs take a while on a busy machine, so wait for its URL
# however long): the sign-in dialog is shot against it, then the demo consoles start on its data at
# once instead of seeding their own while a fixed wait runs out.
"$BIN/kepler-platform" --demo --allow-test-hooks --data "$WORK/demo" --listen 127.0.0.1:0 > "$WORK/url" &
PLATFORM=$!
until [ -s "$WORK/url" ]; do sleep 1; done
URL=$(head -n1 "$WORK/url")
for lang in en zh_CN; do
  shoot "login-$lang" 5 "$BIN/kepler-console --server $URL --lang $lang"
done
kill "$PLATFORM"; wait "$PLATFORM" || true
for lang in en zh_CN; do
  shoot "partners-$lang" 15 "$BIN/kepler-console --demo --demo-data '$WORK/demo' --lang $lang"
  shoot "users-$lang" 12 "$BIN/kepler-console --demo --demo-data '$WORK/demo' --demo-user admin --page users --lang $lang"
done

# The views that need steps (detail tabs, Go to partner, bulk wizard, import preview, audit page,
# review queue and review detail, the pool editor with its preview, pricing rules with an impact
# preview and the price explainer, the catalog filtered by a category and a price range): the real widgets, driven by tools/screenshots
# against a demo platform of their own.
flock "${KEPLER_BUILD_LOCK:-/tmp/kepler-build.lock}" cmake --build build --target kepler-screenshots >/dev/null
for lang in en zh_CN; do
  QT_QPA_PLATFORM=offscreen "$BIN/kepler-screenshots" --lang "$lang" --out "$OUT" 2>/dev/null
done

# The command palette, the keyboard shortcuts window and the dark theme (docs/user-guide.md).
for lang in en zh_CN; do
  QT_QPA_PLATFORM=offscreen "$BIN/kepler-screenshots" --only keyboard --lang "$lang" --out "$OUT" 2>/dev/null
done

# The connection bar: a platform stopped under an open console, then started again (docs/user-guide.md).
for lang in en zh_CN; do
  QT_QPA_PLATFORM=offscreen "$BIN/kepler-screenshots" --only connection --lang "$lang" --out "$OUT" 2>/dev/null
done

# Signed-in sessions: this console, another console and two other clients (docs/user-guide.md).
for lang in en zh_CN; do
  QT_QPA_PLATFORM=offscreen "$BIN/kepler-screenshots" --only sessions --lang "$lang" --out "$OUT" 2>/dev/null
done

# The dashboards need measured traffic: a platform with test hooks and kepler-traffic as the demo
# runs it (app/DemoTraffic.cpp: 30 days at one request per average minute, the demo's incidents,
# live traffic at the history's level), with more in flight since no console waits on the platform
# meanwhile; shot once it has gone live.
"$BIN/kepler-platform" --demo --allow-test-hooks --data "$WORK/traffic-platform" --listen 127.0.0.1:0 > "$WORK/turl" &
for _ in $(seq 600); do [ -s "$WORK/turl" ] && break; sleep 0.2; done
TURL=$(head -n1 "$WORK/turl")
"$BIN/kepler-traffic" --url "$TURL" --backfill 30d --backfill-density 1 --incidents --in-flight 16 \
  --state "$WORK/traffic-state" > "$WORK/traffic.out" 2>&1 &
TRAFFIC=$!
until grep -q '^live:' "$WORK/traffic.out" 2>/dev/null; do sleep 2; done
sleep 10
for lang in en zh_CN; do
  QT_QPA_PLATFORM=offscreen "$BIN/kepler-screenshots" --only dashboards --url "$TURL" --lang "$lang" --out "$OUT" 2>/dev/null
done
kill "$TRAFFIC"
