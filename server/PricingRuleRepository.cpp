#include "PricingRuleRepository.h"

#include "CatalogRepository.h"
#include "PoolRepository.h"
#include "RowMemo.h"
#include "Sql.h"

#include "domain/Partner.h"
#include "domain/PricingEngine.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Kepler::Server::PricingRuleRepository {
namespace {

const QString kColumns
    = u"id, name, scope_json, adjustment, value, priority, exclusive, valid_from, valid_until, "
      u"status, version"_qs;

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qlonglong>());
}

QJsonValue timeOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue()
                      : QJsonValue(toIsoUtc(QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC)));
}

PricingRule parse(const QSqlQuery &q)
{
    // Back through the codec that validated it on the way in.
    const QJsonObject o {{u"id"_qs, q.value(0).toLongLong()}, {u"name"_qs, q.value(1).toString()},
        {u"scope"_qs, QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()},
        {u"adjustment"_qs, q.value(3).toString()}, {u"value"_qs, q.value(4).toLongLong()},
        {u"priority"_qs, q.value(5).toInt()}, {u"exclusive"_qs, q.value(6).toInt() != 0},
        {u"validFrom"_qs, timeOrNull(q.value(7))}, {u"validUntil"_qs, timeOrNull(q.value(8))},
        {u"status"_qs, q.value(9).toString()}, {u"version"_qs, q.value(10).toInt()}};
    return PricingRule::fromJson(o).value_or(PricingRule {});
}

PricingRule read(const QSqlQuery &q)
{
    static RowMemo<PricingRule> memo;
    // Keyed by every column read.
    static const int columns = int(kColumns.count(u',')) + 1;
    return memo.value(q, columns, parse);
}

QString scopeJson(const PricingRule &r)
{
    return QString::fromUtf8(
        QJsonDocument(r.toJson().value(u"scope"_qs).toObject()).toJson(QJsonDocument::Compact));
}

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(u"?"_qs);
    return m.join(u", "_qs);
}

} // namespace

qint64 insert(const QSqlDatabase &db, const PricingRule &r, const QString &actor, const QDateTime &at)
{
    return Sql::scalar(db,
        u"INSERT INTO pricing_rules (name, scope_json, adjustment, value, priority, exclusive, valid_from, "
        u"valid_until, "
        u"status, created_by, created_at, updated_by, updated_at, version) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_qs,
        {r.name, scopeJson(r), toString(r.adjustment), r.value, r.priority, r.exclusive ? 1 : 0,
            msOrNull(r.validFrom), msOrNull(r.validUntil), toString(r.status), actor, at.toMSecsSinceEpoch(),
            actor, at.toMSecsSinceEpoch(), r.version});
}

void update(const QSqlDatabase &db, const PricingRule &r, const QString &actor, const QDateTime &at)
{
    Sql::exec(db,
        u"UPDATE pricing_rules SET name = ?, scope_json = ?, adjustment = ?, value = ?, priority = ?, "
        u"exclusive = ?, "
        u"valid_from = ?, valid_until = ?, status = ?, updated_by = ?, updated_at = ?, version = ? WHERE id = ?"_qs,
        {r.name, scopeJson(r), toString(r.adjustment), r.value, r.priority, r.exclusive ? 1 : 0,
            msOrNull(r.validFrom), msOrNull(r.validUntil), toString(r.status), actor, at.toMSecsSinceEpoch(),
            r.version, r.id});
}

std::optional<PricingRule> find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM pricing_rules WHERE id = ?"_qs, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<PricingRule> list(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM pricing_rules ORDER BY id"_qs);
    QList<PricingRule> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QString updatedBy(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT updated_by FROM pricing_rules WHERE id = ?"_qs, {id});
    return q.next() ? q.value(0).toString() : QString();
}

int minMarginBps(const QSqlDatabase &db)
{
    QSqlQuery q
        = Sql::exec(db, u"SELECT value FROM platform_settings WHERE setting = 'pricing.minMarginBps'"_qs);
    return q.next() ? q.value(0).toString().toInt() : PricingPolicy {}.minMarginBps;
}

void setMinMarginBps(const QSqlDatabase &db, int bps)
{
    Sql::exec(db,
        u"UPDATE platform_settings SET value = ?, version = version + 1 WHERE setting = 'pricing.minMarginBps'"_qs,
        {QString::number(bps)});
}

QString skuClause(const PricingScope &scope, const QList<ProductPool> &pools, QVariantList *params)
{
    CatalogCriteria criteria;
    criteria.onSaleOnly = false;
    criteria.categories = scope.categories;
    criteria.brands = scope.brands;
    QString clause = CatalogRepository::whereClause(criteria, params);
    if (!scope.skus.isEmpty()) {
        clause += u" AND id IN (%1)"_qs.arg(marks(scope.skus.size()));
        for (qint64 id : scope.skus)
            params->append(id);
    }
    if (!scope.pools.isEmpty()) {
        QStringList members;
        for (const ProductPool &p : pools)
            if (scope.pools.contains(p.id))
                members.append(u'(' + PoolRepository::memberClause(p, params) + u')');
        clause += members.isEmpty() ? u" AND 1=0"_qs : u" AND ("_qs + members.join(u" OR "_qs) + u')';
    }
    return clause;
}

} // namespace Kepler::Server::PricingRuleRepository
