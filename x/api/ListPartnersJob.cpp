#include "ListPartnersJob.h"

#include "ApiDecode.h"

namespace Kepler {

ListPartnersJob::ListPartnersJob(ApiSession *session, const PartnerQuery &query)
    : ApiJob(session)
    , m_query(query)
{
}

QString ListPartnersJob::path() const
{
    return u"/api/v1/partners"_qs;
}

QUrlQuery ListPartnersJob::query() const
{
    return m_query.toUrlQuery();
}

bool ListPartnersJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_query.limit < 1 || m_query.limit > PartnerQuery::MaxLimit) {
        *why = tr("A page must hold between 1 and %1 partners.").arg(PartnerQuery::MaxLimit);
        return false;
    }
    if (m_query.text.size() > PartnerQuery::MaxTextLength) {
        *why = tr(
            "The search text is too long (at most %n character(s)).", nullptr, PartnerQuery::MaxTextLength);
        return false;
    }
    if (!PartnerQuery::sortableFields().contains(m_query.sortField)) {
        *why = tr("The list cannot be sorted by this column.");
        return false;
    }
    return true;
}

bool ListPartnersJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<QJsonObject> items;
    PartnerPage page;
    if (!ApiDecode::page(body.object(), &items, &page.nextCursor, &page.total, error))
        return false;
    page.items.reserve(items.size());
    for (const QJsonObject &item : std::as_const(items)) {
        Partner partner;
        // List items carry their version in the body; there is no per-item ETag.
        if (!ApiDecode::partner(item, {}, &partner, error))
            return false;
        page.items.append(partner);
    }
    Q_EMIT finished(page);
    return true;
}

} // namespace Kepler
