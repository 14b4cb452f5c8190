#include "Sql.h"

#include "DatabaseError.h"
#include "Logging.h"

#include <QSqlError>

namespace Kepler::Server::Sql {
namespace {

bool isUnavailable(const QSqlError &error)
{
    // SQLITE_BUSY (5) / SQLITE_LOCKED (6) after the busy timeout, or a lost connection.
    const QString native = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || native == u"5"_qs || native == u"6"_qs;
}

[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    qCWarning(lcServer) << "SQL failed:" << error.text() << "in" << sql;
    throw DatabaseError(error.text(), isUnavailable(error));
}

} // namespace

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query, sql);
    for (const QVariant &p : params)
        query.addBindValue(p);
    if (!query.exec())
        fail(query, sql);
    return query;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query = exec(db, sql, params);
    if (!query.next())
        throw DatabaseError(u"no row from: "_qs + sql, false);
    return query.value(0).toLongLong();
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

} // namespace Kepler::Server::Sql
