#pragma once

#include "ApiJob.h"
#include "CatalogTypes.h"

namespace Kepler {

// GET /api/v1/catalog/categories: the whole three-level tree, flat (parents before children).
class ListCatalogCategoriesJob : public ApiJob
{
    Q_OBJECT

public:
    explicit ListCatalogCategoriesJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override { return u"/api/v1/catalog/categories"_qs; }

Q_SIGNALS:
    void finished(const QList<Kepler::CatalogCategory> &categories);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
};

} // namespace Kepler
