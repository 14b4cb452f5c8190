#pragma once

#include <QHash>
#include <QMutex>

namespace Kepler::Server {

// Per-partner token buckets for the gateway's rate limit (docs/gateway.md "Rate limit"): a partner
// may send `rate` requests a second with bursts up to one second's worth. Thread-safe; per process.
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
