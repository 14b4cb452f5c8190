#include "MetricsQuery.h"

#include "Sql.h"

#include <QSqlQuery>
#include <QStringList>

namespace Kepler::Server::MetricsQuery {
namespace {

using MetricsRange::Source;

QString level(Source source)
{
    switch (source) {
    case Source::Minutes:
        return u"minutes"_qs;
    case Source::Hours:
        return u"hours"_qs;
    case Source::Days:
        break;
    }
    return u"days"_qs;
}

// The key column of a groupBy (m = the metrics table, p = partners).
QString groupColumn(const QString &groupBy)
{
    if (groupBy == u"partner"_qs)
        return u"m.partner_id"_qs;
    if (groupBy == u"service"_qs)
        return u"m.service"_qs;
    if (groupBy == u"mode"_qs)
        return u"p.mode"_qs;
    if (groupBy == u"scenario"_qs)
        return u"p.scenario"_qs;
    return u"'all'"_qs;
}

// The shared shape of both series queries: the point index ((t - from) / step: every stored period
// lies inside one step, since steps are whole multiples of the rows they read), the key, the sums.
QSqlQuery runSeries(const QSqlDatabase &db, const QString &family, const QStringList &sums,
    const MetricsRange::Axis &axis, const Filter &filter)
{
    const bool joinPartners = filter.groupBy == u"mode"_qs || filter.groupBy == u"scenario"_qs;
    QString sql = u"SELECT (m.t - ?) / ?, %1, %2 FROM metrics_%3_%4 m"_qs.arg(
        groupColumn(filter.groupBy), sums.join(u", "_qs), family, level(axis.source));
    if (joinPartners)
        sql += u" JOIN partners p ON p.id = m.partner_id"_qs;
    sql += u" WHERE m.t >= ? AND m.t < ?"_qs;
    QVariantList params {axis.from, axis.stepMs, axis.from, axis.to};
    if (filter.partnerId) {
        sql += u" AND m.partner_id = ?"_qs;
        params.append(*filter.partnerId);
    }
    if (!filter.service.isEmpty()) {
        sql += u" AND m.service = ?"_qs;
        params.append(filter.service);
    }
    sql += u" GROUP BY 1, 2"_qs;
    return Sql::exec(db, sql, params);
}

template<typename Point>
QList<std::pair<QString, QList<Point>>> sortedSeries(
    QMap<QString, QList<Point>> byKey, const QString &groupBy, int points)
{
    QList<std::pair<QString, QList<Point>>> out;
    QStringList keys = byKey.keys();
    if (groupBy == u"partner"_qs)
        std::sort(keys.begin(), keys.end(),
            [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    // Without groupBy there is always the one series, all zeros when nothing happened.
    if (keys.isEmpty() && groupBy.isEmpty()) {
        byKey.insert(u"all"_qs, QList<Point>(points));
        keys.append(u"all"_qs);
    }
    for (const QString &k : std::as_const(keys))
        out.append({k, byKey.value(k)});
    return out;
}

} // namespace

RequestSeries requests(const QSqlDatabase &db, const MetricsRange::Axis &axis, const Filter &filter)
{
    QStringList sums {u"SUM(m.requests)"_qs, u"SUM(m.errors)"_qs, u"SUM(m.client_errors)"_qs};
    for (int i = 0; i < LatencyHistogram::BucketCount; ++i)
        sums.append(u"SUM(m.b%1)"_qs.arg(i));
    QSqlQuery q = runSeries(db, u"request"_qs, sums, axis, filter);
    QMap<QString, QList<RequestPoint>> byKey;
    while (q.next()) {
        const qint64 index = q.value(0).toLongLong();
        if (index < 0 || index >= axis.points)
            continue;
        QList<RequestPoint> &series = byKey[q.value(1).toString()];
        if (series.isEmpty())
            series.resize(axis.points);
        RequestPoint &p = series[index];
        p.total += q.value(2).toLongLong();
        p.errors += q.value(3).toLongLong();
        p.clientErrors += q.value(4).toLongLong();
        for (int i = 0; i < LatencyHistogram::BucketCount; ++i)
            p.buckets[size_t(i)] += q.value(5 + i).toLongLong();
    }
    return sortedSeries(std::move(byKey), filter.groupBy, axis.points);
}

OrderSeries orders(const QSqlDatabase &db, const MetricsRange::Axis &axis, const Filter &filter)
{
    const QStringList sums {u"SUM(m.orders)"_qs, u"SUM(m.valid_orders)"_qs, u"SUM(m.gmv_fen)"_qs};
    QSqlQuery q = runSeries(db, u"order"_qs, sums, axis, filter);
    QMap<QString, QList<OrderPoint>> byKey;
    while (q.next()) {
        const qint64 index = q.value(0).toLongLong();
        if (index < 0 || index >= axis.points)
            continue;
        QList<OrderPoint> &series = byKey[q.value(1).toString()];
        if (series.isEmpty())
            series.resize(axis.points);
        OrderPoint &p = series[index];
        p.orders += q.value(2).toLongLong();
        p.validOrders += q.value(3).toLongLong();
        p.gmvFen += q.value(4).toLongLong();
    }
    return sortedSeries(std::move(byKey), filter.groupBy, axis.points);
}

QMap<QString, SloWindows> sloWindows(const QSqlDatabase &db, qint64 at, std::optional<qint64> partnerId)
{
    using namespace MetricsRange;
    const qint64 end = minuteOf(at) + MinuteMs; // exclusive: the minute holding `at` counts
    const qint64 hour = hourOf(at);
    const QString partnerClause = partnerId ? u" AND partner_id = ?"_qs : QString();
    QMap<QString, SloWindows> out;

    // Windows of minutes: one pass over the last 6 h, each window a conditional sum.
    const qint64 starts[] = {end - 5 * MinuteMs, end - 30 * MinuteMs, end - HourMs, end - 6 * HourMs, hour};
    QStringList sums;
    QVariantList params;
    for (qint64 start : starts) {
        sums.append(u"SUM(CASE WHEN t >= ? THEN requests ELSE 0 END)"_qs);
        sums.append(u"SUM(CASE WHEN t >= ? THEN errors ELSE 0 END)"_qs);
        params.append(start);
        params.append(start);
    }
    params.append(std::min(end - 6 * HourMs, hour));
    params.append(end);
    if (partnerId)
        params.append(*partnerId);
    QSqlQuery q = Sql::exec(db,
        u"SELECT service, %1 FROM metrics_request_minutes WHERE t >= ? AND t < ?%2 GROUP BY service"_qs.arg(
            sums.join(u", "_qs), partnerClause),
        params);
    auto counts = [&q](int column) {
        const qint64 total = q.value(column).toLongLong();
        return Slo::Counts {total - q.value(column + 1).toLongLong(), total};
    };
    while (q.next()) {
        SloWindows &w = out[q.value(0).toString()];
        w.m5 = counts(1);
        w.m30 = counts(3);
        w.h1 = counts(5);
        w.h6 = counts(7);
        const Slo::Counts thisHour = counts(9);
        w.d3 += thisHour;
        w.d30 += thisHour;
    }

    // 3 d and 30 d: whole hours before at's hour from the hourly rows.
    QVariantList hourParams {hour - 72 * HourMs, hour - 72 * HourMs, hour - 30 * DayMs, hour};
    if (partnerId)
        hourParams.append(*partnerId);
    QSqlQuery h = Sql::exec(db,
        u"SELECT service, SUM(CASE WHEN t >= ? THEN requests ELSE 0 END), "
        u"SUM(CASE WHEN t >= ? THEN errors ELSE 0 END), SUM(requests), SUM(errors) "
        u"FROM metrics_request_hours WHERE t >= ? AND t < ?%1 GROUP BY service"_qs.arg(partnerClause),
        hourParams);
    while (h.next()) {
        SloWindows &w = out[h.value(0).toString()];
        const qint64 total3d = h.value(1).toLongLong();
        const qint64 total30d = h.value(3).toLongLong();
        w.d3 += Slo::Counts {total3d - h.value(2).toLongLong(), total3d};
        w.d30 += Slo::Counts {total30d - h.value(4).toLongLong(), total30d};
    }
    return out;
}

bool partnerExists(const QSqlDatabase &db, qint64 partnerId)
{
    return Sql::scalar(db, u"SELECT COUNT(*) FROM partners WHERE id = ?"_qs, {partnerId}) > 0;
}

} // namespace Kepler::Server::MetricsQuery
