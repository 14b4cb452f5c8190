#!/bin/sh
# Builds Release into build-bench/ and runs every benchmark executable (kepler-bench-*).
# Usage: bench/run.sh [extra arguments passed to each benchmark]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-bench"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" --target kepler-platform $(grep -ho 'add_executable(kepler-bench-[a-z-]*' "$root"/bench/CMakeLists.txt | sed 's/add_executable(//')
status=0
for exe in "$build"/bin/kepler-bench-*; do
    [ -x "$exe" ] || continue
    echo "== $(basename "$exe")"
    KEPLER_PLATFORM_BIN="$build/bin/kepler-platform" "$exe" "$@" || status=1
done
# The long fuzzing run (bench/README.md, "Fuzzing"): KEPLER_BENCH_FUZZ_SECONDS per target, 0 skips it.
fuzz_seconds=${KEPLER_BENCH_FUZZ_SECONDS:-600}
if [ "$fuzz_seconds" != 0 ]; then
    echo "== fuzzing, $fuzz_seconds s per target"
    sh "$root/fuzz/run.sh" "$fuzz_seconds" || status=1
fi
# The long crash-recovery run (docs/reliability.md, "Reliability"): KEPLER_BENCH_CRASH_KILLS SIGKILLs
# of the platform under concurrent writes (1,000 by default; CI runs 200), 0 skips it.
crash_kills=${KEPLER_BENCH_CRASH_KILLS:-1000}
if [ "$crash_kills" != 0 ]; then
    echo "== tst_crash_recovery, $crash_kills kills"
    cmake --build "$build" --target tst_crash_recovery
    # QtTest stops a test function after 300 s unless told otherwise.
    QTEST_FUNCTION_TIMEOUT=3600000 KEPLER_CRASH_KILLS=$crash_kills KEPLER_PLATFORM_BIN="$build/bin/kepler-platform" \
        "$build/bin/tst_crash_recovery" || status=1
fi
exit $status
