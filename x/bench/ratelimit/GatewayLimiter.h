#pragma once

#include <QHash>
#include <QMutex>

namespace Kepler::Server {

// The gateway's per-process rate limit until issue 8 (each instance behind a proxy allowed the full
// rate), kept as kepler-bench-ratelimit's baseline for server/SharedRateLimiter: per-partner token
// buckets, `rate` requests a second with bursts up to one second's worth. Thread-safe; per process.
// Time comes from the caller so a simulated clock (X-Kepler-Clock) refills the bucket as real time
// would.
class GatewayLimiter
{
public:
    // 0 when a token was taken; otherwise how many milliseconds until one is available.
    qint64 take(qint64 partnerId, int ratePerSecond, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    QMutex m_mutex;
    QHash<qint64, Bucket> m_buckets;
};

} // namespace Kepler::Server
