#pragma once

#include "TimeSeries.h"
#include "api/MetricsTypes.h"

#include <QCoreApplication>

#include <functional>

namespace Kepler {

// Turns the metrics API's answers into the lines the dashboards draw (x = the step's start in ms,
// y in the series' own unit: counts, fen, a ratio, milliseconds). Series keys become names through
// `name` (a partner id → its name, a mode → its translated name). Pure: the tests feed recorded
// answers.
namespace DashboardSeries {

using KeyName = std::function<QString(const QString &key)>;

enum class OrderValue { Orders, ValidOrders, InvalidOrders, GmvFen };
enum class RequestValue { SuccessRatio, P50Ms, P95Ms, P99Ms, RequestsPerMinute };

// One line per series of the answer.
QList<TimeSeries> orders(const OrderMetrics &metrics, OrderValue value, const KeyName &name = {});
// Valid and invalid orders of the first series, two lines.
QList<TimeSeries> validInvalid(const OrderMetrics &metrics);
// Steps without traffic have no success ratio and no latency: they are left out (a gap, not a 0).
QList<TimeSeries> requests(const AvailabilityMetrics &metrics, RequestValue value, const KeyName &name = {});
// p50, p95 and p99 of the first series, three lines.
QList<TimeSeries> latency(const AvailabilityMetrics &metrics);

// The error budget of the first series left at each step: 1 − the failures up to t over what the
// whole answer's requests allow (1 = untouched, 0 = spent, below 0 = overspent). A burn-down: it only
// goes down, each failure spends its share of the period's budget whenever it happened (a failure on
// the first day is not judged against that day's requests alone); its last point is what /slo calls
// errorBudgetRemaining when the answer spans the budget period.
TimeSeries budgetBurnDown(const AvailabilityMetrics &metrics, double target);

// Where burn-rate alerts fired: at a 1-minute step the SRE workbook's windows (Slo::evaluatePerMinute,
// page or ticket); at coarser steps a step whose own burn rate passes the fast page threshold (14.4).
// Alerting steps less than an hour apart belong to one incident, marked where it started.
QList<qint64> incidentStarts(const AvailabilityMetrics &metrics, double target);

// The finest metrics step ("1m" … "1d") that gives a range at most `maxPoints` points per series;
// "1d" when none does. For grouped questions, whose answers the service caps at 200,000 points.
QString stepFor(qint64 rangeMs, qint64 maxPoints);
// Count charts (orders, GMV) get at most this many points: a sum per 15 minutes over a day shows
// the day's shape where 1,440 minutes of a few orders each would draw a comb, and no chart is
// wide enough to show more points than this apart anyway.
inline constexpr qint64 CountChartPoints = 200;

// The series in `keysInOrder` order, the first `n` kept and the rest summed into one series keyed
// `othersKey` (left out when there is nothing to sum). Keys missing from the answer are skipped.
OrderMetrics topSeries(
    const OrderMetrics &metrics, const QStringList &keysInOrder, int n, const QString &othersKey);

// Sums over the points whose time lies in [from, to).
OrderPoint orderTotals(const OrderMetrics &metrics, qint64 from, qint64 to, int seriesIndex = 0);

} // namespace DashboardSeries
} // namespace Kepler
