#include "CatalogRepository.h"

#include "CatalogSearch.h"
#include "Sql.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace Kepler::Server::CatalogRepository {
namespace {

const QString kColumns
    = u"id, name, name_en, cid1, cid2, cid3, brand_id, owner, list_price, cost, stock, on_sale"_qs;

QString marks(qsizetype n)
{
    QStringList m;
    for (qsizetype i = 0; i < n; ++i)
        m.append(u"?"_qs);
    return m.join(u", "_qs);
}

CatalogSku read(const QSqlQuery &q)
{
    CatalogSku s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.nameEn = q.value(2).toString();
    s.cid1 = q.value(3).toInt();
    s.cid2 = q.value(4).toInt();
    s.cid3 = q.value(5).toInt();
    s.brandId = q.value(6).toInt();
    s.owner = skuOwnerFromString(q.value(7).toString()).value_or(SkuOwner::Self);
    s.listPriceFen = q.value(8).toLongLong();
    s.costFen = q.value(9).toLongLong();
    s.stock = q.value(10).toInt();
    s.onSale = q.value(11).toInt() != 0;
    return s;
}

// The column a sort orders by, and the key of a row for the keyset cursor.
QString sortColumn(Sort sort)
{
    switch (sort) {
    case Sort::Id:
        return u"id"_qs;
    case Sort::PriceAsc:
    case Sort::PriceDesc:
        return u"list_price"_qs;
    case Sort::StockDesc:
        return u"stock"_qs;
    }
    return u"id"_qs;
}

qint64 sortKey(Sort sort, const CatalogSku &s)
{
    switch (sort) {
    case Sort::Id:
        return s.id;
    case Sort::PriceAsc:
    case Sort::PriceDesc:
        return s.listPriceFen;
    case Sort::StockDesc:
        return s.stock;
    }
    return s.id;
}

bool descending(Sort sort)
{
    return sort == Sort::PriceDesc || sort == Sort::StockDesc;
}

} // namespace

std::optional<Sort> sortFromString(const QString &value)
{
    for (Sort s : {Sort::Id, Sort::PriceAsc, Sort::PriceDesc, Sort::StockDesc})
        if (toString(s) == value)
            return s;
    return std::nullopt;
}

QString toString(Sort sort)
{
    switch (sort) {
    case Sort::Id:
        return u"id"_qs;
    case Sort::PriceAsc:
        return u"price"_qs;
    case Sort::PriceDesc:
        return u"-price"_qs;
    case Sort::StockDesc:
        return u"-stock"_qs;
    }
    return {};
}

QHash<int, int> categoryLevels(const QSqlDatabase &db)
{
    QHash<int, int> levels;
    QSqlQuery q = Sql::exec(db, u"SELECT id, level FROM catalog_categories"_qs);
    while (q.next())
        levels.insert(q.value(0).toInt(), q.value(1).toInt());
    return levels;
}

QString whereClause(const CatalogCriteria &c, QVariantList *params, const QHash<int, int> *levels)
{
    QStringList parts;
    if (!c.categories.isEmpty()) {
        QList<int> byLevel[4]; // [0]: level unknown
        for (int id : c.categories)
            byLevel[levels ? std::clamp(levels->value(id, 0), 0, 3) : 0].append(id);
        QStringList alternatives;
        for (int level = 1; level <= 3; ++level) {
            if (byLevel[level].isEmpty())
                continue;
            alternatives.append(u"cid%1 IN (%2)"_qs.arg(level).arg(marks(byLevel[level].size())));
            for (int id : byLevel[level])
                params->append(id);
        }
        if (!byLevel[0].isEmpty()) {
            const QString in = marks(byLevel[0].size());
            alternatives.append(u"cid1 IN (%1) OR cid2 IN (%1) OR cid3 IN (%1)"_qs.arg(in));
            for (int round = 0; round < 3; ++round)
                for (int id : byLevel[0])
                    params->append(id);
        }
        parts.append(u'(' + alternatives.join(u" OR "_qs) + u')');
    }
    if (!c.brands.isEmpty()) {
        parts.append(u"brand_id IN (%1)"_qs.arg(marks(c.brands.size())));
        for (int id : c.brands)
            params->append(id);
    }
    if (c.owner) {
        parts.append(u"owner = ?"_qs);
        params->append(Kepler::toString(*c.owner));
    }
    if (c.priceMinFen) {
        parts.append(u"list_price >= ?"_qs);
        params->append(*c.priceMinFen);
    }
    if (c.priceMaxFen) {
        parts.append(u"list_price <= ?"_qs);
        params->append(*c.priceMaxFen);
    }
    // "+stock": in stock is most of the catalog, so the stock index (there for sorting) must not
    // be taken to filter by it; the unary plus keeps SQLite from using it (PostgreSQL accepts it too).
    if (c.inStockOnly)
        parts.append(u"+stock > 0"_qs);
    if (c.onSaleOnly)
        parts.append(u"on_sale = 1"_qs);
    if (!c.keyword.isEmpty())
        parts.append(CatalogSearch::keywordCondition(c.keyword, params));
    return parts.isEmpty() ? u"1=1"_qs : parts.join(u" AND "_qs);
}

