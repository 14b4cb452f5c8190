#include "CreatePartnerJob.h"

#include "ApiDecode.h"

#include "domain/PartnerValidator.h"

#include <QUuid>

namespace Kepler {

CreatePartnerJob::CreatePartnerJob(
    ApiSession *session, const Partner &partner, const QByteArray &idempotencyKey)
    : ApiJob(session)
    , m_partner(partner)
    , m_idempotencyKey(
          idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : idempotencyKey)
{
}

QString CreatePartnerJob::path() const
{
    return u"/api/v1/partners"_qs;
}

QJsonObject CreatePartnerJob::body() const
{
    return editablePartnerJson(m_partner);
}

ApiJob::Headers CreatePartnerJob::extraHeaders() const
{
    return {{"Idempotency-Key", m_idempotencyKey}};
}

bool CreatePartnerJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors CreatePartnerJob::inputErrors() const
{
    return validatePartner(m_partner);
}

bool CreatePartnerJob::handleSuccess(
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
