#pragma once

#include "CatalogSku.h"
#include "FieldError.h"

#include <QJsonObject>
#include <QList>
#include <QUrlQuery>
#include <optional>

namespace Kepler {

// Which SKUs: the filter of GET /api/v1/catalog/skus and the criteria of a product pool (issue 5),
// after JD Union's goods.query: categories (any level), brands, owner, price range, in stock,
// keyword. Empty / absent parts match everything. The service turns it into SQL; matches() is the
// same rule in code, for the console's preview and for tests against the SQL.
struct CatalogCriteria
{
    QList<int> categories; // cid1, cid2 or cid3
    QList<int> brands;
    std::optional<SkuOwner> owner;
    std::optional<qint64> priceMinFen; // list price, inclusive
    std::optional<qint64> priceMaxFen;
    bool inStockOnly = false;
    QString keyword; // substring of the Chinese or English name, case-insensitive
    bool onSaleOnly = true;

    bool matches(const CatalogSku &sku) const;
    bool isEmpty() const;

    QJsonObject toJson() const; // a pool's stored criteria
    static std::optional<CatalogCriteria> fromJson(const QJsonObject &json, FieldErrors *errors);
    // The URL form of the catalog list: categories=1,12&brands=3&owner=self&priceMin=100&…
    void addToUrlQuery(QUrlQuery *query) const;
    static std::optional<CatalogCriteria> fromUrlQuery(const QUrlQuery &query, FieldErrors *errors);

    bool operator==(const CatalogCriteria &other) const = default;
};

namespace CatalogLimits {
inline constexpr int ListItemsMax = 500;
inline constexpr int KeywordMax = 64;
} // namespace CatalogLimits

} // namespace Kepler
