#include "GetPartnerJob.h"

#include "ApiDecode.h"

namespace Kepler {

GetPartnerJob::GetPartnerJob(ApiSession *session, qint64 partnerId)
    : ApiJob(session)
    , m_partnerId(partnerId)
{
}

QString GetPartnerJob::path() const
{
    return u"/api/v1/partners/"_qs + QString::number(m_partnerId);
}

bool GetPartnerJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partnerId <= 0) {
        *why = tr("No partner is selected.");
        return false;
    }
    return true;
}

bool GetPartnerJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    Partner partner;
    if (!ApiDecode::partner(body.object(), headers, &partner, error))
        return false;
    Q_EMIT finished(partner);
    return true;
}

} // namespace Kepler
