#pragma once

namespace Kepler::Server {

class Router;

// Partner app credentials (docs/api.md "Partner keys"): list for any staff role; issue, rotate
// (with an overlap during which the old key still works) and revoke for operators and admins.
// The secret is in the answer of issue and rotate only. Every write appends a partner.key.*
// audit event on the partner, so it shows in the partner's timeline.
namespace PartnerKeyRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
