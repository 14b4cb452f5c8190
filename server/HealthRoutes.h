#pragma once

namespace Kepler::Server {

class Router;

// GET /api/v1/health: liveness plus a database round trip, without auth (load balancers call it).
namespace HealthRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
