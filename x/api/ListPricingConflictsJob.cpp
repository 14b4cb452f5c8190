#include "ListPricingConflictsJob.h"

#include "PricingDecode.h"

#include <QJsonArray>

namespace Kepler {

ListPricingConflictsJob::ListPricingConflictsJob(ApiSession *session)
    : ApiJob(session)

{
}

QString ListPricingConflictsJob::path() const
{
    return u"/api/v1/pricing/conflicts"_qs;
}

bool ListPricingConflictsJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<PricingConflictEntry> conflicts;
    for (const QJsonValue &v : body.object().value(u"items"_qs).toArray()) {
        PricingConflictEntry entry;
        if (!PricingDecode::conflict(v.toObject(), &entry, error))
            return false;
        conflicts.append(entry);
    }
    Q_EMIT finished(conflicts);
    return true;
}

} // namespace Kepler
