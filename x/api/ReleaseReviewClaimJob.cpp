#include "ReleaseReviewClaimJob.h"

#include "domain/ReviewQueueItem.h"

namespace Kepler {

ReleaseReviewClaimJob::ReleaseReviewClaimJob(ApiSession *session, const QString &itemId)
    : ApiJob(session)
    , m_itemId(itemId)
{
}

QString ReleaseReviewClaimJob::path() const
{
    return u"/api/v1/reviews/"_qs + m_itemId + u"/claim"_qs;
}

bool ReleaseReviewClaimJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!ReviewQueueItem::parseId(m_itemId)) {
        *why = tr("No review item is selected.");
        return false;
    }
    return true;
}

bool ReleaseReviewClaimJob::handleSuccess(int, const Headers &, const QJsonDocument &, ApiError *)
{
    Q_EMIT finished();
    return true;
}

} // namespace Kepler
