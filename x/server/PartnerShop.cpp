#include "PartnerShop.h"

#include "PoolRepository.h"
#include "PricingRuleRepository.h"

#include "domain/CatalogPricing.h"

#include <QDateTime>
#include <QJsonObject>

namespace Kepler::Server {

PartnerShop::PartnerShop(const QSqlDatabase &db, const GatewayCaller &partner, qint64 atMs)
    : m_allPools(PoolRepository::list(db))
{
    for (const ProductPool &pool : std::as_const(m_allPools))
        if (pool.isAssignedTo(partner.partnerId, partner.mode))
            m_assigned.append(pool);
    const PricingPolicy policy {PricingRuleRepository::minMarginBps(db)};
    m_pricing = std::make_unique<PricingIndex>(PricingRuleRepository::list(db),
        PricingPartner {partner.partnerId, partner.mode}, QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC),
        policy);
}

PartnerShop::~PartnerShop() = default;

bool PartnerShop::sells(const CatalogSku &sku) const
{
    for (const ProductPool &pool : m_assigned)
        if (pool.contains(sku))
            return true;
    return false;
}

QString PartnerShop::assortmentClause(QVariantList *params) const
{
    if (m_assigned.isEmpty())
        return u"0=1"_qs;
    QStringList parts;
    for (const ProductPool &pool : m_assigned)
        parts.append(u'(' + PoolRepository::memberClause(pool, params) + u')');
    return u'(' + parts.join(u" OR "_qs) + u')';
}

PartnerShop::Offer PartnerShop::offer(const CatalogSku &sku) const
{
    const PricingIndex::Price p = m_pricing->price(pricedSku(sku, m_allPools));
    const qint64 commission = p.commissionBps > 0 ? PricingEngine::percentOf(p.priceFen, p.commissionBps) : 0;
    return {p.priceFen, commission};
}

QJsonObject PartnerShop::toJson(const CatalogSku &sku) const
{
    const Offer o = offer(sku);
    return QJsonObject {{u"skuId"_qs, sku.id}, {u"name"_qs, sku.name}, {u"nameEn"_qs, sku.nameEn},
        {u"cid1"_qs, sku.cid1}, {u"cid2"_qs, sku.cid2}, {u"cid3"_qs, sku.cid3}, {u"brandId"_qs, sku.brandId},
        {u"listPriceFen"_qs, sku.listPriceFen}, {u"priceFen"_qs, o.priceFen},
        {u"commissionFen"_qs, o.commissionFen}, {u"stock"_qs, sku.stock}};
}

} // namespace Kepler::Server
