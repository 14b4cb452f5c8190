#include "CatalogSku.h"

#include "JsonFields.h"

namespace Kepler {

QString toString(SkuOwner owner)
{
    return owner == SkuOwner::Self ? u"self"_qs : u"marketplace"_qs;
}

std::optional<SkuOwner> skuOwnerFromString(const QString &value)
{
    if (value == u"self")
        return SkuOwner::Self;
    if (value == u"marketplace")
        return SkuOwner::Marketplace;
    return std::nullopt;
}

QJsonObject CatalogSku::toJson() const
{
    return {{u"id"_qs, id}, {u"name"_qs, name}, {u"nameEn"_qs, nameEn}, {u"cid1"_qs, cid1},
        {u"cid2"_qs, cid2}, {u"cid3"_qs, cid3}, {u"brandId"_qs, brandId}, {u"owner"_qs, toString(owner)},
        {u"listPriceFen"_qs, listPriceFen}, {u"costFen"_qs, costFen}, {u"stock"_qs, stock},
        {u"onSale"_qs, onSale}};
}

std::optional<CatalogSku> CatalogSku::fromJson(const QJsonObject &json)
{
    constexpr qint64 big = std::numeric_limits<qint64>::max();
    constexpr int intMax = std::numeric_limits<int>::max();
    JsonFields f(json);
    CatalogSku s;
    s.id = f.integer(u"id"_qs, true, 1, big).value_or(0);
    s.name = f.string(u"name"_qs, true, 1, 1000).value_or(QString());
    s.nameEn = f.string(u"nameEn"_qs, false, 0, 1000).value_or(QString());
    s.cid1 = int(f.integer(u"cid1"_qs, true, 1, intMax).value_or(0));
    s.cid2 = int(f.integer(u"cid2"_qs, true, 1, intMax).value_or(0));
    s.cid3 = int(f.integer(u"cid3"_qs, true, 1, intMax).value_or(0));
    s.brandId = int(f.integer(u"brandId"_qs, true, 1, intMax).value_or(0));
    if (const auto owner = skuOwnerFromString(f.string(u"owner"_qs, true, 1, 32).value_or(QString())))
        s.owner = *owner;
    else
        f.addError(u"owner"_qs, u"invalid_value"_qs, u"self or marketplace"_qs);
    s.listPriceFen = f.integer(u"listPriceFen"_qs, true, 0, big).value_or(0);
    s.costFen = f.integer(u"costFen"_qs, true, 0, big).value_or(0);
    s.stock = int(f.integer(u"stock"_qs, true, 0, intMax).value_or(0));
    s.onSale = f.boolean(u"onSale"_qs, true).value_or(false);
    if (!f.ok())
        return std::nullopt;
    return s;
}

} // namespace Kepler
