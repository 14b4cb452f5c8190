#pragma once

#include "CatalogCriteria.h"
#include "FieldError.h"
#include "PartnerMode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>

namespace Kepler {

// A product pool (issue 5): the SKUs a set of partners may sell — those the criteria select, plus
// manual includes, minus manual excludes (an exclude wins). The service computes membership; the
// gateway sells a partner only what its pools hold. Assigned to partners by id and to whole
// cooperation modes.
struct ProductPool
{
    qint64 id = 0;
    QString name;
    CatalogCriteria criteria;
    QList<qint64> includes; // SKU ids added by hand
    QList<qint64> excludes; // SKU ids taken out by hand
    QList<qint64> partners; // assigned partners
    QList<PartnerMode> modes; // assigned to every partner of these modes
    QString updatedBy;
    QDateTime updatedAt;
    int version = 1;

    bool contains(const CatalogSku &sku) const;
    bool isAssignedTo(qint64 partnerId, PartnerMode mode) const;

    QJsonObject toJson() const;
    static std::optional<ProductPool> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);
    bool operator==(const ProductPool &other) const = default;
};

namespace PoolLimits {
inline constexpr int NameMax = 100;
inline constexpr int ManualMax = 5000; // includes or excludes
inline constexpr int PartnersMax = 10000;
} // namespace PoolLimits

// Reads the editable fields (name, criteria, includes, excludes, partners, modes) of a create or
// update body into *out; nothing is applied when there are errors.
FieldErrors readProductPool(const QJsonObject &body, ProductPool *out);

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::ProductPool)
