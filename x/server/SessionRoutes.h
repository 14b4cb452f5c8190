#pragma once

namespace Kepler::Server {

class Router;

// POST /api/v1/sessions (sign in), GET and DELETE /api/v1/sessions/current.
namespace SessionRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
