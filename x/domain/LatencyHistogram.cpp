#include "LatencyHistogram.h"

#include <algorithm>

namespace Kepler::LatencyHistogram {

int bucketOf(qint64 latencyUs)
{
    const auto it = std::lower_bound(UpperBoundsUs.begin(), UpperBoundsUs.end(), latencyUs);
    return int(it - UpperBoundsUs.begin());
}

double percentileMs(const Counts &counts, double q)
{
    qint64 total = 0;
    for (qint64 c : counts)
        total += c;
    if (total <= 0)
        return 0;
    const double rank = std::clamp(q, 0.0, 1.0) * double(total);
    qint64 below = 0;
    for (int i = 0; i < BucketCount; ++i) {
        const qint64 c = counts[size_t(i)];
        if (c <= 0)
            continue;
        const double lowerMs = i == 0 ? 0.0 : double(UpperBoundsUs[size_t(i - 1)]) / 1000.0;
        if (i == BucketCount - 1)
            return lowerMs;
        if (double(below + c) >= rank) {
            const double upperMs = double(UpperBoundsUs[size_t(i)]) / 1000.0;
            const double fraction = (rank - double(below)) / double(c);
            return lowerMs + fraction * (upperMs - lowerMs);
        }
        below += c;
    }
    return double(UpperBoundsUs.back()) / 1000.0;
}

} // namespace Kepler::LatencyHistogram
