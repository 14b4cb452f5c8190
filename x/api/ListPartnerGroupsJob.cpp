#include "ListPartnerGroupsJob.h"

#include <QJsonArray>

namespace Kepler {

ListPartnerGroupsJob::ListPartnerGroupsJob(ApiSession *session)
    : ApiJob(session)
{
}

QString ListPartnerGroupsJob::path() const
{
    return u"/api/v1/partner-groups"_qs;
}

bool ListPartnerGroupsJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonValue items = body.object().value(u"items"_qs);
    if (!items.isArray()) {
        *error = ApiError::decode(u"partner groups: no items array"_qs, status);
        return false;
    }
    QList<PartnerGroup> groups;
    for (const QJsonValue &v : items.toArray()) {
        FieldErrors errors;
        const auto group = PartnerGroup::fromJson(v.toObject(), &errors);
        if (!group) {
            *error = ApiError::decode(u"partner group: "_qs + errors.value(0).field, status);
            return false;
        }
        groups.append(*group);
    }
    Q_EMIT finished(groups);
    return true;
}

} // namespace Kepler
