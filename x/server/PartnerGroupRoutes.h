#pragma once

namespace Kepler::Server {

class Router;

// GET /api/v1/partner-groups (any staff) and PATCH /api/v1/partner-groups/{code} (admin, manager;
// If-Match with the group's version; one partner_group.update audit line).
namespace PartnerGroupRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
