#pragma once

#include "HttpRequest.h"

#include <optional>

namespace Kepler::Server {

// The headers a platform started with --allow-test-hooks honours on /open/v1 (docs/gateway.md
// "Clock and test hooks"): the simulator's backfill and fault injection go through the real code
// path with them. Ignored entirely without the option.
struct GatewayTestHooks
{
    std::optional<qint64> clockMs; // X-Kepler-Clock
    bool injectError = false; // X-Kepler-Fault: error
    int addedLatencyMs = 0; // X-Kepler-Fault: latency=MS

    static constexpr int MaxAddedLatencyMs = 5000;

    // nullopt with *problem set when a hook header is malformed.
    static std::optional<GatewayTestHooks> read(const HttpRequest &request, QString *problem);
};

} // namespace Kepler::Server
