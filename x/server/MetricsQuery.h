#pragma once

#include "domain/LatencyHistogram.h"
#include "domain/MetricsRange.h"
#include "domain/SloMath.h"

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace Kepler::Server {

// Reads the metrics tables for the query routes: dense series on a resolved axis (a point for every
// step, zeros where nothing happened) and the SLO windows.
namespace MetricsQuery {

struct Filter
{
    std::optional<qint64> partnerId;
    QString service; // empty: every service (availability only)
    QString groupBy; // "", "partner", "service", "mode", "scenario"
};

struct RequestPoint
{
    qint64 total = 0;
    qint64 errors = 0;
    qint64 clientErrors = 0;
    LatencyHistogram::Counts buckets {};
};

struct OrderPoint
{
    qint64 orders = 0;
    qint64 validOrders = 0;
    qint64 gmvFen = 0;
};

// Series by key ("all" without groupBy), each with axis.points points; keys sorted (partners by id).
using RequestSeries = QList<std::pair<QString, QList<RequestPoint>>>;
using OrderSeries = QList<std::pair<QString, QList<OrderPoint>>>;

RequestSeries requests(const QSqlDatabase &db, const MetricsRange::Axis &axis, const Filter &filter);
OrderSeries orders(const QSqlDatabase &db, const MetricsRange::Axis &axis, const Filter &filter);

// good/total per window (5m, 30m, 1h, 6h, 3d, 30d) ending with the minute that holds `at`, per
// service; windows up to 6 h from minute rows, 3 d and 30 d from hourly rows before at's hour plus
// the minutes of at's hour.
struct SloWindows
{
    Slo::Counts m5, m30, h1, h6, d3, d30;
};
QMap<QString, SloWindows> sloWindows(const QSqlDatabase &db, qint64 at, std::optional<qint64> partnerId);

bool partnerExists(const QSqlDatabase &db, qint64 partnerId);

} // namespace MetricsQuery
} // namespace Kepler::Server
