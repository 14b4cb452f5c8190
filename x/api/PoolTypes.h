#pragma once

#include "domain/CatalogSku.h"
#include "domain/ProductPool.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Kepler {

// A pool as the service lists it: the pool plus the member count it computed when it answered
// (not part of the pool itself, so not in ProductPool).
struct PoolEntry
{
    ProductPool pool;
    qint64 memberCount = -1; // -1: not known
};

// What saving a change would do to a pool's membership (POST /pools/{id}:preview): exact counts
// and a few SKUs on each side, so the editor can show "+123 added / −45 removed" before saving.
struct PoolPreview
{
    qint64 before = 0;
    qint64 after = 0;
    qint64 added = 0;
    qint64 removed = 0;
    QList<CatalogSku> addedSamples;
    QList<CatalogSku> removedSamples;
};

// One keyset page of SKUs (a pool's members).
struct SkuPage
{
    QList<CatalogSku> items;
    QString nextCursor; // empty: last page
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::PoolEntry)
Q_DECLARE_METATYPE(Kepler::PoolPreview)
Q_DECLARE_METATYPE(Kepler::SkuPage)
