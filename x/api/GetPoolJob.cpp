#include "GetPoolJob.h"

#include "PricingDecode.h"

namespace Kepler {

GetPoolJob::GetPoolJob(ApiSession *session, qint64 poolId)
    : ApiJob(session)
    , m_id(poolId)
{
}

QString GetPoolJob::path() const
{
    return u"/api/v1/pools/"_qs + QString::number(m_id);
}

bool GetPoolJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id < 1) {
        *why = tr("No pool is selected.");
        return false;
    }
    return true;
}

bool GetPoolJob::handleSuccess(int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    PoolEntry entry;
    if (!PricingDecode::pool(body.object(), headers, &entry, error))
        return false;
    Q_EMIT finished(entry);
    return true;
}

} // namespace Kepler
