#pragma once

namespace Kepler::Server {

class Router;

// POST /api/v1/partners:bulk (operator, admin): one action on up to 1000 partners with a result
// per partner, made safe to retry by an Idempotency-Key (see IdempotencyStore).
namespace PartnerBulkRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
