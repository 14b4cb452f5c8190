#pragma once

#include "ApiJob.h"
#include "ReviewDetail.h"

namespace Kepler {

// POST /api/v1/reviews/{id}/release {percent} with If-Match: a gray (1–99 %) or full (100 %)
// release of an approved version, or a gray step up of a released one. MiniProgramLifecycle::
// checkRelease refuses before sending what the service would refuse. Not retried.
class ReleaseMiniProgramJob : public ApiJob
{
    Q_OBJECT

public:
    ReleaseMiniProgramJob(ApiSession *session, const MiniProgramVersion &version, int percent);

    int percent() const { return m_percent; }
    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::ReviewDetail &detail);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    MiniProgramVersion m_version;
    int m_percent;
};

} // namespace Kepler
