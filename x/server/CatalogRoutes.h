#pragma once

#include <QtGlobal>

namespace Kepler::Server {

class Router;

// The catalog for staff (issue 5): GET /api/v1/catalog/skus (criteria, sort, keyset cursor, a
// capped total), /catalog/skus/{id}, /catalog/categories and /catalog/brands.
namespace CatalogRoutes {
inline constexpr int DefaultLimit = 100;
inline constexpr int MaxLimit = 500;
inline constexpr qint64 TotalCap = 1000; // counting further costs a scan of a big catalog: "1,000+"
void registerRoutes(Router &router);
} // namespace CatalogRoutes

} // namespace Kepler::Server
