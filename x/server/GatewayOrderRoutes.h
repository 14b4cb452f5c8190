#pragma once

#include <QtGlobal>

namespace Kepler::Server {
class Router;
// /open/v1/orders…: place (idempotent by the partner's reference), read, list and cancel orders.
namespace GatewayOrderRoutes {
inline constexpr int DefaultLimit = 50;
inline constexpr int MaxLimit = 200;
inline constexpr qint64 MaxListRangeMs = 31LL * 24 * 60 * 60 * 1000;
void registerRoutes(Router &router);
} // namespace GatewayOrderRoutes
} // namespace Kepler::Server
