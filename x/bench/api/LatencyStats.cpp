#include "LatencyStats.h"

#include <algorithm>
#include <cmath>

namespace Kepler::Bench {

double LatencyStats::percentileMs(double p) const
{
    if (m_samples.isEmpty())
        return 0;
    std::sort(m_samples.begin(), m_samples.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(m_samples.size())));
    return double(m_samples.at(std::clamp<qsizetype>(rank - 1, 0, m_samples.size() - 1))) / 1e6;
}

QString LatencyStats::summary() const
{
    return u"p50 %1 ms, p99 %2 ms, max %3 ms (n=%4)"_qs.arg(percentileMs(50), 0, 'f', 2)
        .arg(percentileMs(99), 0, 'f', 2)
        .arg(percentileMs(100), 0, 'f', 2)
        .arg(count());
}

} // namespace Kepler::Bench
