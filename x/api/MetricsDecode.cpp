#include "MetricsDecode.h"

#include "domain/JsonFields.h"
#include "domain/MetricsRange.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace Kepler::MetricsDecode {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kepler::MetricsDecode", text);
}

std::optional<double> optionalDouble(const QJsonValue &v)
{
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

qint64 stepMsOf(const QString &name)
{
    for (const MetricsRange::Step &s : MetricsRange::Steps)
        if (name == QLatin1StringView(s.name))
            return s.ms;
    return 0;
}

// The envelope both series routes share; each point goes through `point`.
template<typename Point>
bool series(const QJsonObject &json, MetricsAnswer<Point> *out, ApiError *error,
    const std::function<Point(const QJsonObject &)> &point)
{
    const auto from = time(json.value(u"from"_qs));
    const auto to = time(json.value(u"to"_qs));
    out->step = json.value(u"step"_qs).toString();
    out->stepMs = stepMsOf(out->step);
    if (!from || !to || out->stepMs == 0 || !json.value(u"series"_qs).isArray()) {
        *error = ApiError::decode(u"metrics answer without from, to, step or series"_qs);
        return false;
    }
    out->from = *from;
    out->to = *to;
    out->sli = optionalDouble(json.value(u"sli"_qs));
    for (const QJsonValue &sv : json.value(u"series"_qs).toArray()) {
        const QJsonObject s = sv.toObject();
        MetricsSeries<Point> one;
        one.key = s.value(u"key"_qs).toString();
        one.sli = optionalDouble(s.value(u"sli"_qs));
        const QJsonArray points = s.value(u"points"_qs).toArray();
        one.points.reserve(points.size());
        for (const QJsonValue &pv : points) {
            const QJsonObject p = pv.toObject();
            const auto t = time(p.value(u"t"_qs));
            if (!t) {
                *error = ApiError::decode(u"a point of series %1 has no time"_qs.arg(one.key));
                return false;
            }
            Point decoded = point(p);
            decoded.t = *t;
            one.points.append(decoded);
        }
        out->series.append(one);
    }
    return true;
}

} // namespace

std::optional<qint64> time(const QJsonValue &value)
{
    if (value.isDouble()) // a server's 1e300 is refused, not cast (undefined behaviour)
        return wholeNumber(value, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    return MetricsRange::parseTime(value.toString());
}

QUrlQuery toUrlQuery(const MetricsRequest &r)
{
    QUrlQuery q;
    if (r.from > 0)
        q.addQueryItem(u"from"_qs, QString::number(r.from));
    if (r.to > 0)
        q.addQueryItem(u"to"_qs, QString::number(r.to));
    if (!r.step.isEmpty())
        q.addQueryItem(u"step"_qs, r.step);
    if (!r.groupBy.isEmpty())
        q.addQueryItem(u"groupBy"_qs, r.groupBy);
    if (r.partner)
        q.addQueryItem(u"partner"_qs, QString::number(*r.partner));
    if (!r.service.isEmpty())
        q.addQueryItem(u"service"_qs, r.service);
    return q;
}

QString problem(const MetricsRequest &r, const QStringList &groupings)
{
    if (r.from > 0 && r.to > 0 && r.from >= r.to)
        return tr("The end of the time range must be later than its start.");
    if (!r.step.isEmpty() && stepMsOf(r.step) == 0)
        return tr("%1 is not a step the service knows.").arg(r.step);
    if (!r.groupBy.isEmpty() && !groupings.contains(r.groupBy))
        return tr("The figures cannot be grouped by %1.").arg(r.groupBy);
    if (r.partner && *r.partner <= 0)
        return tr("Choose a partner.");
    return {};
}

bool orders(const QJsonObject &json, OrderMetrics *out, ApiError *error)
{
    return series<OrderPoint>(json, out, error, [](const QJsonObject &p) {
        return OrderPoint {0, p.value(u"orders"_qs).toInteger(), p.value(u"validOrders"_qs).toInteger(),
            p.value(u"gmvFen"_qs).toInteger()};
    });
}

bool availability(const QJsonObject &json, AvailabilityMetrics *out, ApiError *error)
{
    return series<RequestPoint>(json, out, error, [](const QJsonObject &p) {
        return RequestPoint {0, p.value(u"total"_qs).toInteger(), p.value(u"good"_qs).toInteger(),
            p.value(u"errors"_qs).toInteger(), p.value(u"clientErrors"_qs).toInteger(),
            p.value(u"p50Ms"_qs).toDouble(), p.value(u"p95Ms"_qs).toDouble(),
            p.value(u"p99Ms"_qs).toDouble()};
    });
}

bool slo(const QJsonObject &json, SloReport *out, ApiError *error)
{
    const auto at = time(json.value(u"at"_qs));
    if (!at || !json.value(u"items"_qs).isArray()) {
        *error = ApiError::decode(u"SLO answer without at or items"_qs);
        return false;
    }
    out->at = *at;
    if (json.value(u"partner"_qs).isDouble())
        out->partner = json.value(u"partner"_qs).toInteger();
    const QJsonObject targets = json.value(u"targets"_qs).toObject();
    out->overallTarget = targets.value(u"overall"_qs).toDouble();
    out->serviceTarget = targets.value(u"service"_qs).toDouble();
    out->budgetDays = json.value(u"budgetDays"_qs).toInt(30);
    for (const QJsonValue &v : json.value(u"items"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject burn = o.value(u"burnRates"_qs).toObject();
        SloItem item;
        item.service = o.value(u"service"_qs).toString();
        item.target = o.value(u"target"_qs).toDouble();
        item.total = o.value(u"total"_qs).toInteger();
        item.good = o.value(u"good"_qs).toInteger();
        item.sli = optionalDouble(o.value(u"sli"_qs));
        item.errorBudgetRemaining = o.value(u"errorBudgetRemaining"_qs).toDouble(1);
        item.burn5m = burn.value(u"5m"_qs).toDouble();
        item.burn30m = burn.value(u"30m"_qs).toDouble();
        item.burn1h = burn.value(u"1h"_qs).toDouble();
        item.burn6h = burn.value(u"6h"_qs).toDouble();
        item.burn3d = burn.value(u"3d"_qs).toDouble();
        item.alert = o.value(u"alert"_qs).toString();
        if (item.service.isEmpty()) {
            *error = ApiError::decode(u"an SLO item without a service"_qs);
            return false;
        }
        out->items.append(item);
    }
    return true;
}

bool annotation(const QJsonObject &json, Annotation *out, ApiError *error)
{
    const auto at = time(json.value(u"at"_qs));
    out->id = json.value(u"id"_qs).toInteger();
    if (!at || out->id <= 0) {
        *error = ApiError::decode(u"annotation without id or at"_qs);
        return false;
    }
    out->at = *at;
    out->note = json.value(u"note"_qs).toString();
    out->scope = json.value(u"scope"_qs).toString();
    out->createdBy = json.value(u"createdBy"_qs).toString();
    out->createdAt = time(json.value(u"createdAt"_qs)).value_or(0);
    return true;
}

} // namespace Kepler::MetricsDecode
