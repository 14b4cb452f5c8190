#include "MetricsRoutes.h"

#include "Database.h"
#include "MetricsQuery.h"
#include "MetricsStore.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

namespace Kepler::Server::MetricsRoutes {
namespace {

// One response holds at most this many points over all its series (a groupBy=partner over a long
// range at a fine step would otherwise be tens of megabytes).
constexpr qint64 MaxPointsPerResponse = 200'000;

HttpResponse badQuery(const FieldErrors &errors, const QByteArray &requestId)
{
    QStringList messages;
    for (const FieldError &e : errors)
        messages.append(e.field + u": "_qs + e.message);
    return Problem(400, ErrorCode::InvalidQuery, messages.join(u"; "_qs)).errors(errors).response(requestId);
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// What both series routes read from the query: partner (must exist), groupBy, the axis.
struct Common
{
    MetricsQuery::Filter filter;
    MetricsRange::Axis axis;
};

std::optional<HttpResponse> readCommon(
    RequestContext &ctx, QSqlDatabase &db, const QStringList &groupings, FieldErrors *errors, Common *out)
{
    const HttpRequest &r = ctx.request;
    if (r.query.hasQueryItem(u"partner"_qs)) {
        bool ok = false;
        const qint64 id = r.queryValue(u"partner"_qs).toLongLong(&ok);
        if (!ok || id <= 0)
            errors->append({u"partner"_qs, u"invalid_value"_qs, u"partner must be a partner id"_qs});
        else
            out->filter.partnerId = id;
    }
    out->filter.groupBy = r.queryValue(u"groupBy"_qs);
    if (r.query.hasQueryItem(u"groupBy"_qs) && !groupings.contains(out->filter.groupBy))
        errors->append({u"groupBy"_qs, u"invalid_value"_qs,
            u"groupBy must be one of %1"_qs.arg(groupings.join(u", "_qs))});
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const MetricsStore::Settings settings = MetricsStore::readSettings(db);
    const auto axis = MetricsRange::resolve(r.query, now, settings.retention(now), errors);
    if (!errors->isEmpty() || !axis)
        return badQuery(*errors, r.requestId);
    out->axis = *axis;
    if (out->filter.partnerId && !MetricsQuery::partnerExists(db, *out->filter.partnerId))
        return Problem::notFound(u"partner"_qs).response(r.requestId);
    return std::nullopt;
}

std::optional<HttpResponse> checkSize(const RequestContext &ctx, qsizetype series, int points)
{
    if (qint64(series) * points <= MaxPointsPerResponse)
        return std::nullopt;
    return badQuery(
        {{u"step"_qs, u"out_of_range"_qs,
            u"%1 series × %2 points is more than %3 points; use a longer step, a partner filter or "
            u"no groupBy"_qs.arg(series)
                .arg(points)
                .arg(MaxPointsPerResponse)}},
        ctx.request.requestId);
}

QJsonObject envelope(const MetricsRange::Axis &axis)
{
    return {{u"from"_qs, MetricsRange::formatTime(axis.from)}, {u"to"_qs, MetricsRange::formatTime(axis.to)},
        {u"step"_qs, MetricsRange::stepName(axis.stepMs)}};
}

HttpResponse orders(RequestContext &ctx)
{
    FieldErrors errors;
    Common common;
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    if (auto failure
        = readCommon(ctx, tx.db(), {u"partner"_qs, u"mode"_qs, u"scenario"_qs}, &errors, &common))
        return *failure;
    const MetricsQuery::OrderSeries series = MetricsQuery::orders(tx.db(), common.axis, common.filter);
    tx.commit();
    if (auto failure = checkSize(ctx, series.size(), common.axis.points))
        return *failure;
    QJsonArray out;
    for (const auto &[key, points] : series) {
        QJsonArray jsonPoints;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const MetricsQuery::OrderPoint &p = points[i];
            jsonPoints.append(
                QJsonObject {{u"t"_qs, MetricsRange::formatTime(common.axis.from + i * common.axis.stepMs)},
                    {u"orders"_qs, p.orders}, {u"validOrders"_qs, p.validOrders}, {u"gmvFen"_qs, p.gmvFen}});
        }
        out.append(QJsonObject {{u"key"_qs, key}, {u"points"_qs, jsonPoints}});
    }
    QJsonObject body = envelope(common.axis);
    body.insert(u"series"_qs, out);
    return HttpResponse::json(200, body);
}

QJsonValue sliValue(qint64 good, qint64 total)
{
    return total > 0 ? QJsonValue(double(good) / double(total)) : QJsonValue(QJsonValue::Null);
}

HttpResponse availability(RequestContext &ctx)
{
    FieldErrors errors;
    Common common;
    static const QRegularExpression serviceName(u"^[a-z][a-z_]{0,31}$"_qs);
    const QString service = ctx.request.queryValue(u"service"_qs);
    if (ctx.request.query.hasQueryItem(u"service"_qs) && !serviceName.match(service).hasMatch())
        errors.append({u"service"_qs, u"invalid_value"_qs,
            u"service must be a gateway service name such as search, order or ping"_qs});
    common.filter.service = service;
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    if (auto failure = readCommon(ctx, tx.db(), {u"service"_qs, u"partner"_qs}, &errors, &common))
        return *failure;
    const MetricsQuery::RequestSeries series = MetricsQuery::requests(tx.db(), common.axis, common.filter);
    tx.commit();
    if (auto failure = checkSize(ctx, series.size(), common.axis.points))
        return *failure;
    qint64 allTotal = 0;
    qint64 allGood = 0;
    QJsonArray out;
    for (const auto &[key, points] : series) {
        QJsonArray jsonPoints;
        qint64 total = 0;
        qint64 good = 0;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const MetricsQuery::RequestPoint &p = points[i];
            total += p.total;
            good += p.total - p.errors;
            jsonPoints.append(
                QJsonObject {{u"t"_qs, MetricsRange::formatTime(common.axis.from + i * common.axis.stepMs)},
                    {u"total"_qs, p.total}, {u"good"_qs, p.total - p.errors}, {u"errors"_qs, p.errors},
                    {u"clientErrors"_qs, p.clientErrors},
                    {u"p50Ms"_qs, rounded(LatencyHistogram::percentileMs(p.buckets, 0.50), 3)},
                    {u"p95Ms"_qs, rounded(LatencyHistogram::percentileMs(p.buckets, 0.95), 3)},
                    {u"p99Ms"_qs, rounded(LatencyHistogram::percentileMs(p.buckets, 0.99), 3)}});
        }
        allTotal += total;
        allGood += good;
        out.append(
            QJsonObject {{u"key"_qs, key}, {u"sli"_qs, sliValue(good, total)}, {u"points"_qs, jsonPoints}});
    }
    QJsonObject body = envelope(common.axis);
    body.insert(u"series"_qs, out);
    body.insert(u"sli"_qs, sliValue(allGood, allTotal));
    return HttpResponse::json(200, body);
}

QJsonObject sloItem(const QString &service, double target, const MetricsQuery::SloWindows &w)
{
    const Slo::BurnRates rates {Slo::burnRate(w.m5, target), Slo::burnRate(w.m30, target),
        Slo::burnRate(w.h1, target), Slo::burnRate(w.h6, target), Slo::burnRate(w.d3, target)};
    return {{u"service"_qs, service}, {u"target"_qs, target}, {u"total"_qs, w.d30.total},
        {u"good"_qs, w.d30.good}, {u"sli"_qs, sliValue(w.d30.good, w.d30.total)},
        {u"errorBudgetRemaining"_qs, rounded(Slo::errorBudgetRemaining(w.d30, target), 6)},
        {u"burnRates"_qs,
            QJsonObject {{u"5m"_qs, rounded(rates.m5, 4)}, {u"30m"_qs, rounded(rates.m30, 4)},
                {u"1h"_qs, rounded(rates.h1, 4)}, {u"6h"_qs, rounded(rates.h6, 4)},
                {u"3d"_qs, rounded(rates.d3, 4)}}},
        {u"alert"_qs, Slo::alertStateName(Slo::alertState(rates))}};
}

HttpResponse slo(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    FieldErrors errors;
    std::optional<qint64> partnerId;
    if (r.query.hasQueryItem(u"partner"_qs)) {
        bool ok = false;
        partnerId = r.queryValue(u"partner"_qs).toLongLong(&ok);
        if (!ok || *partnerId <= 0)
            errors.append({u"partner"_qs, u"invalid_value"_qs, u"partner must be a partner id"_qs});
    }
    qint64 at = QDateTime::currentMSecsSinceEpoch();
    if (r.query.hasQueryItem(u"at"_qs)) {
        const auto parsed = MetricsRange::parseTime(r.queryValue(u"at"_qs));
        if (!parsed)
            errors.append({u"at"_qs, u"invalid_value"_qs,
                u"at must be an ISO-8601 time with a zone or milliseconds since the epoch"_qs});
        at = parsed.value_or(at);
    }
    if (!errors.isEmpty())
        return badQuery(errors, r.requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    if (partnerId && !MetricsQuery::partnerExists(tx.db(), *partnerId))
        return Problem::notFound(u"partner"_qs).response(r.requestId);
    const MetricsStore::Settings settings = MetricsStore::readSettings(tx.db());
    const QMap<QString, MetricsQuery::SloWindows> byService
        = MetricsQuery::sloWindows(tx.db(), at, partnerId);
    tx.commit();
    MetricsQuery::SloWindows all;
    for (const MetricsQuery::SloWindows &w : byService) {
        all.m5 += w.m5;
        all.m30 += w.m30;
        all.h1 += w.h1;
        all.h6 += w.h6;
        all.d3 += w.d3;
        all.d30 += w.d30;
    }
    QJsonArray items {sloItem(u"all"_qs, settings.overallTarget, all)};
    for (auto it = byService.cbegin(); it != byService.cend(); ++it)
        items.append(sloItem(it.key(), settings.serviceTarget, it.value()));
    return HttpResponse::json(200,
        QJsonObject {{u"at"_qs, MetricsRange::formatTime(at)},
            {u"partner"_qs, partnerId ? QJsonValue(*partnerId) : QJsonValue(QJsonValue::Null)},
            {u"targets"_qs,
                QJsonObject {
                    {u"overall"_qs, settings.overallTarget}, {u"service"_qs, settings.serviceTarget}}},
            {u"budgetDays"_qs, Slo::BudgetDays}, {u"items"_qs, items}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/metrics/orders"_qs, Access::anyUser(), orders);
    router.add("GET", u"/api/v1/metrics/availability"_qs, Access::anyUser(), availability);
    router.add("GET", u"/api/v1/slo"_qs, Access::anyUser(), slo);
}

} // namespace Kepler::Server::MetricsRoutes
