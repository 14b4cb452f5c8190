#pragma once

#include "ApiJob.h"

#include "domain/StaffUser.h"

namespace Kepler {

// POST /api/v1/users (admins): a new staff account with an initial password. Carries an
// Idempotency-Key (made once per job unless the caller repeats an attempt's key) so that a retry
// after a lost answer gets the account back instead of "username taken".
class CreateUserJob : public ApiJob
{
    Q_OBJECT

public:
    CreateUserJob(ApiSession *session, const QString &username, const QString &displayName,
        const QString &password, Roles roles, const QByteArray &idempotencyKey = {});

    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished(const Kepler::StaffUser &user);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    QString m_username;
    QString m_displayName;
    QString m_password;
    Roles m_roles;
    QByteArray m_idempotencyKey;
};

} // namespace Kepler
