#!/usr/bin/env bash
# Lints docs/api/openapi.yaml with the pinned @redocly/cli (tst_openapi_lint) under the rules of
# docs/api/redocly.yaml (and the accepted problems in docs/api/.redocly.lint-ignore.yaml), as
# installed by install-openapi-lint.sh. Exits non-zero on any problem, warnings included
# (recommended-strict).
set -euo pipefail
cd "$(dirname "$0")/.."

TOOLS=.cache/tools/openapi-lint
REDOCLY=$TOOLS/node_modules/.bin/redocly
if [ ! -x "$REDOCLY" ]; then
  echo "openapi-lint: $REDOCLY is missing; run: bash scripts/install-openapi-lint.sh" >&2
  exit 1
fi
# No usage telemetry and no update check: the lint runs offline and says nothing about us.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
exec "$REDOCLY" lint --config docs/api/redocly.yaml --max-problems 1000 docs/api/openapi.yaml
