#pragma once

#include "ApiJob.h"
#include "LoginResult.h"

namespace Kepler {

// POST /api/v1/sessions: signs in. On success the session takes the token and the user, so the
// next job is authorised; the caller decides whether to remember the token (CredentialStore).
// Never retried: a repeated failed sign-in counts towards the throttle.
class CreateSessionJob : public ApiJob
{
    Q_OBJECT

public:
    CreateSessionJob(ApiSession *session, const QString &username, const QString &password);

    QString username() const { return m_username; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    bool requiresAuth() const override { return false; }
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::LoginResult &result);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    QString m_username;
    QString m_password;
};

} // namespace Kepler
