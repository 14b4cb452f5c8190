#include "DeleteSessionJob.h"

#include "ApiSession.h"

namespace Kepler {

DeleteSessionJob::DeleteSessionJob(ApiSession *session)
    : ApiJob(session)
    , m_token(session->token())
{
    // A retried sign-out could revoke the token of a sign-in that happened meanwhile.
    setMaxAttempts(1);
}

QString DeleteSessionJob::path() const
{
    return u"/api/v1/sessions/current"_qs;
}

bool DeleteSessionJob::handleSuccess(int, const Headers &, const QJsonDocument &, ApiError *)
{
    // A late answer must not wipe a session the user has started since.
    if (session()->token() == m_token)
        session()->clear();
    Q_EMIT finished();
    return true;
}

} // namespace Kepler
