#pragma once

#include <QtGlobal>

#include <array>

namespace Kepler {

// Request latencies as counts in fixed buckets, the way the metrics tables store them (one
// column per bucket), so any number of minutes adds up by plain SUMs and p50/p95/p99 of an hour
// or a day come from the same few integers. Bounds are upper bounds in milliseconds; the last
// bucket has none. 1 and 2 ms sit below the usual 5 ms because a local gateway answers most
// requests within a few milliseconds and a p50 interpolated inside 0–5 ms would say little.
namespace LatencyHistogram {

inline constexpr int BucketCount = 13;
// Upper bounds in microseconds of buckets 0 .. BucketCount-2; the last bucket is +inf.
inline constexpr std::array<qint64, BucketCount - 1> UpperBoundsUs
    = {1000, 2000, 5000, 10000, 25000, 50000, 100000, 250000, 500000, 1000000, 2500000, 5000000};

using Counts = std::array<qint64, BucketCount>;

// The bucket a latency falls in (a latency equal to a bound belongs to that bound's bucket).
int bucketOf(qint64 latencyUs);

// The q-quantile (0 < q < 1) in milliseconds, interpolated linearly inside the bucket that holds
// it (as Prometheus' histogram_quantile does). A quantile in the open-ended last bucket answers
// that bucket's lower bound (5,000 ms): "at least". 0 when there are no samples.
double percentileMs(const Counts &counts, double q);

} // namespace LatencyHistogram
} // namespace Kepler
