#pragma once

#include "ApiJob.h"

namespace Kepler {

// DELETE /api/v1/sessions/current: signs out; the service revokes the token and the session
// forgets it and the user.
class DeleteSessionJob : public ApiJob
{
    Q_OBJECT

public:
    explicit DeleteSessionJob(ApiSession *session);

    QByteArray verb() const override { return "DELETE"; }
    QString path() const override;
    // About the session itself: after a new sign-in it would act on the new session.
    bool replaysAfterSignIn() const override { return false; }

Q_SIGNALS:
    void finished();

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    QString m_token; // the token being revoked
};

} // namespace Kepler
