#include "BulkPartnersJob.h"

#include <QUuid>

namespace Kepler {

BulkPartnersJob::BulkPartnersJob(
    ApiSession *session, const BulkRequest &request, const QByteArray &idempotencyKey)
    : ApiJob(session)
    , m_request(request)
    , m_key(idempotencyKey.isEmpty() ? newIdempotencyKey() : idempotencyKey)
{
}

QByteArray BulkPartnersJob::newIdempotencyKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QString BulkPartnersJob::path() const
{
    return u"/api/v1/partners:bulk"_qs;
}

QJsonObject BulkPartnersJob::body() const
{
    return m_request.toJson();
}

ApiJob::Headers BulkPartnersJob::extraHeaders() const
{
    return {{"Idempotency-Key", m_key}};
}

bool BulkPartnersJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_request.ids.isEmpty()) {
        *why = tr("No partners are selected.");
        return false;
    }
    if (m_request.ids.size() > BulkRequest::MaxIds) {
        *why = tr("At most %n partner(s) can be changed in one request.", nullptr, BulkRequest::MaxIds);
        return false;
    }
    FieldErrors errors;
    if (!BulkRequest::fromJson(body(), &errors)) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

bool BulkPartnersJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    const auto result = BulkResult::fromJson(body.object());
    if (!result) {
        *error = ApiError::decode(u"bulk result: no results array"_qs, status);
        return false;
    }
    Q_EMIT finished(*result, headerValue(headers, "Idempotent-Replayed") == "true");
    return true;
}

} // namespace Kepler
