#include "CatalogDirectory.h"

#include "LocalizedName.h"

namespace Kepler {

using LocalizedName::pick;

void CatalogDirectory::setCategories(const QList<CatalogCategory> &categories)
{
    m_categories = categories;
    m_categoryAt.clear();
    for (qsizetype i = 0; i < categories.size(); ++i)
        m_categoryAt.insert(categories.at(i).id, i);
}

void CatalogDirectory::setBrands(const QList<CatalogBrand> &brands)
{
    m_brands = brands;
    m_brandAt.clear();
    for (qsizetype i = 0; i < brands.size(); ++i)
        m_brandAt.insert(brands.at(i).id, i);
}

QString CatalogDirectory::categoryName(int id, bool english) const
{
    const auto it = m_categoryAt.constFind(id);
    if (it == m_categoryAt.constEnd())
        return u"#"_qs + QString::number(id);
    const CatalogCategory &c = m_categories.at(*it);
    return pick(c.name, c.nameEn, english);
}

QString CatalogDirectory::categoryPath(const CatalogSku &sku, bool english) const
{
    QStringList parts;
    for (const int id : {sku.cid1, sku.cid2, sku.cid3}) {
        if (id > 0)
            parts << categoryName(id, english);
    }
    return parts.join(u" › "_qs);
}

QString CatalogDirectory::brandName(int id, bool english) const
{
    const auto it = m_brandAt.constFind(id);
    if (it == m_brandAt.constEnd())
        return u"#"_qs + QString::number(id);
    const CatalogBrand &b = m_brands.at(*it);
    return pick(b.name, b.nameEn, english);
}

} // namespace Kepler
