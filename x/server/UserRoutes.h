#pragma once

namespace Kepler::Server {

class Router;

// Staff accounts, admin only: list, create, read, patch (roles, display name, disabled) and
// password reset (which ends the user's sessions).
namespace UserRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
