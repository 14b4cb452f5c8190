#include "GetUserJob.h"

#include "ApiDecode.h"

namespace Kepler {

GetUserJob::GetUserJob(ApiSession *session, qint64 userId)
    : ApiJob(session)
    , m_id(userId)
{
}

QString GetUserJob::path() const
{
    return u"/api/v1/users/"_qs + QString::number(m_id);
}

bool GetUserJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id < 1) {
        *why = tr("No account is selected.");
        return false;
    }
    return true;
}

bool GetUserJob::handleSuccess(int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    StaffUser user;
    if (!ApiDecode::user(body.object(), headers, &user, error))
        return false;
    Q_EMIT finished(user);
    return true;
}

} // namespace Kepler
