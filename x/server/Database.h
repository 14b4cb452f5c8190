#pragma once

#include "DatabaseUrl.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Kepler::Server {

namespace Sql {
class Prepared;
}

// The service's storage: SQLite (a file) or PostgreSQL (a server), and one QSqlDatabase connection
// per thread that uses it (a QtSql connection belongs to the thread that opened it). The SQL is kept
// portable; the engine-specific bits (identity columns, how a transaction begins, the one-writer
// rule, the keyword index) are asked of this class. docs/server.md "Storage" says what differs.
class Database
{
public:
    Database(QString driver, QString databaseName);
    explicit Database(const DatabaseUrl &url);
    ~Database();

    QString driverName() const { return m_driver; }
    QString engine() const; // "sqlite" or "postgresql", as /health/details reports it
    bool isSqlite() const { return m_driver == u"QSQLITE"_qs; }

    // This thread's connection, opened on first use. Throws DatabaseError.
    QSqlDatabase connection();
    // This thread's connection to the store of short-lived data that needs no fsync: the gateway's
    // used nonces and rate buckets, written on every signed request. With SQLite a file beside the database
    // with synchronous=OFF (a nonce lost to a power cut only matters for the 5 minutes its timestamp stays
    // acceptable); with PostgreSQL the same connection as connection().
    QSqlDatabase ephemeralConnection();
    // A statement prepared once on this thread's ephemeral connection and kept for the next call
    // (until closeConnection() or forgetPrepared()): a statement run on every request. Sql::exec
    // prepares afresh each time, which QPSQL does with PREPARE, EXECUTE and DEALLOCATE (three round
    // trips) and SQLite by parsing the SQL again. Throws DatabaseError.
    Sql::Prepared &preparedEphemeral(const QString &sql);
    // Drops that statement (after a failure: a connection PostgreSQL lost no longer knows it).
    void forgetPrepared(const QString &sql);
    // Closes this thread's connections (start-up work on the main thread ends with it).
    void closeConnection();

    // SQLite has one writer at a time; threads of this process queue here for it instead of in
    // SQLite's busy handler, which sleeps in steps of milliseconds. Null for PostgreSQL.
    QMutex *writeLock() { return isSqlite() ? &m_writeLock : nullptr; }
    // The same for the ephemeral store's writers (nonces, rate buckets). Null for PostgreSQL.
    QMutex *ephemeralWriteLock() { return isSqlite() ? &m_ephemeralWriteLock : nullptr; }

    QString beginWriteStatement() const;
    // The statements that open a transaction of the kind (Transaction runs them in order).
    // PostgreSQL: reads see one snapshot (REPEATABLE READ, as a SQLite read transaction does), and
    // writes take one transaction-scoped advisory lock first, so read-compare-write sequences run
    // one at a time across every process on the database, as SQLite's single writer makes them.
    QStringList beginStatements(bool write) const;
    QString identityColumn() const; // "id" column definition of a table
    QString describe() const { return m_url.display(); } // for logs: never the password

    // The advisory lock key every PostgreSQL write transaction takes ("KEPLER" in ASCII).
    static constexpr qint64 WriteLockKey = 0x4b45504c4552;

private:
    QString connectionName() const;
    QSqlDatabase open(const QString &name, const QString &databaseName);
    void configure(QSqlDatabase &db);
    void configurePostgres(QSqlDatabase &db);

    QString m_driver;
    QString m_databaseName;
    DatabaseUrl m_url; // host, port, user, password and options for QPSQL
    int m_instance;
    QMutex m_writeLock;
    QMutex m_ephemeralWriteLock;
};

} // namespace Kepler::Server
