#pragma once

#include <QString>

namespace Kepler::Test::TestPostgres {

// The service tests run a second time on PostgreSQL (ctest's *_pg tests, label postgresql): ctest
// sets KEPLER_STORE=postgresql for them, and scripts/with-test-postgres.sh sets KEPLER_TEST_PG to
// a throwaway server's base URL (postgresql://user@host:port, no database).

// True in a *_pg test: every platform then gets a fresh database of its own on KEPLER_TEST_PG.
bool enabled();

// The --db URL for a platform's data directory: a database created on first use (CREATE
// DATABASE with the C locale the service wants) and remembered in the directory, so a platform
// restarted on the same directory, or a second one started on it, finds the same data, as with
// SQLite's kepler.db. Empty with *error set when the server cannot be reached.
QString urlForDataDir(const QString &dataDir, QString *error);

// Drops the database remembered in the directory now (if this process made it). Every database
// this process made and did not drop is dropped when the test's QCoreApplication ends.
void release(const QString &dataDir);

// A connection name for QSqlDatabase::database() on the directory's database, opened from the
// test itself (to look at or break the store from the side). Empty when not enabled.
QString openConnection(const QString &dataDir, const QString &connectionName);

} // namespace Kepler::Test::TestPostgres
