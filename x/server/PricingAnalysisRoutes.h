#pragma once

namespace Kepler::Server {

class Router;

// What the rules mean, computed with the shared engine (domain/PricingEngine): the effective price
// of a SKU for a partner and the trail of rules behind it (GET /api/v1/pricing/explain), the
// conflicts between active rules with the SKUs and partners where they collide
// (GET /api/v1/pricing/conflicts), and the impact of a draft rule before it is activated
// (POST /api/v1/pricing/impact).
namespace PricingAnalysisRoutes {
void registerRoutes(Router &router);
} // namespace PricingAnalysisRoutes

} // namespace Kepler::Server
