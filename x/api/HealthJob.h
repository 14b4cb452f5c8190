#pragma once

#include "ApiJob.h"
#include "HealthStatus.h"

namespace Kepler {

// GET /api/v1/health, without a token: is the service up (the demo launcher polls this).
class HealthJob : public ApiJob
{
    Q_OBJECT

public:
    explicit HealthJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    bool requiresAuth() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::HealthStatus &health);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
};

} // namespace Kepler
