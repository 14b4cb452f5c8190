#pragma once

namespace Kepler::Server {

class Router;

// The review queue for staff (docs/reviews.md): list (ETag / 304 for polling), workload, one
// item, claim and release, and the screenshots. The acts that change an item: ReviewActionRoutes.
namespace ReviewRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
