#!/usr/bin/env bash
# Installs everything Kepler Console needs to build, run and test on Debian 12.
# Idempotent: packages already present are skipped quickly.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache dpkg-dev file git pkg-config desktop-file-utils
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql qtkeychain-qt6-dev libsecret-1-0 libgl-dev
  libsodium-dev
  clang libclang-rt-14-dev llvm
  xvfb xauth imagemagick fonts-dejavu-core fonts-wqy-microhei
  dbus gnome-keyring postgresql-15 nginx openssl ca-certificates
)
# The OpenAPI lint (tst_openapi_lint) runs @redocly/cli on Node.js. A Node.js that brings its own
# npm (NodeSource's) stands in for Debian's npm package, which conflicts with it.
if ! command -v npm >/dev/null 2>&1; then PACKAGES+=(nodejs npm); fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
else
  echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

bash "$(dirname "$0")/install-openapi-lint.sh"
