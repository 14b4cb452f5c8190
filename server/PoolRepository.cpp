#include "PoolRepository.h"

#include "CatalogRepository.h"
#include "RowMemo.h"
#include "Sql.h"

#include "domain/Partner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kepler::Server::PoolRepository {
namespace {

const QString kColumns = u"id, name, criteria_json, includes_json, excludes_json, partners_json, modes_json, "
                         u"updated_by, updated_at, version"_qs;

QString json(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

ProductPool parse(const QSqlQuery &q)
{
    // Stored rows were validated on the way in; read them back through the same codec.
    QJsonObject o {{u"id"_qs, q.value(0).toLongLong()}, {u"name"_qs, q.value(1).toString()},
        {u"criteria"_qs, QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()},
        {u"includes"_qs, QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()},
        {u"excludes"_qs, QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array()},
        {u"partners"_qs, QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array()},
        {u"modes"_qs, QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()},
        {u"updatedBy"_qs, q.value(7).toString()},
        {u"updatedAt"_qs, toIsoUtc(QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC))},
        {u"version"_qs, q.value(9).toInt()}};
    return ProductPool::fromJson(o).value_or(ProductPool {});
}

ProductPool read(const QSqlQuery &q)
{
    static RowMemo<ProductPool> memo;
    // Keyed by every column read.
    static const int columns = int(kColumns.count(u',')) + 1;
    return memo.value(q, columns, parse);
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(u"?"_qs);
    return m.join(u", "_qs);
}

QList<CatalogSku> skusWhere(
    const QSqlDatabase &db, const QString &where, const QVariantList &params, int limit)
{
    QList<CatalogSku> out;
    if (limit <= 0)
        return out;
    // The ids, then the rows through the catalog's own reader.
    QVariantList p = params;
    p.append(limit);
    QSqlQuery q
        = Sql::exec(db, u"SELECT id FROM catalog_skus WHERE "_qs + where + u" ORDER BY id LIMIT ?"_qs, p);
    while (q.next())
        if (const auto sku = CatalogRepository::find(db, q.value(0).toLongLong()))
            out.append(*sku);
    return out;
}

} // namespace

qint64 insert(const QSqlDatabase &db, const ProductPool &pool, const QString &actor, const QDateTime &at)
{
    const QJsonObject o = pool.toJson();
    return Sql::scalar(db,
        u"INSERT INTO product_pools (name, criteria_json, includes_json, excludes_json, partners_json, "
        u"modes_json, "
        u"created_by, created_at, updated_by, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) "
        u"RETURNING id"_qs,
        {pool.name, json(o.value(u"criteria"_qs)), json(o.value(u"includes"_qs)),
            json(o.value(u"excludes"_qs)), json(o.value(u"partners"_qs)), json(o.value(u"modes"_qs)), actor,
            at.toMSecsSinceEpoch(), actor, at.toMSecsSinceEpoch()});
}

void update(const QSqlDatabase &db, const ProductPool &pool)
{
    const QJsonObject o = pool.toJson();
    Sql::exec(db,
        u"UPDATE product_pools SET name = ?, criteria_json = ?, includes_json = ?, excludes_json = ?, "
        u"partners_json = ?, modes_json = ?, updated_by = ?, updated_at = ?, version = ? WHERE id = ?"_qs,
        {pool.name, json(o.value(u"criteria"_qs)), json(o.value(u"includes"_qs)),
            json(o.value(u"excludes"_qs)), json(o.value(u"partners"_qs)), json(o.value(u"modes"_qs)),
            pool.updatedBy, pool.updatedAt.toMSecsSinceEpoch(), pool.version, pool.id});
}

std::optional<ProductPool> find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM product_pools WHERE id = ?"_qs, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<ProductPool> list(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM product_pools ORDER BY id"_qs);
    QList<ProductPool> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QString memberClause(const ProductPool &pool, QVariantList *params)
{
    QString clause = u'(' + CatalogRepository::whereClause(pool.criteria, params) + u')';
    if (!pool.includes.isEmpty()) {
        clause = u"("_qs + clause + u" OR id IN (%1))"_qs.arg(marks(pool.includes.size()));
        for (qint64 id : pool.includes)
            params->append(id);
    }
    if (!pool.excludes.isEmpty()) {
        clause += u" AND id NOT IN (%1)"_qs.arg(marks(pool.excludes.size()));
        for (qint64 id : pool.excludes)
            params->append(id);
    }
    return clause;
}

qint64 memberCount(const QSqlDatabase &db, const ProductPool &pool)
{
    QVariantList params;
    const QString where = memberClause(pool, &params);
    return Sql::scalar(db, u"SELECT COUNT(*) FROM catalog_skus WHERE "_qs + where, params);
}

QList<CatalogSku> members(const QSqlDatabase &db, const ProductPool &pool, qint64 afterId, int limit)
{
    QVariantList params;
    QString where = memberClause(pool, &params) + u" AND id > ?"_qs;
    params.append(afterId);
    return skusWhere(db, where, params, limit);
}

Diff diff(const QSqlDatabase &db, const std::optional<ProductPool> &current, const ProductPool &proposed,
    int samples)
{
    Diff d;
    QVariantList newParams;
    const QString newClause = memberClause(proposed, &newParams);
    d.after = Sql::scalar(db, u"SELECT COUNT(*) FROM catalog_skus WHERE "_qs + newClause, newParams);
    if (!current) {
        d.added = d.after;
        d.addedSamples = skusWhere(db, newClause, newParams, samples);
        return d;
    }
    QVariantList oldParams;
    const QString oldClause = memberClause(*current, &oldParams);
    d.before = Sql::scalar(db, u"SELECT COUNT(*) FROM catalog_skus WHERE "_qs + oldClause, oldParams);
    // Added: in the new, not in the old; removed the other way round. Columns are NOT NULL, so
    // NOT (…) is exact.
    const QString added = newClause + u" AND NOT ("_qs + oldClause + u')';
    const QString removed = oldClause + u" AND NOT ("_qs + newClause + u')';
    const QVariantList addedParams = newParams + oldParams;
    const QVariantList removedParams = oldParams + newParams;
    d.added = Sql::scalar(db, u"SELECT COUNT(*) FROM catalog_skus WHERE "_qs + added, addedParams);
    d.removed = Sql::scalar(db, u"SELECT COUNT(*) FROM catalog_skus WHERE "_qs + removed, removedParams);
    d.addedSamples = skusWhere(db, added, addedParams, samples);
    d.removedSamples = skusWhere(db, removed, removedParams, samples);
    return d;
}

} // namespace Kepler::Server::PoolRepository
