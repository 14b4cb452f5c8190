#pragma once

#include <QString>
#include <QUrl>

namespace Kepler::Server {

// Where the service keeps its data, from --db, $KEPLER_DB or the default:
//   (nothing) or sqlite:            the SQLite file kepler.db in --data
//   sqlite:/path/to/file.db         that SQLite file
//   postgresql://user[:password]@host[:port]/database[?sslmode=require&connect_timeout=5]
//                                   PostgreSQL through QtSql's QPSQL (postgres:// works too); a
//                                   password may also come from $PGPASSWORD or ~/.pgpass (libpq)
struct DatabaseUrl
{
    QString driver; // QSQLITE or QPSQL
    QString databaseName; // the SQLite file, or PostgreSQL's database
    QString host; // PostgreSQL only; empty: libpq's default (the local socket)
    int port = -1;
    QString user;
    QString password;
    QString connectOptions; // QPSQL's "key=value;key=value" from the URL's query

    bool isPostgres() const { return driver == u"QPSQL"_qs; }
    // For logs and messages: never the password.
    QString display() const;

    // Empty *error on success.
    static DatabaseUrl parse(const QString &url, const QString &dataDir, QString *error);
};

} // namespace Kepler::Server
