#include "HealthJob.h"

#include "domain/Partner.h"

namespace Kepler {

HealthJob::HealthJob(ApiSession *session)
    : ApiJob(session)
{
}

QString HealthJob::path() const
{
    return u"/api/v1/health"_qs;
}

bool HealthJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonObject o = body.object();
    HealthStatus health;
    health.status = o.value(u"status"_qs).toString();
    health.version = o.value(u"version"_qs).toString();
    health.database = o.value(u"database"_qs).toString();
    health.time = fromIsoUtc(o.value(u"time"_qs).toString());
    if (health.status.isEmpty()) {
        *error = ApiError::decode(u"health without status"_qs, status);
        return false;
    }
    Q_EMIT finished(health);
    return true;
}

} // namespace Kepler
