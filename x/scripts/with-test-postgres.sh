#!/usr/bin/env bash
# Runs COMMAND... beside a throwaway PostgreSQL 15 cluster on 127.0.0.1 and a free port, with its
# data under /tmp, stopped (fast) and removed when COMMAND ends:
#   scripts/with-test-postgres.sh ctest --test-dir build -L postgresql --output-on-failure
# Exports KEPLER_TEST_PG=postgresql://postgres@127.0.0.1:PORT: the tests' PlatformProcess creates
# one database per platform there (and drops it), and the *_pg tests run only with it set. Also
# exports KEPLER_REQUIRE_POSTGRES=1: inside this wrapper a PostgreSQL that does not answer is a
# failure, never a skip. Facts behind it: shared/setup/QT-RECIPE.md §4 (initdb refuses root, so
# as root the cluster runs as user postgres; the data dir must be traversable by that user).
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

bindir=""
for d in /usr/lib/postgresql/15/bin /usr/lib/postgresql/*/bin; do
    if [ -x "$d/initdb" ]; then bindir=$d; break; fi
done
if [ -z "$bindir" ]; then
    echo "with-test-postgres: initdb not found (apt-get install postgresql-15)" >&2
    exit 1
fi

as_owner=()
if [ "$(id -u)" -eq 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "with-test-postgres: running as root needs the user postgres (from postgresql-15)" >&2
        exit 1
    fi
    as_owner=(runuser -u postgres --)
fi

scratch=$(mktemp -d /tmp/kepler-pg.XXXXXX)
chmod 755 "$scratch"
mkdir -p "$scratch/sock"
if [ ${#as_owner[@]} -gt 0 ]; then chown postgres: "$scratch" "$scratch/sock"; fi
data="$scratch/data"
log="$scratch/postgres.log"

cleanup() {
    if [ -f "$data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# LOCALE C: lower() folds ASCII only and text sorts by bytes, as in SQLite (docs/server.md).
"${as_owner[@]}" "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$scratch/initdb.log" 2>&1 \
    || { cat "$scratch/initdb.log" >&2; exit 1; }

# A free port: nothing answers there, and the server gets it (another one may take it meanwhile:
# then the start fails and the next port is tried).
port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
started=""
for attempt in 1 2 3 4 5 6 7 8; do
    port=$((20000 + RANDOM % 30000))
    port_free "$port" || continue
    # Tuned for tests: no fsync (a lost cluster is thrown away anyway), enough connections for
    # ctest -j2 with several platforms of 4 workers each.
    if "${as_owner[@]}" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 30 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $scratch/sock -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
        start >/dev/null; then
        started=$port
        break
    fi
done
if [ -z "$started" ]; then
    echo "with-test-postgres: PostgreSQL did not start; its log:" >&2
    cat "$log" >&2 || true
    exit 1
fi

export KEPLER_TEST_PG="postgresql://postgres@127.0.0.1:$started"
export KEPLER_REQUIRE_POSTGRES=1
echo "with-test-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$started (KEPLER_TEST_PG)"
status=0
"$@" || status=$?
exit "$status"
