#include "UpdatePartnerJob.h"

#include "ApiDecode.h"

#include "domain/PartnerValidator.h"

namespace Kepler {

UpdatePartnerJob::UpdatePartnerJob(ApiSession *session, const Partner &before, const Partner &after)
    : ApiJob(session)
    , m_before(before)
    , m_after(after)
{
}

QString UpdatePartnerJob::path() const
{
    return u"/api/v1/partners/"_qs + QString::number(m_before.id);
}

QJsonObject UpdatePartnerJob::body() const
{
    return partnerPatch(m_before, m_after);
}

ApiJob::Headers UpdatePartnerJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_before.version)}};
}

bool UpdatePartnerJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_before.id <= 0 || m_after.id != m_before.id) {
        *why = tr("No partner is selected.");
        return false;
    }
    if (m_before.version < 1) {
        *why = tr("The record's version is missing. Reload it and try again.");
        return false;
    }
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    if (body().isEmpty()) {
        *why = tr("Nothing has changed.");
        return false;
    }
    return true;
}

FieldErrors UpdatePartnerJob::inputErrors() const
{
    return validatePartner(m_after);
}

std::optional<Partner> UpdatePartnerJob::currentPartner(const ApiError &error)
{
    if (error.httpStatus != 412 || error.current.isEmpty())
        return std::nullopt;
    return Partner::fromJson(error.current);
}

bool UpdatePartnerJob::handleSuccess(
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
