#pragma once

namespace Kepler::Server {

class Router;

// GET /api/v1/health: liveness plus a database round trip, without auth (load balancers call it);
// GET /api/v1/health/details: the same with version, engine and search mode, for signed-in staff.
namespace HealthRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
