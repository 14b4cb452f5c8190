#pragma once

namespace Kepler::Server {

class Router;

// Partners: paged list with filters and sort, read with ETag, create (operator/admin) and PATCH
// with If-Match. Status changes have their own routes (PartnerLifecycleRoutes).
namespace PartnerRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
