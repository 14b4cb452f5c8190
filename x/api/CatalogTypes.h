#pragma once

#include "domain/CatalogSku.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Kepler {

// The orders GET /api/v1/catalog/skus offers (each with a keyset cursor on the service).
enum class CatalogSort { Id, PriceAscending, PriceDescending, StockDescending };
QString toQueryValue(CatalogSort sort); // "id", "price", "-price", "-stock"

// One keyset page of the catalog. The total comes with the first page only, capped by the
// service at 10,000 (totalCapped: show "10,000+").
struct CatalogSkuPage
{
    QList<CatalogSku> items;
    QString nextCursor; // empty: last page
    qint64 total = -1; // -1: not sent (a later page)
    bool totalCapped = false;
};

// A node of the three-level category tree (level 1 has parentId 0).
struct CatalogCategory
{
    int id = 0;
    int parentId = 0;
    int level = 1;
    QString name; // Chinese
    QString nameEn;
};

struct CatalogBrand
{
    int id = 0;
    QString name;
    QString nameEn;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::CatalogSkuPage)
