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
    QString keyword; // substring of the Chinese or English name, ASCII letters in either case
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

// What a catalog keyword matches, one definition for the service's SQL and index and for
// matches(): the keyword is a substring of the name or of the English name once both have their
// ASCII letters lowered (A–Z ≡ a–z); every other character matches only itself. Lowering ASCII only
// is what SQLite's lower() does (and translate() on PostgreSQL), so the SQL check, the full-text
// index (fed this fold) and the code agree on every string, where a Unicode case fold would differ
// between engines and Qt on letters such as 'ẞ' or 'İ'. Taken literally: % _ \ " are characters.
namespace CatalogKeyword {
QString fold(const QString &text); // ASCII letters lowered, nothing else touched
bool occursIn(const QString &foldedKeyword, const QString &text); // text folded here
} // namespace CatalogKeyword

namespace CatalogLimits {
inline constexpr int ListItemsMax = 500;
inline constexpr int KeywordMax = 64;
} // namespace CatalogLimits

} // namespace Kepler
