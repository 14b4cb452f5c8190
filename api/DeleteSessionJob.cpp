#include "DeleteSessionJob.h"

#include "ApiSession.h"

namespace Kepler {

DeleteSessionJob::DeleteSessionJob(ApiSession *session)
    : ApiJob(session)
{
}

QString DeleteSessionJob::path() const
{
    return u"/api/v1/sessions/current"_qs;
}

bool DeleteSessionJob::handleSuccess(int, const Headers &, const QJsonDocument &, ApiError *)
{
    session()->clear();
    Q_EMIT finished();
    return true;
}

} // namespace Kepler
