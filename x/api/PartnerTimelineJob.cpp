#include "PartnerTimelineJob.h"

#include "ApiDecode.h"

#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler {

PartnerTimelineJob::PartnerTimelineJob(
    ApiSession *session, qint64 partnerId, int limit, const QString &cursor)
    : ApiJob(session)
    , m_partnerId(partnerId)
    , m_limit(limit)
    , m_cursor(cursor)
{
}

QString PartnerTimelineJob::path() const
{
    return u"/api/v1/partners/"_qs + QString::number(m_partnerId) + u"/timeline"_qs;
}

QUrlQuery PartnerTimelineJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"limit"_qs, QString::number(m_limit));
    if (!m_cursor.isEmpty())
        q.addQueryItem(u"cursor"_qs, m_cursor);
    return q;
}

bool PartnerTimelineJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partnerId <= 0) {
        *why = tr("No partner is selected.");
        return false;
    }
    if (m_limit < 1 || m_limit > 200) {
        *why = tr("A page must hold between 1 and %1 events.").arg(200);
        return false;
    }
    return true;
}

bool PartnerTimelineJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    TimelinePage page;
    QList<QJsonObject> items;
    if (!ApiDecode::page(body.object(), &items, &page.nextCursor, &page.total, error))
        return false;
    for (const QJsonObject &o : std::as_const(items)) {
        TimelineEntry e;
        e.id = o.value(u"id"_qs).toInteger();
        e.at = fromIsoUtc(o.value(u"at"_qs).toString());
        e.actor = o.value(u"actor"_qs).toString();
        e.action = o.value(u"action"_qs).toString();
        const QJsonObject details = o.value(u"details"_qs).toObject();
        e.reasonCode = details.value(u"reasonCode"_qs).toString();
        e.note = details.value(u"note"_qs).toString();
        e.appId = details.value(u"appId"_qs).toString();
        e.codeVersion = details.value(u"codeVersion"_qs).toString();
        e.grayPercent = details.value(u"grayPercent"_qs).toInt();
        for (const QJsonValue &c : o.value(u"changes"_qs).toArray())
            e.changes << c.toString();
        e.fromStatus = o.value(u"fromStatus"_qs).toString();
        e.toStatus = o.value(u"toStatus"_qs).toString();
        e.requestId = o.value(u"requestId"_qs).toString();
        page.items << e;
    }
    Q_EMIT finished(page);
    return true;
}

} // namespace Kepler
