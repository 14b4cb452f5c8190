#pragma once

#include "LoginThrottle.h"
#include "PartnerJsonCache.h"
#include "SharedRateLimiter.h"

#include <QString>

namespace Kepler::Server {

class CatalogMemoryIndex;
class Database;
class MetricsRecorder;

// Session lifetimes (docs/api.md): idle expiry slides as the token is used, the absolute limit
// does not. The idle time is configurable only so tests can watch a session expire.
struct SessionPolicy
{
    qint64 idleMs = 8LL * 60 * 60 * 1000;
    qint64 absoluteMs = 7LL * 24 * 60 * 60 * 1000;

    // Writing last-seen on every request would make every read a write; once a minute (or a tenth
    // of a short test idle time) keeps expiresAt accurate enough.
    qint64 touchIntervalMs() const { return std::min<qint64>(60 * 1000, idleMs / 10); }
};

// What route handlers share. Lives as long as the server; used from worker threads, so every
// member is either immutable after start-up or thread-safe.
struct Services
{
    Database *database = nullptr;
    LoginThrottle throttle;
    PartnerJsonCache partnerJson;
    SessionPolicy sessions;
    QString version;
    // Per-partner gateway limits and per-session /api/v1 limits, shared with every instance on the store.
    SharedRateLimiter rateLimiter;
    // Requests a second a session may make on /api/v1 (bursts of ApiBurstSeconds' worth); 0: off.
    int apiRateLimit = 0;
    static constexpr int ApiBurstSeconds = 4;
    // Null in tools that run without a metrics writer; set by PlatformService.
    MetricsRecorder *metrics = nullptr;
    // Keyword search over the catalog in memory; null when off (KEPLER_CATALOG_SEARCH=sql). Until it
    // is ready() keyword queries take CatalogRepository's SQL plans.
    CatalogMemoryIndex *catalogIndex = nullptr;
    // --allow-test-hooks: X-Kepler-Clock and X-Kepler-Fault on /open/v1 (docs/gateway.md).
    bool testHooks = false;
};

} // namespace Kepler::Server