KeywordPlan planKeyword(const QSqlDatabase &db, const CatalogCriteria &criteria)
{
    if (criteria.keyword.isEmpty())
        return KeywordPlan::None;
    if (!CatalogSearch::hasIndex(db))
        return KeywordPlan::Scan; // PostgreSQL: no keyword index (docs/server.md "Storage")
    const qint64 found = CatalogSearch::probe(db, criteria.keyword, KeywordMembersMax);
    if (found < KeywordIndexMax)
        return KeywordPlan::Index;
    return found < KeywordMembersMax ? KeywordPlan::Members : KeywordPlan::Scan;
}

namespace {

// "FROM … WHERE" for a plan, with the index's parameters appended; the criteria's own condition
// (keyword included) follows in every plan, so all three return the same rows in the same order.
QString fromWhere(
    const QSqlDatabase &db, const CatalogCriteria &criteria, KeywordPlan plan, QVariantList *params)
{
    switch (plan) {
    case KeywordPlan::Index:
        // The few matching ids drive: CROSS JOIN keeps SQLite from scanning an ordered index instead.
        return u"FROM ("_qs + CatalogSearch::matchingIds(db, criteria.keyword, params)
            + u") m CROSS JOIN catalog_skus WHERE id = m.sku_id AND "_qs;
    case KeywordPlan::Members:
        // The ordered index drives; "+id" keeps the id set from driving (then every match would be
        // read and sorted), and SQLite tests it on the index entry before reading the row.
        return u"FROM catalog_skus WHERE +id IN ("_qs
            + CatalogSearch::matchingIds(db, criteria.keyword, params) + u") AND "_qs;
    case KeywordPlan::None:
    case KeywordPlan::Scan:
        break;
    }
    return u"FROM catalog_skus WHERE "_qs;
}

} // namespace

Page list(const QSqlDatabase &db, const CatalogCriteria &criteria, Sort sort, int limit,
    std::optional<std::pair<qint64, qint64>> after, std::optional<KeywordPlan> plan)
{
    if (!plan)
        plan = planKeyword(db, criteria);
    QVariantList params;
    const QString from = fromWhere(db, criteria, *plan, &params);
    const QHash<int, int> levels = categoryLevels(db);
    QString where = whereClause(criteria, &params, &levels);
    const QString column = sortColumn(sort);
    const QString op = descending(sort) ? u"<"_qs : u">"_qs;
    if (after) {
        if (sort == Sort::Id) {
            where += u" AND id > ?"_qs;
            params.append(after->second);
        } else {
            // (key, id) past the last row: spelled out, since not every engine plans row values well.
            where += u" AND (%1 %2 ? OR (%1 = ? AND id > ?))"_qs.arg(column, op);
            params << after->first << after->first << after->second;
        }
    }
    const QString order = sort == Sort::Id
        ? u"id"_qs
        : u"%1 %2, id"_qs.arg(column, descending(sort) ? u"DESC"_qs : u"ASC"_qs);
    params.append(limit + 1); // one more says whether another page follows
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kColumns + u' ' + from + where + u" ORDER BY "_qs + order + u" LIMIT ?"_qs, params);
    Page page;
    while (q.next())
        page.items.append(read(q));
    page.more = page.items.size() > limit;
    if (page.more)
        page.items.removeLast();
    if (!page.items.isEmpty()) {
        page.lastKey = sortKey(sort, page.items.constLast());
        page.lastId = page.items.constLast().id;
    }
    return page;
}

