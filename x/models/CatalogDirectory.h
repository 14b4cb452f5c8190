#pragma once

#include "api/CatalogTypes.h"

#include <QHash>
#include <QList>

namespace Kepler {

// The catalog's category tree and brands, loaded once, to put names on the ids a SKU carries
// (category path "手机通讯 › 手机 › 5G手机", brand) in the user's language.
class CatalogDirectory
{
public:
    void setCategories(const QList<CatalogCategory> &categories);
    void setBrands(const QList<CatalogBrand> &brands);
    const QList<CatalogCategory> &categories() const { return m_categories; }
    const QList<CatalogBrand> &brands() const { return m_brands; }

    // Names in Chinese, or in English where `english` and the service has one (the one it has when
    // it gave only one: LocalizedName::pick); "#12" if unknown.
    QString categoryName(int id, bool english) const;
    QString categoryPath(const CatalogSku &sku, bool english) const;
    QString brandName(int id, bool english) const;

private:
    QList<CatalogCategory> m_categories;
    QList<CatalogBrand> m_brands;
    QHash<int, qsizetype> m_categoryAt;
    QHash<int, qsizetype> m_brandAt;
};

} // namespace Kepler
