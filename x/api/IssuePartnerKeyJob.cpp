#include "IssuePartnerKeyJob.h"

#include "ApiDecode.h"

namespace Kepler {

IssuePartnerKeyJob::IssuePartnerKeyJob(ApiSession *session, qint64 partnerId)
    : ApiJob(session)
    , m_partnerId(partnerId)
{
}

QString IssuePartnerKeyJob::path() const
{
    return u"/api/v1/partners/"_qs + QString::number(m_partnerId) + u"/keys"_qs;
}

bool IssuePartnerKeyJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partnerId <= 0) {
        *why = tr("No partner is selected.");
        return false;
    }
    return true;
}

bool IssuePartnerKeyJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    IssuedPartnerKey issued;
    if (!ApiDecode::issuedPartnerKey(body.object(), &issued, error))
        return false;
    Q_EMIT finished(issued);
    return true;
}

} // namespace Kepler
