#pragma once

namespace Kepler::Server {

class Router;

// GET /api/v1/partners/{id}/timeline for any signed-in user: the partner's audit events, newest
// first, each reduced to who, what, why, which fields changed and the status before and after.
namespace PartnerTimelineRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
