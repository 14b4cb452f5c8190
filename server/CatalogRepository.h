#pragma once

#include "domain/CatalogCriteria.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlDatabase>
#include <optional>
#include <vector>

namespace Kepler::Server {

// The catalog's SKUs, categories and brands (catalog_*), and CatalogCriteria as SQL — the one
// translation the SKU list and the product pools share, so a pool holds exactly what the list
// with the same criteria shows.
namespace CatalogRepository {

enum class Sort { Id, PriceAsc, PriceDesc, StockDesc };
std::optional<Sort> sortFromString(const QString &value); // "id", "price", "-price", "-stock"
QString toString(Sort sort);

// The level (1–3) of every category id, from the catalog's tree: a filter on category 3 then reads
// one indexed column (cid1 = 3) instead of OR-ing all three, which no index serves in order.
QHash<int, int> categoryLevels(const QSqlDatabase &db);

// "(cid1 IN (?)) AND brand_id IN (?) AND …" with its parameters appended; "1=1" when empty. With
// `levels` each category id is matched on its own level's column; ids it does not know (and all
// of them without `levels`) on any level.
QString whereClause(
    const CatalogCriteria &criteria, QVariantList *params, const QHash<int, int> *levels = nullptr);

// How a keyword query runs (CatalogSearch has the index). The index is probed for how many SKUs
// the keyword matches, counting at most KeywordMembersMax:
//  - Index: fewer than KeywordIndexMax — read those rows by id, filter, sort the few (a word that
//    matches nothing costs nothing);
//  - Members: up to KeywordMembersMax — walk the sort's index as without a keyword, testing each
//    entry's id against the matching ids (a set SQLite builds once) before reading its row;
//  - Scan: more — the words are dense, the ordered walk fills a page within a few hundred rows.
// Every plan applies the same SQL condition, so they agree row for row and cursor for cursor.
enum class KeywordPlan { None, Index, Members, Scan };
inline constexpr qint64 KeywordIndexMax = 20000;
inline constexpr qint64 KeywordMembersMax = 100000;
KeywordPlan planKeyword(const QSqlDatabase &db, const CatalogCriteria &criteria);

struct Page
{
    QList<CatalogSku> items;
    bool more = false; // another page follows
    qint64 lastKey = 0; // sort key and id of the last row, for the keyset cursor
    qint64 lastId = 0;
};
// One page after (afterKey, afterId) in `sort` order (no cursor: from the start). Without a plan
// the keyword's is probed; a caller that also counts passes one to both.
Page list(const QSqlDatabase &db, const CatalogCriteria &criteria, Sort sort, int limit,
    std::optional<std::pair<qint64, qint64>> after, std::optional<KeywordPlan> plan = std::nullopt);
// How many match, counting at most `cap` rows (a count of 1M rows costs a full scan).
qint64 count(const QSqlDatabase &db, const CatalogCriteria &criteria, qint64 cap,
    std::optional<KeywordPlan> plan = std::nullopt);
std::optional<CatalogSku> find(const QSqlDatabase &db, qint64 id);
// Up to `limit` rows of any SQL condition over catalog_skus, by id after `afterId`, read in one
// query (the gateway's assortment: the pools' clauses are not a CatalogCriteria).
QList<CatalogSku> firstByIdWhere(
    const QSqlDatabase &db, const QString &where, const QVariantList &params, qint64 afterId, int limit);
// The same among `ids` only (the gateway's keyword matches from CatalogMemoryIndex): the ids drive
// the statement, whatever indexes `where` could use.
QList<CatalogSku> firstAmongIds(const QSqlDatabase &db, const std::vector<qint64> &ids, const QString &where,
    const QVariantList &params, qint64 afterId, int limit);

QJsonArray categories(const QSqlDatabase &db); // [{id, parentId, level, name, nameEn}]
QJsonArray brands(const QSqlDatabase &db); // [{id, name, nameEn}]

} // namespace CatalogRepository

} // namespace Kepler::Server
