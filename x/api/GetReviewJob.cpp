#include "GetReviewJob.h"

#include "ReviewDecode.h"

namespace Kepler {

GetReviewJob::GetReviewJob(ApiSession *session, const QString &itemId)
    : ApiJob(session)
    , m_itemId(itemId)
{
}

QString GetReviewJob::path() const
{
    return u"/api/v1/reviews/"_qs + m_itemId;
}

bool GetReviewJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!ReviewQueueItem::parseId(m_itemId)) {
        *why = tr("No review item is selected.");
        return false;
    }
    return true;
}

bool GetReviewJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    ReviewDetail detail;
    if (!ReviewDecode::detail(body.object(), headers, &detail, error))
        return false;
    Q_EMIT finished(detail);
    return true;
}

} // namespace Kepler
