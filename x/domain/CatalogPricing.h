#pragma once

#include "PricingEngine.h"
#include "ProductPool.h"

namespace Kepler {

// A catalog SKU as the pricing engine sees it: its category path, brand, money and the pools that
// hold it (pool scopes of rules match on those). The service's explain and impact, and any console
// preview, build it the same way.
inline PricedSku pricedSku(const CatalogSku &sku, const QList<ProductPool> &pools)
{
    PricedSku p {sku.id, sku.cid1, sku.cid2, sku.cid3, sku.brandId, sku.listPriceFen, sku.costFen, {}};
    for (const ProductPool &pool : pools)
        if (pool.contains(sku))
            p.pools.append(pool.id);
    return p;
}

} // namespace Kepler
