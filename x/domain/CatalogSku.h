#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Kepler {

// Who sells a SKU: the retailer itself (自营) or a marketplace merchant (第三方), as JD Union's
// goods criteria tell them apart.
enum class SkuOwner { Self, Marketplace };
QString toString(SkuOwner owner); // "self", "marketplace"
std::optional<SkuOwner> skuOwnerFromString(const QString &value);

// One SKU of the retailer's catalog (issue 5). Money in fen. Categories are a three-level path of
// category ids (cid1 ⊃ cid2 ⊃ cid3).
struct CatalogSku
{
    qint64 id = 0;
    QString name; // Chinese
    QString nameEn;
    int cid1 = 0;
    int cid2 = 0;
    int cid3 = 0;
    int brandId = 0;
    SkuOwner owner = SkuOwner::Self;
    qint64 listPriceFen = 0;
    qint64 costFen = 0;
    int stock = 0;
    bool onSale = true;

    QJsonObject toJson() const;
    static std::optional<CatalogSku> fromJson(const QJsonObject &json);
    bool operator==(const CatalogSku &other) const = default;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::CatalogSku)
