#!/usr/bin/env bash
# Command 2 of the README: install what is needed, build everything, and run the whole test
# suite (ctest) inside a private D-Bus session with a throwaway, unlocked gnome-keyring.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
bash scripts/build.sh

export QT_QPA_PLATFORM=offscreen
# In CI a missing keyring or database is a failure, not a skipped test.
export KEPLER_REQUIRE_KEYCHAIN=1
# The service tests run twice: on SQLite and (NAME_pg, label postgresql) on a throwaway PostgreSQL 15
# that scripts/with-test-postgres.sh starts and removes; without it they fail rather than skip.
export KEPLER_REQUIRE_POSTGRES=1
bash scripts/with-test-postgres.sh bash scripts/with-test-keyring.sh ctest --test-dir "${KEPLER_BUILD_DIR:-build}" --output-on-failure -j2 "$@"

# The suite again under ASan + UBSan (clang, build-asan/, scripts/test-asan.sh): every test but the
# postgresql copies and asan-slow ones, and the fuzz targets (60 s each) (docs/reliability.md,
# "Fuzzing and sanitizers", has why and the timings).
# KEPLER_SANITIZERS=0 skips it for a quick local run; KEPLER_ASAN_LABELS narrows it.
if [ "${KEPLER_SANITIZERS:-1}" != 0 ]; then
  bash scripts/test-asan.sh "$@"
fi
