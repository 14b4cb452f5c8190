#include "MetricsAvailabilityJob.h"

#include "MetricsDecode.h"

namespace Kepler {

MetricsAvailabilityJob::MetricsAvailabilityJob(ApiSession *session, const MetricsRequest &request)
    : ApiJob(session)
    , m_request(request)
{
}

QString MetricsAvailabilityJob::path() const
{
    return u"/api/v1/metrics/availability"_qs;
}

QUrlQuery MetricsAvailabilityJob::query() const
{
    return MetricsDecode::toUrlQuery(m_request);
}

bool MetricsAvailabilityJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    *why = MetricsDecode::problem(m_request, {u"service"_qs, u"partner"_qs});
    return why->isEmpty();
}

bool MetricsAvailabilityJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    AvailabilityMetrics metrics;
    if (!MetricsDecode::availability(body.object(), &metrics, error))
        return false;
    Q_EMIT finished(metrics);
    return true;
}

} // namespace Kepler
