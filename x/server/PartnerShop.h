#pragma once

#include "GatewayCaller.h"

#include "domain/CatalogSku.h"
#include "domain/PricingEngine.h"
#include "domain/ProductPool.h"

#include <QSqlDatabase>
#include <memory>

namespace Kepler::Server {

// What one partner may sell at one moment and at which price (docs/gateway.md): the pools
// assigned to it (by id or by its mode) and the pricing rules, read once per request and priced
// by the same PricingIndex the console's explainer agrees with.
class PartnerShop
{
public:
    PartnerShop(const QSqlDatabase &db, const GatewayCaller &partner, qint64 atMs);
    ~PartnerShop();

    bool sells(const CatalogSku &sku) const;
    // "(pool 1's members) OR (pool 2's members) …" for SQL over catalog_skus; "0=1" without pools.
    QString assortmentClause(QVariantList *params) const;

    struct Offer
    {
        qint64 priceFen = 0;
        qint64 commissionFen = 0; // per piece; 0 unless a commission rule pays this partner
    };
    Offer offer(const CatalogSku &sku) const;
    QJsonObject toJson(const CatalogSku &sku) const; // the product as /open/v1/products shows it

private:
    QList<ProductPool> m_allPools; // pricing scopes may name any pool
    QList<ProductPool> m_assigned;
    std::unique_ptr<PricingIndex> m_pricing;
};

} // namespace Kepler::Server
