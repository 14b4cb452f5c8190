#include "DashboardSeries.h"

#include "domain/MetricsRange.h"
#include "domain/SloMath.h"

#include <QHash>

#include <QSet>
#include <limits>

namespace Kepler::DashboardSeries {
namespace {

QString nameOf(const QString &key, const KeyName &name)
{
    return name ? name(key) : key;
}

std::optional<double> orderValue(const OrderPoint &p, OrderValue value)
{
    switch (value) {
    case OrderValue::Orders:
        return double(p.orders);
    case OrderValue::ValidOrders:
        return double(p.validOrders);
    case OrderValue::InvalidOrders:
        return double(p.orders - p.validOrders);
    case OrderValue::GmvFen:
        return double(p.gmvFen);
    }
    return std::nullopt;
}

std::optional<double> requestValue(const RequestPoint &p, RequestValue value, qint64 stepMs)
{
    switch (value) {
    case RequestValue::SuccessRatio:
        return p.total > 0 ? std::optional<double>(double(p.good) / double(p.total)) : std::nullopt;
    case RequestValue::P50Ms:
        return p.total > 0 ? std::optional<double>(p.p50Ms) : std::nullopt;
    case RequestValue::P95Ms:
        return p.total > 0 ? std::optional<double>(p.p95Ms) : std::nullopt;
    case RequestValue::P99Ms:
        return p.total > 0 ? std::optional<double>(p.p99Ms) : std::nullopt;
    case RequestValue::RequestsPerMinute:
        return double(p.total) * 60'000.0 / double(std::max<qint64>(stepMs, 1));
    }
    return std::nullopt;
}

} // namespace

QList<TimeSeries> orders(const OrderMetrics &metrics, OrderValue value, const KeyName &name)
{
    QList<TimeSeries> out;
    for (const auto &s : metrics.series) {
        TimeSeries line {nameOf(s.key, name), {}, {}};
        line.points.reserve(s.points.size());
        for (const OrderPoint &p : s.points)
            line.points.append(QPointF(double(p.t), *orderValue(p, value)));
        out.append(line);
    }
    return out;
}

QList<TimeSeries> validInvalid(const OrderMetrics &metrics)
{
    if (metrics.series.isEmpty())
        return {};
    OrderMetrics first = metrics;
    first.series = {metrics.series.first()};
    TimeSeries valid = orders(first, OrderValue::ValidOrders).first();
    TimeSeries invalid = orders(first, OrderValue::InvalidOrders).first();
    valid.name = QCoreApplication::translate("Kepler::DashboardSeries", "Valid orders");
    invalid.name = QCoreApplication::translate("Kepler::DashboardSeries", "Invalid orders");
    valid.color = QColor(0x2e, 0x7d, 0x32);
    invalid.color = QColor(0xc6, 0x28, 0x28);
    return {valid, invalid};
}

QList<TimeSeries> requests(const AvailabilityMetrics &metrics, RequestValue value, const KeyName &name)
{
    QList<TimeSeries> out;
    for (const auto &s : metrics.series) {
        TimeSeries line {nameOf(s.key, name), {}, {}};
        for (const RequestPoint &p : s.points)
            if (const auto y = requestValue(p, value, metrics.stepMs))
                line.points.append(QPointF(double(p.t), *y));
        out.append(line);
    }
    return out;
}

QList<TimeSeries> latency(const AvailabilityMetrics &metrics)
{
    if (metrics.series.isEmpty())
        return {};
    AvailabilityMetrics first = metrics;
    first.series = {metrics.series.first()};
    const std::pair<RequestValue, const char *> lines[]
        = {{RequestValue::P50Ms, "p50"}, {RequestValue::P95Ms, "p95"}, {RequestValue::P99Ms, "p99"}};
    QList<TimeSeries> out;
    for (const auto &[value, label] : lines) {
        TimeSeries s = requests(first, value).first();
        s.name = QString::fromLatin1(label);
        out.append(s);
    }
    return out;
}

TimeSeries budgetBurnDown(const AvailabilityMetrics &metrics, double target)
{
    TimeSeries out {QCoreApplication::translate("Kepler::DashboardSeries", "Error budget left"), {}, {}};
    if (metrics.series.isEmpty())
        return out;
    const auto &points = metrics.series.first().points;
    qint64 total = 0;
    for (const RequestPoint &p : points)
        total += p.total;
    qint64 bad = 0;
    for (const RequestPoint &p : points) {
        bad += p.total - p.good;
        // The period's requests with the failures so far: the burn rate of those failures over it.
        out.points.append(QPointF(double(p.t), Slo::errorBudgetRemaining({total - bad, total}, target)));
    }
    return out;
}

QList<qint64> incidentStarts(const AvailabilityMetrics &metrics, double target)
{
    QList<qint64> out;
    if (metrics.series.isEmpty())
        return out;
    const auto &points = metrics.series.first().points;
    QList<bool> alerting;
    if (metrics.stepMs == 60'000) {
        QList<Slo::Counts> minutes;
        for (const RequestPoint &p : points)
            minutes.append({p.good, p.total});
        for (Slo::AlertState s : Slo::evaluatePerMinute(minutes, target))
            alerting.append(s != Slo::AlertState::Ok);
    } else {
        for (const RequestPoint &p : points)
            alerting.append(Slo::burnRate({p.good, p.total}, target) > Slo::PageFastBurn);
    }
    // One incident per run of alerting steps; runs less than an hour apart are the same incident
    // (an alert that flaps is one event for the people on call, and one marker on the chart).
    const qint64 quiet = std::max<qint64>(MetricsRange::HourMs, metrics.stepMs);
    qint64 lastAlerting = std::numeric_limits<qint64>::min() / 2;
    for (qsizetype i = 0; i < alerting.size(); ++i) {
        if (!alerting[i])
            continue;
        if (points[i].t - lastAlerting > quiet)
            out.append(points[i].t);
        lastAlerting = points[i].t;
    }
    return out;
}

OrderPoint orderTotals(const OrderMetrics &metrics, qint64 from, qint64 to, int seriesIndex)
{
    OrderPoint sum;
    if (seriesIndex < 0 || seriesIndex >= metrics.series.size())
        return sum;
    for (const OrderPoint &p : metrics.series[seriesIndex].points) {
        if (p.t < from || p.t >= to)
            continue;
        sum.orders += p.orders;
        sum.validOrders += p.validOrders;
        sum.gmvFen += p.gmvFen;
    }
    return sum;
}

QString stepFor(qint64 rangeMs, qint64 maxPoints)
{
    for (const MetricsRange::Step &s : MetricsRange::Steps)
        if ((rangeMs + s.ms - 1) / s.ms + 1 <= maxPoints)
            return QString::fromLatin1(s.name);
    return u"1d"_qs;
}

OrderMetrics topSeries(
    const OrderMetrics &metrics, const QStringList &keysInOrder, int n, const QString &othersKey)
{
    OrderMetrics out = metrics;
    out.series.clear();
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < metrics.series.size(); ++i)
        index.insert(metrics.series[i].key, i);
    QSet<QString> kept;
    for (const QString &key : keysInOrder) {
        if (out.series.size() >= n)
            break;
        if (const auto it = index.constFind(key); it != index.cend()) {
            out.series.append(metrics.series[*it]);
            kept.insert(key);
        }
    }
    MetricsSeries<OrderPoint> others {othersKey, std::nullopt, {}};
    for (const auto &s : metrics.series) {
        if (kept.contains(s.key))
            continue;
        if (others.points.isEmpty())
            others.points = QList<OrderPoint>(s.points.size());
        for (qsizetype i = 0; i < std::min(s.points.size(), others.points.size()); ++i) {
            others.points[i].t = s.points[i].t;
            others.points[i].orders += s.points[i].orders;
            others.points[i].validOrders += s.points[i].validOrders;
            others.points[i].gmvFen += s.points[i].gmvFen;
        }
    }
    if (!others.points.isEmpty())
        out.series.append(others);
    return out;
}

} // namespace Kepler::DashboardSeries
