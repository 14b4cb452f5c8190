#pragma once

#include "domain/ProductPool.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// Product pools (product_pools) and their membership, computed in SQL from the same criteria
// translation the catalog list uses (CatalogRepository::whereClause).
namespace PoolRepository {

qint64 insert(const QSqlDatabase &db, const ProductPool &pool, const QString &actor, const QDateTime &at);
void update(const QSqlDatabase &db, const ProductPool &pool); // stores pool.version, updatedBy/At
std::optional<ProductPool> find(const QSqlDatabase &db, qint64 id);
QList<ProductPool> list(const QSqlDatabase &db); // by id

// "((criteria) OR id IN (includes)) AND id NOT IN (excludes)" for catalog_skus.
QString memberClause(const ProductPool &pool, QVariantList *params);
qint64 memberCount(const QSqlDatabase &db, const ProductPool &pool);
// Members after `afterId` (0: from the start), by id.
QList<CatalogSku> members(const QSqlDatabase &db, const ProductPool &pool, qint64 afterId, int limit);

// What saving `proposed` over `current` would change (a new pool: `current` holds nothing).
struct Diff
{
    qint64 before = 0;
    qint64 after = 0;
    qint64 added = 0;
    qint64 removed = 0;
    QList<CatalogSku> addedSamples;
    QList<CatalogSku> removedSamples;
};
Diff diff(const QSqlDatabase &db, const std::optional<ProductPool> &current, const ProductPool &proposed,
    int samples);

} // namespace PoolRepository

} // namespace Kepler::Server
