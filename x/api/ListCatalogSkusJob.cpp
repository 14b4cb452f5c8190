#include "ListCatalogSkusJob.h"

#include "PricingDecode.h"

namespace Kepler {

ListCatalogSkusJob::ListCatalogSkusJob(
    ApiSession *session, const CatalogCriteria &criteria, CatalogSort sort, const QString &cursor, int limit)
    : ApiJob(session)
    , m_criteria(criteria)
    , m_sort(sort)
    , m_cursor(cursor)
    , m_limit(limit)
{
}

QUrlQuery ListCatalogSkusJob::query() const
{
    QUrlQuery q;
    // The shared codec: the service parses exactly what the console sends (and the cursor is
    // bound to it, so a page's cursor only fits the query that gave it).
    m_criteria.addToUrlQuery(&q);
    if (m_sort != CatalogSort::Id)
        q.addQueryItem(u"sort"_qs, toQueryValue(m_sort));
    q.addQueryItem(u"limit"_qs, QString::number(m_limit));
    if (!m_cursor.isEmpty())
        q.addQueryItem(u"cursor"_qs, m_cursor);
    return q;
}

bool ListCatalogSkusJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_limit < 1 || m_limit > CatalogLimits::ListItemsMax) {
        *why = tr("A page must hold between 1 and %1 items.").arg(CatalogLimits::ListItemsMax);
        return false;
    }
    if (m_criteria.keyword.size() > CatalogLimits::KeywordMax) {
        *why = tr("The keyword is too long (at most %1 characters).").arg(CatalogLimits::KeywordMax);
        return false;
    }
    if (m_criteria.priceMinFen && m_criteria.priceMaxFen
        && *m_criteria.priceMinFen > *m_criteria.priceMaxFen) {
        *why = tr("The lowest price is above the highest.");
        return false;
    }
    return true;
}

bool ListCatalogSkusJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonObject json = body.object();
    CatalogSkuPage page;
    if (!PricingDecode::skus(json.value(u"items"_qs), &page.items, error))
        return false;
    page.nextCursor = json.value(u"nextCursor"_qs).toString();
    if (json.contains(u"total"_qs)) {
        page.total = json.value(u"total"_qs).toInteger(-1);
        page.totalCapped = json.value(u"totalCapped"_qs).toBool();
    }
    Q_EMIT finished(page);
    return true;
}

} // namespace Kepler
