#!/usr/bin/env bash
# The test suite a second time, built with clang under AddressSanitizer + UndefinedBehaviorSanitizer
# in build-asan/, with the libFuzzer targets (fuzz/) in the same tree: each runs as a ctest for
# KEPLER_FUZZ_SECONDS (60 by default). scripts/test.sh calls it after the normal run; extra
# arguments go to ctest. docs/reliability.md, "Fuzzing and sanitizers", has the figures.
#
# Which tests: KEPLER_ASAN_LABELS (a ctest label regex). Only their executables are built, so the
# second build stays affordable on CI's two cores. By default every label: the console's widgets and
# e2e tests too (since 6920eff/46c9e8e the console builds with clang 14; they add ≈ 4 min of build
# and 1 min of tests). Not by default:
# postgresql (the PostgreSQL pass belongs to the normal tree), and anything labelled asan-slow (a test whose point is timing or a killed process, not memory: tst_server_import's
# time budgets, tst_crash_recovery's SIGKILLs). In this tree every test gets 900 s instead of 300
# (tests/CMakeLists.txt): ASan code runs 2-4x slower; the checks are the same.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${KEPLER_ASAN_BUILD_DIR:-build-asan}
LABELS=${KEPLER_ASAN_LABELS:-domain|api|server|models|simulator|widgets|e2e|fuzz}
EXCLUDE='^(postgresql|asan-slow)$'

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
  -DKEPLER_SANITIZE=address,undefined -DKEPLER_FUZZ=ON -DKEPLER_FUZZ_SECONDS="${KEPLER_FUZZ_SECONDS:-60}" >/dev/null

# Test names are their executables' target names (tests/CMakeLists.txt, fuzz/CMakeLists.txt).
known=$(cmake --build "$BUILD_DIR" --target help | sed -n 's/^\([A-Za-z0-9_-]*\): .*/\1/p')
targets=()
while read -r name; do
  if grep -qx "$name" <<<"$known"; then targets+=("$name"); fi
done < <(ctest --test-dir "$BUILD_DIR" -N -L "^($LABELS)\$" -LE "$EXCLUDE" |
  sed -n 's/^ *Test *#[0-9]*: *\([^ ]*\).*/\1/p')
echo "test-asan: building ${#targets[@]} test executables in $BUILD_DIR"
cmake --build "$BUILD_DIR" --target "${targets[@]}"

export QT_QPA_PLATFORM=offscreen
# LeakSanitizer is off for the suite: Qt, fontconfig, D-Bus and the keyring are not instrumented
# and keep process-lifetime allocations that it reports at exit. It stays on for the fuzz targets
# (fuzz/CMakeLists.txt), which touch only Qt Core and our code.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export KEPLER_REQUIRE_KEYCHAIN=1
exec bash scripts/with-test-keyring.sh ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 \
  -L "^($LABELS)\$" -LE "$EXCLUDE" "$@"
