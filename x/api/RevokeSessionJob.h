#pragma once

#include "ApiJob.h"

namespace Kepler {

// DELETE /api/v1/sessions/{id}: ends one session of the signed-in account at once (an admin: of
// any account). Ending the current one is a sign-out. Another account's session is 404 for others.
class RevokeSessionJob : public ApiJob
{
    Q_OBJECT

public:
    RevokeSessionJob(ApiSession *session, qint64 sessionId);

    qint64 sessionId() const { return m_sessionId; }
    QByteArray verb() const override { return "DELETE"; }
    QString path() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return false; } // a retry after success would say 404

Q_SIGNALS:
    void finished(qint64 sessionId);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_sessionId;
};

// DELETE /api/v1/users/{id}/sessions (admins): ends every session of that account; finished()
// says how many were live. Safe to repeat (a second run ends none).
class RevokeUserSessionsJob : public ApiJob
{
    Q_OBJECT

public:
    RevokeUserSessionsJob(ApiSession *session, qint64 userId);

    QByteArray verb() const override { return "DELETE"; }
    QString path() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return true; }

Q_SIGNALS:
    void finished(int revoked);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_userId;
};

} // namespace Kepler
