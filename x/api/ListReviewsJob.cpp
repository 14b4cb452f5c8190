#include "ListReviewsJob.h"

#include "ApiDecode.h"
#include "ReviewDecode.h"

namespace Kepler {

ListReviewsJob::ListReviewsJob(ApiSession *session, const ReviewQuery &query, const QByteArray &ifNoneMatch)
    : ApiJob(session)
    , m_query(query)
    , m_ifNoneMatch(ifNoneMatch)
{
}

QString ListReviewsJob::path() const
{
    return u"/api/v1/reviews"_qs;
}

QUrlQuery ListReviewsJob::query() const
{
    return m_query.toUrlQuery();
}

ApiJob::Headers ListReviewsJob::extraHeaders() const
{
    if (m_ifNoneMatch.isEmpty())
        return {};
    return {{"If-None-Match", m_ifNoneMatch}};
}

bool ListReviewsJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_query.limit < 1 || m_query.limit > ReviewQuery::MaxLimit) {
        *why = tr("A page must hold between 1 and %1 items.").arg(ReviewQuery::MaxLimit);
        return false;
    }
    if (!m_query.kind.isEmpty() && !reviewItemKindFromString(m_query.kind)) {
        *why = tr("This kind of review item does not exist.");
        return false;
    }
    return true;
}

bool ListReviewsJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonObject json = body.object();
    QList<QJsonObject> items;
    ReviewPage page;
    if (!ApiDecode::page(json, &items, &page.nextCursor, &page.total, error))
        return false;
    page.items.reserve(items.size());
    for (const QJsonObject &o : std::as_const(items)) {
        ReviewQueueItem item;
        if (!ReviewDecode::item(o, {}, &item, error))
            return false;
        page.items.append(item);
    }
    const QJsonObject counts = json.value(u"counts"_qs).toObject();
    page.partnerApplications = counts.value(u"partner_application"_qs).toInt();
    page.miniProgramSubmissions = counts.value(u"miniprogram_submission"_qs).toInt();
    page.overdue = counts.value(u"overdue"_qs).toInt();
    page.serverTime = fromIsoUtc(json.value(u"serverTime"_qs).toString());
    page.etag = headerValue(headers, "ETag");
    Q_EMIT finished(page);
    return true;
}

bool ListReviewsJob::handleNotModified(const Headers &)
{
    // Only a conditional request may be answered so; anything else is the server's mistake.
    if (m_ifNoneMatch.isEmpty())
        return false;
    Q_EMIT notModified();
    return true;
}

} // namespace Kepler
