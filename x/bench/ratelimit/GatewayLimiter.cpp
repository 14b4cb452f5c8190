#include "GatewayLimiter.h"

#include <QMutexLocker>

#include <algorithm>
#include <cmath>

namespace Kepler::Server {

qint64 GatewayLimiter::take(qint64 partnerId, int ratePerSecond, qint64 nowMs)
{
    const double capacity = std::max(1, ratePerSecond);
    QMutexLocker lock(&m_mutex);
    auto it = m_buckets.find(partnerId);
    if (it == m_buckets.end())
        it = m_buckets.insert(partnerId, Bucket {capacity, nowMs});
    Bucket &bucket = *it;
    // A clock that jumps back (a backfill replaying the past after live traffic) starts the
    // bucket afresh rather than leaving the partner locked out until the clock catches up.
    if (nowMs < bucket.updatedMs)
        bucket = Bucket {capacity, nowMs};
    bucket.tokens = std::min(capacity, bucket.tokens + double(nowMs - bucket.updatedMs) * capacity / 1000.0);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return 0;
    }
    return qint64(std::ceil((1.0 - bucket.tokens) * 1000.0 / capacity));
}

} // namespace Kepler::Server
