#!/bin/sh
# The long fuzzing run of the benchmark run (bench/README.md, "Fuzzing"): builds the libFuzzer
# targets with clang under ASan + UBSan into build-fuzz/ and runs each for SECONDS (600 by
# default), growing a corpus kept in build-fuzz/corpus-<target>/ from one run to the next.
# Usage: fuzz/run.sh [SECONDS]. Exit status 1 when any target found a crash (saved as
# build-fuzz/crash-<target>-*; replay with build-fuzz/bin/<target> FILE).
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build-fuzz"
seconds=${1:-600}
targets="fuzz_json_requests fuzz_query fuzz_partner_csv"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ \
    -DKEPLER_SANITIZE=address,undefined -DKEPLER_FUZZ=ON >/dev/null
cmake --build "$build" --target $targets
status=0
for t in $targets; do
    mkdir -p "$build/corpus-$t"
    echo "== $t, $seconds s"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        "$build/bin/$t" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/crash-$t-" "$build/corpus-$t" "$root/fuzz/corpus/$t" \
        >"$build/$t.log" 2>&1 || status=1
    # The figures: executions, speed, corpus and coverage, and any crash libFuzzer reported.
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)' "$build/$t.log" || true
    grep -E 'cov: [0-9]+' "$build/$t.log" | tail -1 || true
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz invariant)' "$build/$t.log" || true
done
exit $status
