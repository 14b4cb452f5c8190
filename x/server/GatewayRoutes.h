#pragma once

namespace Kepler::Server {

class Router;

// The partner gateway, /open/v1/…: routes partners call with signed requests (docs/signing.md).
// Each is registered with Access::signedByPartner(), so GatewayAuthenticator has verified the
// caller before the handler runs and RequestContext::partner names it.
namespace GatewayRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
