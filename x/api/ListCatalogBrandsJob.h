#pragma once

#include "ApiJob.h"
#include "CatalogTypes.h"

namespace Kepler {

// GET /api/v1/catalog/brands: every brand (a few hundred), for names and the brand filter.
class ListCatalogBrandsJob : public ApiJob
{
    Q_OBJECT

public:
    explicit ListCatalogBrandsJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override { return u"/api/v1/catalog/brands"_qs; }

Q_SIGNALS:
    void finished(const QList<Kepler::CatalogBrand> &brands);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
};

} // namespace Kepler
