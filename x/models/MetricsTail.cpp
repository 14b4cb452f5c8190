#include "MetricsTail.h"

#include "domain/MetricsRange.h"

#include <QHash>
#include <QSet>

#include <type_traits>

namespace Kepler::MetricsTail {

template<typename Point>
MetricsRequest request(const MetricsRequest &asked, const MetricsAnswer<Point> &held, qint64 to)
{
    if (held.stepMs <= 0 || held.series.isEmpty() || held.series.first().points.isEmpty())
        return asked;
    MetricsRequest tail = asked;
    tail.from = held.series.first().points.last().t;
    tail.to = std::max(to, tail.from + 1);
    tail.step = held.step;
    return tail;
}

template<typename Point>
bool merge(MetricsAnswer<Point> *held, const MetricsAnswer<Point> &tail, qint64 keepFrom)
{
    if (tail.stepMs != held->stepMs || tail.from < held->from || tail.from > held->to)
        return false;
    const qint64 step = held->stepMs;
    const qsizetype keptBefore = (tail.from - held->from) / step; // held points before the tail
    const qsizetype tailPoints = (tail.to - tail.from) / step;
    QHash<QString, qsizetype> tailIndex;
    for (qsizetype i = 0; i < tail.series.size(); ++i)
        tailIndex.insert(tail.series[i].key, i);

    auto zeros = [step](qint64 from, qsizetype n) {
        QList<Point> out(n);
        for (qsizetype i = 0; i < n; ++i)
            out[i].t = from + i * step;
        return out;
    };
    QList<MetricsSeries<Point>> merged;
    QSet<QString> seen;
    for (const MetricsSeries<Point> &s : std::as_const(held->series)) {
        MetricsSeries<Point> m = s;
        m.points = s.points.first(std::min(keptBefore, s.points.size()));
        const auto it = tailIndex.constFind(s.key);
        m.points += it != tailIndex.cend() ? tail.series[*it].points : zeros(tail.from, tailPoints);
        merged.append(m);
        seen.insert(s.key);
    }
    for (const MetricsSeries<Point> &s : tail.series) {
        if (seen.contains(s.key))
            continue;
        MetricsSeries<Point> m = s;
        m.points = zeros(held->from, keptBefore) + s.points;
        merged.append(m);
    }
    // Slide: drop whole steps before keepFrom.
    const qint64 newFrom = std::max(held->from, MetricsRange::alignDown(keepFrom, step));
    const qsizetype drop = std::min<qsizetype>((newFrom - held->from) / step, keptBefore);
    for (MetricsSeries<Point> &m : merged)
        m.points.remove(0, std::min(drop, m.points.size()));
    if constexpr (std::is_same_v<Point, RequestPoint>) { // the SLIs over what is held now
        qint64 allGood = 0, allTotal = 0;
        for (MetricsSeries<Point> &m : merged) {
            qint64 good = 0, total = 0;
            for (const Point &p : std::as_const(m.points)) {
                good += p.good;
                total += p.total;
            }
            m.sli = total > 0 ? std::optional<double>(double(good) / double(total)) : std::nullopt;
            allGood += good;
            allTotal += total;
        }
        held->sli = allTotal > 0 ? std::optional<double>(double(allGood) / double(allTotal)) : std::nullopt;
    }
    held->series = merged;
    held->from += drop * step;
    held->to = tail.to;
    return true;
}

template MetricsRequest request(const MetricsRequest &, const OrderMetrics &, qint64);
template MetricsRequest request(const MetricsRequest &, const AvailabilityMetrics &, qint64);
template bool merge(OrderMetrics *, const OrderMetrics &, qint64);
template bool merge(AvailabilityMetrics *, const AvailabilityMetrics &, qint64);

} // namespace Kepler::MetricsTail
