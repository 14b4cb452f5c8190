#pragma once

namespace Kepler::Server {

class Router;

// Annotations on the dashboards (docs/api.md "Annotations"): GET /api/v1/annotations (any staff),
// POST (operator, manager, admin; audited), DELETE /api/v1/annotations/{id} (its author or an admin).
namespace AnnotationRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
