#include "CatalogTypes.h"

namespace Kepler {

QString toQueryValue(CatalogSort sort)
{
    switch (sort) {
    case CatalogSort::Id:
        return u"id"_qs;
    case CatalogSort::PriceAscending:
        return u"price"_qs;
    case CatalogSort::PriceDescending:
        return u"-price"_qs;
    case CatalogSort::StockDescending:
        return u"-stock"_qs;
    }
    return u"id"_qs;
}

} // namespace Kepler
