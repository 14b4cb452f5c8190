#!/usr/bin/env bash
# Installs the OpenAPI validator (@redocly/cli, pinned with its whole tree by
# tools/openapi-lint/package-lock.json) into .cache/tools/openapi-lint (git-ignored), where
# tst_openapi_lint runs it from any build tree (build/, build-asan/). Needs the npm registry once;
# afterwards the tests run offline. Idempotent: skipped when the installed tree was made from the
# same lock file.
set -euo pipefail
cd "$(dirname "$0")/.."

SRC=tools/openapi-lint
DEST=.cache/tools/openapi-lint

if [ -x "$DEST/node_modules/.bin/redocly" ] && cmp -s "$SRC/package-lock.json" "$DEST/installed-lock.json"; then
  echo "install-openapi-lint: @redocly/cli present in $DEST"
  exit 0
fi

echo "install-openapi-lint: installing @redocly/cli into $DEST"
mkdir -p "$DEST"
cp "$SRC/package.json" "$SRC/package-lock.json" "$DEST/"
# npm ci: exactly the lock file's versions; no install scripts (core-js's only prints a banner), no
# audit or funding requests.
(cd "$DEST" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=warn)
cp "$SRC/package-lock.json" "$DEST/installed-lock.json"
