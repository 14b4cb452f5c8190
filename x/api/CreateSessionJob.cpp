#include "CreateSessionJob.h"

#include "ApiDecode.h"
#include "ApiSession.h"

namespace Kepler {

CreateSessionJob::CreateSessionJob(ApiSession *session, const QString &username, const QString &password)
    : ApiJob(session)
    , m_username(username.trimmed())
    , m_password(password)
{
}

QString CreateSessionJob::path() const
{
    return u"/api/v1/sessions"_qs;
}

QJsonObject CreateSessionJob::body() const
{
    return {{u"username"_qs, m_username}, {u"password"_qs, m_password}};
}

bool CreateSessionJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_username.isEmpty()) {
        *why = tr("Enter your user name.");
        return false;
    }
    if (m_password.isEmpty()) {
        *why = tr("Enter your password.");
        return false;
    }
    return true;
}

bool CreateSessionJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonObject o = body.object();
    LoginResult result;
    result.token = o.value(u"token"_qs).toString();
    result.expiresAt = fromIsoUtc(o.value(u"expiresAt"_qs).toString());
    if (result.token.isEmpty()) {
        *error = ApiError::decode(u"session without token"_qs, status);
        return false;
    }
    if (!ApiDecode::user(o.value(u"user"_qs).toObject(), headers, &result.user, error))
        return false;
    session()->setToken(result.token);
    session()->setCurrentUser(result.user);
    Q_EMIT finished(result);
    return true;
}

} // namespace Kepler
