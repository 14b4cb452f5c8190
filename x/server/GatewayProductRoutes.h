#pragma once

namespace Kepler::Server {
class Router;
// GET /open/v1/products and /open/v1/products/{id}: a partner's assortment, priced for it.
namespace GatewayProductRoutes {
inline constexpr int DefaultLimit = 20;
inline constexpr int MaxLimit = 50;
void registerRoutes(Router &router);
} // namespace GatewayProductRoutes
} // namespace Kepler::Server
