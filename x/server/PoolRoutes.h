#pragma once

namespace Kepler::Server {

class Router;

// Product pools (issue 5): list, get (with its member count), create, update with If-Match, the
// members, and the preview of a change — POST /api/v1/pools/{id}:preview answers what saving the
// body would add and remove, with samples, before anything is written (POST /api/v1/pools:preview
// for a pool not yet created).
namespace PoolRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
