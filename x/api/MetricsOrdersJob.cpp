#include "MetricsOrdersJob.h"

#include "MetricsDecode.h"

namespace Kepler {

MetricsOrdersJob::MetricsOrdersJob(ApiSession *session, const MetricsRequest &request)
    : ApiJob(session)
    , m_request(request)
{
}

QString MetricsOrdersJob::path() const
{
    return u"/api/v1/metrics/orders"_qs;
}

QUrlQuery MetricsOrdersJob::query() const
{
    return MetricsDecode::toUrlQuery(m_request);
}

bool MetricsOrdersJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    *why = MetricsDecode::problem(m_request, {u"partner"_qs, u"mode"_qs, u"scenario"_qs});
    if (why->isEmpty() && !m_request.service.isEmpty())
        *why = tr("Orders are not counted per gateway service.");
    return why->isEmpty();
}

bool MetricsOrdersJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    OrderMetrics metrics;
    if (!MetricsDecode::orders(body.object(), &metrics, error))
        return false;
    Q_EMIT finished(metrics);
    return true;
}

} // namespace Kepler
