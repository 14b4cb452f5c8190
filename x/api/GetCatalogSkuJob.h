#pragma once

#include "ApiJob.h"

#include "domain/CatalogSku.h"

namespace Kepler {

// GET /api/v1/catalog/skus/{id}: one SKU as it is now.
class GetCatalogSkuJob : public ApiJob
{
    Q_OBJECT

public:
    GetCatalogSkuJob(ApiSession *session, qint64 skuId);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    bool canStart(QString *why) const override;
    qint64 skuId() const { return m_id; }

Q_SIGNALS:
    void finished(const Kepler::CatalogSku &sku);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_id;
};

} // namespace Kepler
