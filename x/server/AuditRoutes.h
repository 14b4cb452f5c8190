#pragma once

namespace Kepler::Server {

class Router;

// GET /api/v1/audit for admins and managers: the audit trail, newest first.
namespace AuditRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
