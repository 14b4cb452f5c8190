#pragma once

namespace Kepler::Server {

class Router;

// Measured traffic for any signed-in staff role (docs/api.md "Metrics", docs/gateway.md "Metrics"):
// GET /api/v1/metrics/orders, GET /api/v1/metrics/availability and GET /api/v1/slo.
namespace MetricsRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
