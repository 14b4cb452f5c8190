#pragma once

#include "ApiJob.h"
#include "MetricsTypes.h"

namespace Kepler {

// GET /api/v1/metrics/availability: requests, good ones, 5xx and 4xx, p50/p95/p99 per step,
// overall or per service or partner, and the SLI over the range.
class MetricsAvailabilityJob : public ApiJob
{
    Q_OBJECT

public:
    MetricsAvailabilityJob(ApiSession *session, const MetricsRequest &request);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;
    const MetricsRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const Kepler::AvailabilityMetrics &metrics);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    MetricsRequest m_request;
};

} // namespace Kepler
