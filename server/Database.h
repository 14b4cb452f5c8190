#pragma once

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

namespace Kepler::Server {

// The service's storage: a driver name and a database name, and one QSqlDatabase connection per
// thread that uses it (a QtSql connection belongs to the thread that opened it). Only SQLite is
// wired today; the SQL is kept portable and the engine-specific bits (identity columns, write
// transactions) are asked of this class, so PostgreSQL can follow (issue 8).
class Database
{
public:
    Database(QString driver, QString databaseName);
    ~Database();

    QString driverName() const { return m_driver; }
    QString engine() const; // "sqlite" or "postgresql", as /health reports it
    bool isSqlite() const { return m_driver == u"QSQLITE"_qs; }

    // This thread's connection, opened on first use. Throws DatabaseError.
    QSqlDatabase connection();
    // This thread's connection to the store of short-lived data that needs no fsync: the gateway's
    // used nonces, written on every signed request. With SQLite a file beside the database with
    // synchronous=OFF (a nonce lost to a power cut only matters for the 5 minutes its timestamp
    // stays acceptable); with PostgreSQL the same connection as connection().
    QSqlDatabase ephemeralConnection();
    // Closes this thread's connections (start-up work on the main thread ends with it).
    void closeConnection();

    // SQLite has one writer at a time; threads of this process queue here for it instead of in
    // SQLite's busy handler, which sleeps in steps of milliseconds. Null for PostgreSQL.
    QMutex *writeLock() { return isSqlite() ? &m_writeLock : nullptr; }

    QString beginWriteStatement() const;
    QString identityColumn() const; // "id" column definition of a table

private:
    QString connectionName() const;
    QSqlDatabase open(const QString &name, const QString &databaseName);
    void configure(QSqlDatabase &db);

    QString m_driver;
    QString m_databaseName;
    int m_instance;
    QMutex m_writeLock;
};

} // namespace Kepler::Server
