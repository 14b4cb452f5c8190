#include "ListAuditJob.h"

#include "ApiDecode.h"

#include "domain/Partner.h"

namespace Kepler {

ListAuditJob::ListAuditJob(ApiSession *session, const AuditQuery &query)
    : ApiJob(session)
    , m_query(query)
{
}

QString ListAuditJob::path() const
{
    return u"/api/v1/audit"_qs;
}

QUrlQuery ListAuditJob::query() const
{
    return m_query.toUrlQuery();
}

bool ListAuditJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_query.limit < 1 || m_query.limit > AuditQuery::MaxLimit) {
        *why = tr("A page must hold between 1 and %1 events.").arg(AuditQuery::MaxLimit);
        return false;
    }
    for (const QString &text : {m_query.actor, m_query.action, m_query.entityType, m_query.entityId})
        if (text.size() > AuditQuery::MaxTextLength) {
            *why = tr("A filter is too long (at most %n character(s)).", nullptr, AuditQuery::MaxTextLength);
            return false;
        }
    if (m_query.from.isValid() && m_query.to.isValid() && m_query.to <= m_query.from) {
        *why = tr("The end of the time window must be later than its start.");
        return false;
    }
    return true;
}

bool ListAuditJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<QJsonObject> items;
    AuditRecordPage page;
    if (!ApiDecode::page(body.object(), &items, &page.nextCursor, &page.total, error))
        return false;
    page.items.reserve(items.size());
    for (const QJsonObject &o : std::as_const(items)) {
        AuditRecord r;
        r.id = o.value(u"id"_qs).toInteger();
        r.at = fromIsoUtc(o.value(u"at"_qs).toString());
        r.actor = o.value(u"actor"_qs).toString();
        r.action = o.value(u"action"_qs).toString();
        r.entityType = o.value(u"entityType"_qs).toString();
        r.entityId = o.value(u"entityId"_qs).toString();
        r.before = o.value(u"before"_qs);
        r.after = o.value(u"after"_qs);
        r.requestId = o.value(u"requestId"_qs).toString();
        const QJsonObject details = o.value(u"details"_qs).toObject();
        r.reasonCode = details.value(u"reasonCode"_qs).toString();
        r.note = details.value(u"note"_qs).toString();
        page.items.append(r);
    }
    Q_EMIT finished(page);
    return true;
}

} // namespace Kepler
