#pragma once

namespace Kepler::Server {

class Router;

// Only with --bench-routes: GET /api/v1/_bench/sleep?ms=200&onLoop=0|1 sleeps on a worker (how the
// service runs handlers) or on the server's event loop (the naive baseline the bench compares to).
namespace BenchRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
