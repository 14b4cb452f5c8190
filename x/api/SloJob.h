#pragma once

#include "ApiJob.h"
#include "MetricsTypes.h"

namespace Kepler {

// GET /api/v1/slo: per service (and "all") the 30-day SLI, error budget remaining, burn rates and
// the alert state, optionally for one partner or as of a past moment.
class SloJob : public ApiJob
{
    Q_OBJECT

public:
    explicit SloJob(ApiSession *session, std::optional<qint64> partner = std::nullopt, qint64 atMs = 0);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::SloReport &report);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    std::optional<qint64> m_partner;
    qint64 m_at = 0;
};

} // namespace Kepler
