#pragma once

namespace Kepler::Server {

class Router;

// Registers every route of the service, in one place, so the service and the tests that walk the
// whole API (tst_security_authz: every route × every role) see the same table.
namespace AllRoutes {
void registerAll(Router &router, bool benchRoutes = false);
}

} // namespace Kepler::Server
