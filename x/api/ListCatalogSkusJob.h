#pragma once

#include "ApiJob.h"
#include "CatalogTypes.h"

#include "domain/CatalogCriteria.h"

namespace Kepler {

// GET /api/v1/catalog/skus?criteria…&sort=&limit=&cursor=: one keyset page of the catalog,
// filtered and sorted by the service; the first page carries the (capped) total.
class ListCatalogSkusJob : public ApiJob
{
    Q_OBJECT

public:
    ListCatalogSkusJob(ApiSession *session, const CatalogCriteria &criteria,
        CatalogSort sort = CatalogSort::Id, const QString &cursor = {}, int limit = 100);

    QByteArray verb() const override { return "GET"; }
    QString path() const override { return u"/api/v1/catalog/skus"_qs; }
    QUrlQuery query() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::CatalogSkuPage &page);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    CatalogCriteria m_criteria;
    CatalogSort m_sort;
    QString m_cursor;
    int m_limit;
};

} // namespace Kepler
