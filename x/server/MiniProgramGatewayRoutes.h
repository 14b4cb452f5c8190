#pragma once

namespace Kepler::Server {

class Router;

// The partner's side of the mini-program onboarding (steps 1 and 2 of the seed's flow), signed
// /open/v1/miniprograms/… calls (docs/reviews.md): authorise and revoke, upload screenshots,
// create a draft, submit (monthly quota), withdraw (daily and monthly limits), query status.
namespace MiniProgramGatewayRoutes {
void registerRoutes(Router &router);
}

} // namespace Kepler::Server
