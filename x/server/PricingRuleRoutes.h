#pragma once

namespace Kepler::Server {

class Router;

// Pricing rules (issue 5): list (with the status in effect now), get, create (a draft), update
// with If-Match, activate / deactivate with If-Match; and the platform's pricing policy (the
// floor's minimum margin). The analyses over rules are PricingAnalysisRoutes.
namespace PricingRuleRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
