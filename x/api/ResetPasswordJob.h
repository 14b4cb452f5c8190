#pragma once

#include "ApiJob.h"

namespace Kepler {

// POST /api/v1/users/{id}/password (admins): sets a new password; the service revokes the
// account's sessions. Not retried automatically (a POST without an Idempotency-Key).
class ResetPasswordJob : public ApiJob
{
    Q_OBJECT

public:
    ResetPasswordJob(ApiSession *session, qint64 userId, const QString &newPassword);

    qint64 userId() const { return m_userId; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished();

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_userId = 0;
    QString m_password;
};

} // namespace Kepler
