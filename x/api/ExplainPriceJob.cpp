#include "ExplainPriceJob.h"

#include "PricingDecode.h"

#include "domain/Partner.h"

namespace Kepler {

ExplainPriceJob::ExplainPriceJob(ApiSession *session, qint64 partnerId, qint64 skuId, const QDateTime &at)
    : ApiJob(session)
    , m_partnerId(partnerId)
    , m_skuId(skuId)
    , m_at(at)
{
}

QString ExplainPriceJob::path() const
{
    return u"/api/v1/pricing/explain"_qs;
}

QUrlQuery ExplainPriceJob::query() const
{
    QUrlQuery q;
    q.addQueryItem(u"partner"_qs, QString::number(m_partnerId));
    q.addQueryItem(u"sku"_qs, QString::number(m_skuId));
    if (m_at.isValid())
        q.addQueryItem(u"at"_qs, toIsoUtc(m_at));
    return q;
}

bool ExplainPriceJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partnerId < 1) {
        *why = tr("Choose a partner.");
        return false;
    }
    if (m_skuId < 1) {
        *why = tr("Enter a SKU id.");
        return false;
    }
    return true;
}

bool ExplainPriceJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    PriceExplainResult result;
    if (!PricingDecode::explain(body.object(), &result, error))
        return false;
    Q_EMIT finished(result);
    return true;
}

} // namespace Kepler
