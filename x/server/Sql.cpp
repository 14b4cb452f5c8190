#include "Sql.h"

#include "DatabaseError.h"
#include "Logging.h"

#include <QSqlDriver>
#include <QSqlError>

namespace Kepler::Server::Sql {
namespace {

// PostgreSQL by SQLSTATE: the connection (class 08), a serialisation failure or deadlock (worth
// retrying), out of resources (53), the server shutting down or starting (57P0x).
bool isPostgresUnavailable(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    return error.type() == QSqlError::ConnectionError || state.startsWith(u"08"_qs) || state == u"40001"_qs
        || state == u"40P01"_qs || state.startsWith(u"53"_qs) || state.startsWith(u"57P0"_qs);
}

bool isUnavailable(const QSqlQuery &query, const QSqlError &error)
{
    if (query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return isPostgresUnavailable(error);
    // By the primary SQLite result code (the low byte of an extended one): BUSY and LOCKED after the
    // busy timeout, IOERR, FULL, CANTOPEN. QSQLITE reports even constraint failures while fetching
    // as ConnectionError, so the error type alone says nothing.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == 5 || code == 6 || code == 10 || code == 13 || code == 14);
}

// QtSql binds a null QString as SQL NULL; our TEXT columns are NOT NULL with '' for "none".
QVariant bindable(const QVariant &value)
{
    if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString::fromLatin1("", 0);
    return value;
}

[[noreturn]] void fail(const QSqlQuery &query, const QString &sql)
{
    const QSqlError error = query.lastError();
    qCWarning(lcServer) << "SQL failed:" << error.text() << "native" << error.nativeErrorCode() << "in"
                        << sql;
    throw DatabaseError(error.text(), isUnavailable(query, error));
}

// SQLite steps through a result as it is read. QPSQL in forward-only mode streams rows (libpq's
// single-row mode), and a second statement on the connection while one streams cuts the first
// short: a loop that reads each id's row (PoolRepository::skusWhere) would see one row. Without
// forward-only QPSQL takes the whole result at once, which every caller here can afford.
bool forwardOnly(const QSqlDatabase &db)
{
    return db.driverName() != u"QPSQL"_qs;
}

} // namespace

QSqlQuery exec(const QSqlDatabase &db, const QString &sql, const QVariantList &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(forwardOnly(db));
    // QPSQL prepares as a server-side PREPARE, which PostgreSQL refuses for statements other than
    // SELECT/INSERT/UPDATE/DELETE/VALUES (BEGIN, CREATE TABLE, SET): without parameters run it as is.
    if (params.isEmpty() && db.driverName() == u"QPSQL"_qs) {
        if (!query.exec(sql))
            fail(query, sql);
        return query;
    }
    if (!query.prepare(sql))
        fail(query, sql);
    for (const QVariant &p : params)
        query.addBindValue(bindable(p));
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

Prepared::Prepared(const QSqlDatabase &db, QString sql)
    : m_query(db)
    , m_sql(std::move(sql))
{
    m_query.setForwardOnly(forwardOnly(db));
    if (!m_query.prepare(m_sql))
        fail(m_query, m_sql);
}

QSqlQuery &Prepared::run(const QVariantList &params)
{
    for (qsizetype i = 0; i < params.size(); ++i)
        m_query.bindValue(int(i), bindable(params.at(i)));
    if (!m_query.exec())
        fail(m_query, m_sql);
    return m_query;
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant orNull(const std::optional<int> &value)
{
    return value ? QVariant(*value) : nullInt();
}

QVariant orNull(const QString &textOrEmpty)
{
    return textOrEmpty.isEmpty() ? nullText() : QVariant(textOrEmpty);
}

} // namespace Kepler::Server::Sql
