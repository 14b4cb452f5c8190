#include "GetCurrentSessionJob.h"

#include "ApiDecode.h"
#include "ApiSession.h"

namespace Kepler {

GetCurrentSessionJob::GetCurrentSessionJob(ApiSession *session)
    : ApiJob(session)
{
}

QString GetCurrentSessionJob::path() const
{
    return u"/api/v1/sessions/current"_qs;
}

bool GetCurrentSessionJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonObject o = body.object();
    SessionInfo info;
    info.expiresAt = fromIsoUtc(o.value(u"expiresAt"_qs).toString());
    if (!ApiDecode::user(o.value(u"user"_qs).toObject(), headers, &info.user, error))
        return false;
    session()->setCurrentUser(info.user);
    Q_EMIT finished(info);
    return true;
}

} // namespace Kepler
