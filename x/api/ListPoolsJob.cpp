#include "ListPoolsJob.h"

#include "PricingDecode.h"

#include <QJsonArray>

namespace Kepler {

ListPoolsJob::ListPoolsJob(ApiSession *session)
    : ApiJob(session)

{
}

QString ListPoolsJob::path() const
{
    return u"/api/v1/pools"_qs;
}

bool ListPoolsJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<PoolEntry> pools;
    for (const QJsonValue &v : body.object().value(u"items"_qs).toArray()) {
        PoolEntry entry;
        if (!PricingDecode::pool(v.toObject(), {}, &entry, error))
            return false;
        pools.append(entry);
    }
    Q_EMIT finished(pools);
    return true;
}

} // namespace Kepler
