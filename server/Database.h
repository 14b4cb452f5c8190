#pragma once

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
    // Closes this thread's connection (start-up work on the main thread ends with it).
    void closeConnection();

    QString beginWriteStatement() const;
    QString identityColumn() const; // "id" column definition of a table

private:
    QString connectionName() const;
    void configure(QSqlDatabase &db);

    QString m_driver;
    QString m_databaseName;
    int m_instance;
};

} // namespace Kepler::Server
