#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace Kepler::Server::Sql {

// Prepares, binds positionally and runs; throws DatabaseError instead of returning false, so a
// repository reads as the SQL it runs.
QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});

// Runs a query expected to yield one row with one integer column (COUNT, RETURNING id, ...).
qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &params = {});

// A NULL for a nullable column that QtSql binds with the right type on every driver.
QVariant nullInt();

} // namespace Kepler::Server::Sql
