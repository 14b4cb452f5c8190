#include "GetCatalogSkuJob.h"

#include "PricingDecode.h"

namespace Kepler {

GetCatalogSkuJob::GetCatalogSkuJob(ApiSession *session, qint64 skuId)
    : ApiJob(session)
    , m_id(skuId)
{
}

QString GetCatalogSkuJob::path() const
{
    return u"/api/v1/catalog/skus/"_qs + QString::number(m_id);
}

bool GetCatalogSkuJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id < 1) {
        *why = tr("No SKU is selected.");
        return false;
    }
    return true;
}

bool GetCatalogSkuJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    CatalogSku sku;
    if (!PricingDecode::sku(body.object(), &sku, error))
        return false;
    Q_EMIT finished(sku);
    return true;
}

} // namespace Kepler
