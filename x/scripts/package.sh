#!/usr/bin/env bash
# Builds a Release of the console, the platform and kepler-traffic into build-pkg/ and makes the
# Debian packages there with CPack: kepler-console_*.deb and kepler-platform_*.deb.
# Needs dpkg-dev and file (scripts/install-deps.sh) for the shared-library dependencies.
# A first build takes a while on two cores (later ones rebuild what changed). The build takes
# the shared build lock (KEPLER_BUILD_LOCK), so it never competes with another build for the cores.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${KEPLER_PKG_BUILD_DIR:-build-pkg}
LOCK=${KEPLER_BUILD_LOCK:-/tmp/kepler-build.lock}

cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
  -DCMAKE_INSTALL_PREFIX=/usr
flock "$LOCK" cmake --build "$BUILD_DIR" --target kepler-console kepler-platform kepler-traffic
rm -f "$BUILD_DIR"/kepler-*.deb
(cd "$BUILD_DIR" && cpack -G DEB)

for deb in "$BUILD_DIR"/kepler-*.deb; do
  echo "== $deb ($(du -h "$deb" | cut -f1))"
  dpkg-deb --field "$deb" Package Version Installed-Size Depends Recommends Suggests
done
