#include "ListPartnerKeysJob.h"

#include "ApiDecode.h"

#include <QJsonArray>

namespace Kepler {

ListPartnerKeysJob::ListPartnerKeysJob(ApiSession *session, qint64 partnerId)
    : ApiJob(session)
    , m_partnerId(partnerId)
{
}

QString ListPartnerKeysJob::path() const
{
    return u"/api/v1/partners/"_qs + QString::number(m_partnerId) + u"/keys"_qs;
}

bool ListPartnerKeysJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partnerId <= 0) {
        *why = tr("No partner is selected.");
        return false;
    }
    return true;
}

bool ListPartnerKeysJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const QJsonValue items = body.object().value(u"items"_qs);
    if (!items.isArray()) {
        *error = ApiError::decode(u"keys without an items array"_qs, status);
        return false;
    }
    QList<PartnerKey> keys;
    for (const QJsonValue &v : items.toArray()) {
        PartnerKey key;
        if (!ApiDecode::partnerKey(v.toObject(), &key, error))
            return false;
        keys.append(key);
    }
    Q_EMIT finished(keys);
    return true;
}

} // namespace Kepler
