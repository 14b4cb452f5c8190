#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Kepler {

// What GET /api/v1/metrics/… and /api/v1/slo answer (docs/api.md "Metrics and SLO"). Times are ms
// since the epoch (UTC); money is integer fen.

// The question: a range, an optional explicit step ("1m" … "1d"; empty: the server chooses), a
// grouping and filters. Auto refresh asks again with `from` = the last point held and the same step.
struct MetricsRequest
{
    qint64 from = 0;
    qint64 to = 0;
    QString step;
    QString groupBy; // orders: partner, mode, scenario; availability: service, partner
    std::optional<qint64> partner;
    QString service; // availability only
};

struct OrderPoint
{
    qint64 t = 0;
    qint64 orders = 0;
    qint64 validOrders = 0;
    qint64 gmvFen = 0;
    bool operator==(const OrderPoint &) const = default;
};

struct RequestPoint
{
    qint64 t = 0;
    qint64 total = 0;
    qint64 good = 0;
    qint64 errors = 0; // 5xx: not good
    qint64 clientErrors = 0; // 4xx: good
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    bool operator==(const RequestPoint &) const = default;
};

template<typename Point> struct MetricsSeries
{
    QString key; // "all", a partner id, a mode, a scenario, a service
    std::optional<double> sli; // availability: good/total over the range, none without traffic
    QList<Point> points;
    bool operator==(const MetricsSeries &) const = default;
};

template<typename Point> struct MetricsAnswer
{
    qint64 from = 0;
    qint64 to = 0;
    qint64 stepMs = 0;
    QString step;
    std::optional<double> sli; // availability only
    QList<MetricsSeries<Point>> series;
    bool operator==(const MetricsAnswer &) const = default;
};

using OrderMetrics = MetricsAnswer<OrderPoint>;
using AvailabilityMetrics = MetricsAnswer<RequestPoint>;

struct SloItem
{
    QString service; // "all" (the overall target) or a gateway service
    double target = 0;
    qint64 total = 0; // over the budget period (30 days)
    qint64 good = 0;
    std::optional<double> sli;
    double errorBudgetRemaining = 1; // below 0: overspent
    double burn5m = 0, burn30m = 0, burn1h = 0, burn6h = 0, burn3d = 0;
    QString alert; // ok, ticket, page
    bool operator==(const SloItem &) const = default;
};

struct SloReport
{
    qint64 at = 0;
    std::optional<qint64> partner;
    double overallTarget = 0;
    double serviceTarget = 0;
    int budgetDays = 30;
    QList<SloItem> items; // "all" first
};

struct Annotation
{
    qint64 id = 0;
    qint64 at = 0;
    QString note;
    QString scope; // "" every chart, a service, "partner:<id>"
    QString createdBy;
    qint64 createdAt = 0;
    bool operator==(const Annotation &) const = default;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::OrderMetrics)
Q_DECLARE_METATYPE(Kepler::AvailabilityMetrics)
Q_DECLARE_METATYPE(Kepler::SloReport)
Q_DECLARE_METATYPE(Kepler::Annotation)
