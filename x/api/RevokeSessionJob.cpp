#include "RevokeSessionJob.h"

namespace Kepler {

RevokeSessionJob::RevokeSessionJob(ApiSession *session, qint64 sessionId)
    : ApiJob(session)
    , m_sessionId(sessionId)
{
}

QString RevokeSessionJob::path() const
{
    return u"/api/v1/sessions/%1"_qs.arg(m_sessionId);
}

bool RevokeSessionJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_sessionId <= 0) {
        *why = tr("Choose a session.");
        return false;
    }
    return true;
}

bool RevokeSessionJob::handleSuccess(int, const Headers &, const QJsonDocument &, ApiError *)
{
    Q_EMIT finished(m_sessionId);
    return true;
}

RevokeUserSessionsJob::RevokeUserSessionsJob(ApiSession *session, qint64 userId)
    : ApiJob(session)
    , m_userId(userId)
{
}

QString RevokeUserSessionsJob::path() const
{
    return u"/api/v1/users/%1/sessions"_qs.arg(m_userId);
}

bool RevokeUserSessionsJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_userId <= 0) {
        *why = tr("Choose an account.");
        return false;
    }
    return true;
}

bool RevokeUserSessionsJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    Q_EMIT finished(body.object().value(u"revoked"_qs).toInt());
    return true;
}

} // namespace Kepler
