#include "ListCatalogBrandsJob.h"

#include <QJsonArray>

namespace Kepler {

ListCatalogBrandsJob::ListCatalogBrandsJob(ApiSession *session)
    : ApiJob(session)
{
}

bool ListCatalogBrandsJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<CatalogBrand> brands;
    for (const QJsonValue &v : body.object().value(u"items"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        CatalogBrand b {
            o.value(u"id"_qs).toInt(), o.value(u"name"_qs).toString(), o.value(u"nameEn"_qs).toString()};
        if (b.id < 1 || b.name.isEmpty()) {
            *error = ApiError::decode(u"a brand the console cannot read"_qs, status);
            return false;
        }
        brands.append(b);
    }
    Q_EMIT finished(brands);
    return true;
}

} // namespace Kepler
