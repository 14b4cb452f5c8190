#pragma once

#include "api/MetricsTypes.h"

namespace Kepler {

// Auto refresh fetches only what changed (docs/api.md "Only the tail"): the same question again from
// the last point already held — it was still filling, so it is asked again — with the held answer's
// step, then the tail replaces the held points from its start on. A relative range slides: points
// that fell out of the front are dropped, so the series keeps its length.
namespace MetricsTail {

// The question for the tail of `held`, up to `to`. Without held points: `asked` itself.
template<typename Point>
MetricsRequest request(const MetricsRequest &asked, const MetricsAnswer<Point> &held, qint64 to);

// Puts `tail` into `held`; keys new in the tail get zeros before it, held keys the tail lacks get
// zeros in it (dense series, as the service sends). Points before `keepFrom` (aligned down to the
// step) are dropped. False when the tail cannot continue `held` (another step, or it starts after
// the held end: a gap) — reload the whole range then.
template<typename Point>
bool merge(MetricsAnswer<Point> *held, const MetricsAnswer<Point> &tail, qint64 keepFrom);

extern template MetricsRequest request(const MetricsRequest &, const OrderMetrics &, qint64);
extern template MetricsRequest request(const MetricsRequest &, const AvailabilityMetrics &, qint64);
extern template bool merge(OrderMetrics *, const OrderMetrics &, qint64);
extern template bool merge(AvailabilityMetrics *, const AvailabilityMetrics &, qint64);

} // namespace MetricsTail
} // namespace Kepler
