#include "ListCatalogCategoriesJob.h"

#include <QJsonArray>

namespace Kepler {

ListCatalogCategoriesJob::ListCatalogCategoriesJob(ApiSession *session)
    : ApiJob(session)
{
}

bool ListCatalogCategoriesJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<CatalogCategory> categories;
    for (const QJsonValue &v : body.object().value(u"items"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        CatalogCategory c;
        c.id = o.value(u"id"_qs).toInt();
        c.parentId = o.value(u"parentId"_qs).toInt();
        c.level = o.value(u"level"_qs).toInt();
        c.name = o.value(u"name"_qs).toString();
        c.nameEn = o.value(u"nameEn"_qs).toString();
        // A name in either language will do: the console shows the one there is.
        if (c.id < 1 || c.level < 1 || c.level > 3 || (c.name.isEmpty() && c.nameEn.isEmpty())) {
            *error = ApiError::decode(u"a category the console cannot read"_qs, status);
            return false;
        }
        categories.append(c);
    }
    Q_EMIT finished(categories);
    return true;
}

} // namespace Kepler
