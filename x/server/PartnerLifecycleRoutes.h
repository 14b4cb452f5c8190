#pragma once

namespace Kepler::Server {

class Router;

// POST /api/v1/partners/{id}/{action} for each PartnerAction: If-Match, a {"reasonCode","note"}
// body, the roles and separation of duties of domain/PartnerLifecycle, and one audit line.
namespace PartnerLifecycleRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
