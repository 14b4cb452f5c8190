#pragma once

#include "ApiJob.h"
#include "MetricsTypes.h"

namespace Kepler {

// GET /api/v1/metrics/orders: orders, valid orders and GMV (fen) per step, overall or grouped by
// partner, mode or scenario.
class MetricsOrdersJob : public ApiJob
{
    Q_OBJECT

public:
    MetricsOrdersJob(ApiSession *session, const MetricsRequest &request);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;
    const MetricsRequest &request() const { return m_request; }

Q_SIGNALS:
    void finished(const Kepler::OrderMetrics &metrics);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    MetricsRequest m_request;
};

} // namespace Kepler