qint64 count(
    const QSqlDatabase &db, const CatalogCriteria &criteria, qint64 cap, std::optional<KeywordPlan> plan)
{
    if (!plan)
        plan = planKeyword(db, criteria);
    QVariantList params;
    const QString from = fromWhere(db, criteria, *plan, &params);
    const QHash<int, int> levels = categoryLevels(db);
    const QString where = whereClause(criteria, &params, &levels);
    params.append(cap);
    return Sql::scalar(db, u"SELECT COUNT(*) FROM (SELECT 1 "_qs + from + where + u" LIMIT ?) c"_qs, params);
}

std::optional<CatalogSku> find(const QSqlDatabase &db, qint64 id)
{
    QSqlQuery q = Sql::exec(db, u"SELECT "_qs + kColumns + u" FROM catalog_skus WHERE id = ?"_qs, {id});
    if (!q.next())
        return std::nullopt;
    return read(q);
}

QList<CatalogSku> firstByIdWhere(
    const QSqlDatabase &db, const QString &where, const QVariantList &params, qint64 afterId, int limit)
{
    QVariantList p = params;
    p << afterId << limit;
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kColumns + u" FROM catalog_skus WHERE ("_qs + where
            + u") AND id > ? ORDER BY id LIMIT ?"_qs,
        p);
    QList<CatalogSku> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QList<CatalogSku> firstAmongIds(const QSqlDatabase &db, const std::vector<qint64> &ids, const QString &where,
    const QVariantList &params, qint64 afterId, int limit)
{
    if (ids.empty())
        return {};
    // The ids are written into the statement: bound one `?` each they cost n² work, as QtSql hands
    // SQLite every `?` as a named placeholder and SQLite looks each name up in a list (1,600 ids:
    // 34 ms bound, 14 ms as text). They are integers from the catalog's own index.
    QString in;
    in.reserve(qsizetype(ids.size()) * 7);
    for (qint64 id : ids) {
        if (!in.isEmpty())
            in += u',';
        in += QString::number(id);
    }
    // Without statistics SQLite takes a pool's `cid1 IN (…) OR cid2 IN (…) …` for a few rows and
    // scans those category indexes whole instead of looking up the ids (8–11 ms against 1 ms for
    // 512 ids). NOT INDEXED leaves it the ids' primary key lookups; PostgreSQL plans by statistics.
    const QString table
        = db.driverName() == u"QSQLITE"_qs ? u"catalog_skus NOT INDEXED"_qs : u"catalog_skus"_qs;
    QVariantList p = params;
    p << afterId << limit;
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kColumns + u" FROM "_qs + table + u" WHERE id IN ("_qs + in + u") AND ("_qs + where
            + u") AND id > ? ORDER BY id LIMIT ?"_qs,
        p);
    QList<CatalogSku> out;
    while (q.next())
        out.append(read(q));
    return out;
}

QJsonArray categories(const QSqlDatabase &db)
{
    QSqlQuery q
        = Sql::exec(db, u"SELECT id, parent_id, level, name, name_en FROM catalog_categories ORDER BY id"_qs);
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject {{u"id"_qs, q.value(0).toLongLong()},
            {u"parentId"_qs, q.value(1).isNull() ? QJsonValue() : QJsonValue(q.value(1).toLongLong())},
            {u"level"_qs, q.value(2).toInt()}, {u"name"_qs, q.value(3).toString()},
            {u"nameEn"_qs, q.value(4).toString()}});
    return out;
}

QJsonArray brands(const QSqlDatabase &db)
{
    QSqlQuery q = Sql::exec(db, u"SELECT id, name, name_en FROM catalog_brands ORDER BY id"_qs);
    QJsonArray out;
    while (q.next())
        out.append(QJsonObject {{u"id"_qs, q.value(0).toLongLong()}, {u"name"_qs, q.value(1).toString()},
            {u"nameEn"_qs, q.value(2).toString()}});
    return out;
}

} // namespace Kepler::Server::CatalogRepository
