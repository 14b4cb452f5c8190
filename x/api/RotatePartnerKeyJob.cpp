#include "RotatePartnerKeyJob.h"

#include "ApiDecode.h"

namespace Kepler {

RotatePartnerKeyJob::RotatePartnerKeyJob(
    ApiSession *session, qint64 partnerId, qint64 keyId, int overlapHours)
    : ApiJob(session)
    , m_partnerId(partnerId)
    , m_keyId(keyId)
    , m_overlapHours(overlapHours)
{
}

QString RotatePartnerKeyJob::path() const
{
    return u"/api/v1/partners/%1/keys/%2/rotate"_qs.arg(m_partnerId).arg(m_keyId);
}

QJsonObject RotatePartnerKeyJob::body() const
{
    return {{u"overlapHours"_qs, m_overlapHours}};
}

bool RotatePartnerKeyJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partnerId <= 0 || m_keyId <= 0) {
        *why = tr("No key is selected.");
        return false;
    }
    if (m_overlapHours < 0 || m_overlapHours > MaxOverlapHours) {
        *why = tr("The overlap must be between 0 and %1 hours.").arg(MaxOverlapHours);
        return false;
    }
    return true;
}

bool RotatePartnerKeyJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    IssuedPartnerKey issued;
    PartnerKey previous;
    if (!ApiDecode::issuedPartnerKey(body.object(), &issued, error)
        || !ApiDecode::partnerKey(body.object().value(u"previous"_qs).toObject(), &previous, error))
        return false;
    Q_EMIT finished(issued, previous);
    return true;
}

} // namespace Kepler
