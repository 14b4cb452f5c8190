#!/usr/bin/env bash
# Configures (once) and builds everything into build/ with Ninja. Extra arguments go to
# `cmake --build` (e.g. --target kepler-console).
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${KEPLER_BUILD_DIR:-build}
CONFIG_ARGS=(-G Ninja -DCMAKE_BUILD_TYPE=${KEPLER_BUILD_TYPE:-Debug})
if [ -n "${CI:-}" ]; then CONFIG_ARGS+=(-DKEPLER_WERROR=ON); fi

if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" "${CONFIG_ARGS[@]}"
fi
cmake --build "$BUILD_DIR" "$@"
