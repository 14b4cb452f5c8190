#include "AnnotationRepository.h"

#include "Sql.h"

#include "domain/MetricsRange.h"

namespace Kepler::Server {

QJsonObject Annotation::toJson() const
{
    return {{u"id"_qs, id}, {u"at"_qs, MetricsRange::formatTime(at)}, {u"note"_qs, note},
        {u"scope"_qs, scope}, {u"createdBy"_qs, createdBy},
        {u"createdAt"_qs, MetricsRange::formatTime(createdAt)}};
}

namespace AnnotationRepository {
namespace {

constexpr auto kColumns = u"id, at, note, scope, created_by, created_at";

Annotation read(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toLongLong()};
}

} // namespace

QList<Annotation> list(const QSqlDatabase &db, qint64 from, qint64 to, const QString &scope, int limit)
{
    QString sql = u"SELECT %1 FROM annotations WHERE at >= ? AND at < ?"_qs.arg(kColumns);
    QVariantList params {from, to};
    if (!scope.isNull()) {
        // A scoped question still gets the annotations meant for every chart.
        sql += u" AND (scope = '' OR scope = ?)"_qs;
        params.append(scope);
    }
    sql += u" ORDER BY at, id LIMIT ?"_qs;
    params.append(limit);
    QList<Annotation> out;
    for (QSqlQuery q = Sql::exec(db, sql, params); q.next();)
        out.append(read(q));
    return out;
}

std::optional<Annotation> find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT %1 FROM annotations WHERE id = ?"_qs.arg(kColumns), {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

qint64 insert(const QSqlDatabase &db, const Annotation &a)
{
    return Sql::scalar(db,
        u"INSERT INTO annotations (at, note, scope, created_by, created_at) VALUES (?, ?, ?, ?, ?) "
        u"RETURNING id"_qs,
        {a.at, a.note, a.scope, a.createdBy, a.createdAt});
}

void remove(const QSqlDatabase &db, qint64 id)
{
    Sql::exec(db, u"DELETE FROM annotations WHERE id = ?"_qs, {id});
}

} // namespace AnnotationRepository
} // namespace Kepler::Server
