#pragma once

#include "ApiJob.h"
#include "SessionInfo.h"

namespace Kepler {

// GET /api/v1/sessions/current: checks that a remembered token still works and refreshes the
// session's user (roles may have changed since the token was issued).
class GetCurrentSessionJob : public ApiJob
{
    Q_OBJECT

public:
    explicit GetCurrentSessionJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    // About the session itself: after a new sign-in it would act on the new session.
    bool replaysAfterSignIn() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::SessionInfo &info);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
};

} // namespace Kepler
