#pragma once

namespace Kepler::Server {

class Router;

// What reviewers do to a queue item (docs/reviews.md): decide (approve / reject / delay) with
// If-Match — two reviewers racing get one winner and a 412 that names them —, and for a
// mini-program version release it (gray 1–100 %) and roll it back.
namespace ReviewActionRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
