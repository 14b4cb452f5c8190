#include "ListPoolSkusJob.h"

#include "PricingDecode.h"

namespace Kepler {

ListPoolSkusJob::ListPoolSkusJob(ApiSession *session, qint64 poolId, const QString &cursor, int limit)
    : ApiJob(session)
    , m_id(poolId)
    , m_cursor(cursor)
    , m_limit(limit)
{
}

QString ListPoolSkusJob::path() const
{
    return u"/api/v1/pools/"_qs + QString::number(m_id) + u"/skus"_qs;
}

QUrlQuery ListPoolSkusJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_qs, QString::number(m_limit));
    if (!m_cursor.isEmpty())
        q.addQueryItem(u"cursor"_qs, m_cursor);
    return q;
}

bool ListPoolSkusJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id < 1) {
        *why = tr("No pool is selected.");
        return false;
    }
    if (m_limit < 1 || m_limit > 500) {
        *why = tr("A page must hold between 1 and %1 items.").arg(500);
        return false;
    }
    return true;
}

bool ListPoolSkusJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    SkuPage page;
    if (!PricingDecode::skus(body.object().value(u"items"_qs), &page.items, error))
        return false;
    page.nextCursor = body.object().value(u"nextCursor"_qs).toString();
    Q_EMIT finished(page);
    return true;
}

} // namespace Kepler
