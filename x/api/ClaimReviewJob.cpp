#include "ClaimReviewJob.h"

#include "ReviewDecode.h"

#include "domain/ErrorCode.h"

namespace Kepler {

ClaimReviewJob::ClaimReviewJob(ApiSession *session, const QString &itemId)
    : ApiJob(session)
    , m_itemId(itemId)
{
}

QString ClaimReviewJob::path() const
{
    return u"/api/v1/reviews/"_qs + m_itemId + u"/claim"_qs;
}

bool ClaimReviewJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!ReviewQueueItem::parseId(m_itemId)) {
        *why = tr("No review item is selected.");
        return false;
    }
    return true;
}

std::optional<ReviewClaim> ClaimReviewJob::heldClaim(const ApiError &error)
{
    if (error.code != QLatin1String(ErrorCode::ReviewClaimed))
        return std::nullopt;
    return ReviewClaim::fromJson(error.problem.value(u"claim"_qs).toObject());
}

bool ClaimReviewJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonObject json = body.object();
    ReviewQueueItem item;
    if (!ReviewDecode::item(json.value(u"item"_qs).isObject() ? json.value(u"item"_qs).toObject() : json,
            headers, &item, error))
        return false;
    Q_EMIT finished(item);
    return true;
}

} // namespace Kepler
