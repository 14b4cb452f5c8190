#pragma once

#include "ApiJob.h"
#include "StaffSession.h"

namespace Kepler {

// GET /api/v1/sessions: the signed-in account's live sessions (ASVS V3: an account sees where it is
// signed in); with a user id, GET /api/v1/users/{id}/sessions: that account's (admins only).
class ListSessionsJob : public ApiJob
{
    Q_OBJECT

public:
    explicit ListSessionsJob(ApiSession *session, qint64 userId = 0);

    qint64 userId() const { return m_userId; }
    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const QList<Kepler::StaffSession> &sessions);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_userId;
};

} // namespace Kepler
