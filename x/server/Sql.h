#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>
#include <optional>

namespace Kepler::Server::Sql {

// Prepares, binds positionally and runs; throws DatabaseError instead of returning false, so a
// repository reads as the SQL it runs.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});

// Runs a query expected to yield one row with one integer column (COUNT, RETURNING id, ...).
qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});

// A statement prepared once and run many times with new values: bulk writes (demo seed, CSV
// import) skip re-parsing the SQL per row. Throws DatabaseError like exec().
class Prepared
{
public:
    Prepared(const QSqlDatabase &db, QString sql);
    QSqlQuery &run(const QVariantList &params);

private:
    QSqlQuery m_query;
    QString m_sql;
};

// A NULL for a nullable column that QtSql binds with the right type on every driver.
QVariant nullInt();
// The same for a nullable TEXT column (a null QString would be bound as '').
QVariant nullText();
// A value for a nullable column: the value, or the typed NULL.
QVariant orNull(const std::optional<int> &value);
QVariant orNull(const QString &textOrEmpty); // "" → NULL

} // namespace Kepler::Server::Sql
