#!/bin/sh
# ctest's *_pg tests (tests/postgresql.cmake): runs the test executable on PostgreSQL when
# scripts/with-test-postgres.sh gave a server, skips it when not, fails when one is required.
if [ -z "${KEPLER_TEST_PG:-}" ]; then
    if [ -n "${KEPLER_REQUIRE_POSTGRES:-}" ]; then
        echo "FAIL!  : KEPLER_REQUIRE_POSTGRES is set but KEPLER_TEST_PG is not (run under scripts/with-test-postgres.sh)"
        exit 1
    fi
    echo "SKIP   : no PostgreSQL (KEPLER_TEST_PG unset): run under scripts/with-test-postgres.sh"
    exit 0
fi
exec "$@"
