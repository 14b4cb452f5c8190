#include "CreatePoolJob.h"

#include "PricingDecode.h"

#include <QUuid>

namespace Kepler {

CreatePoolJob::CreatePoolJob(ApiSession *session, const ProductPool &pool, const QByteArray &idempotencyKey)
    : ApiJob(session)
    , m_pool(pool)
    , m_idempotencyKey(
          idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : idempotencyKey)
{
}

QString CreatePoolJob::path() const
{
    return u"/api/v1/pools"_qs;
}

QJsonObject CreatePoolJob::body() const
{
    return PricingDecode::poolBody(m_pool);
}

ApiJob::Headers CreatePoolJob::extraHeaders() const
{
    return {{"Idempotency-Key", m_idempotencyKey}};
}

bool CreatePoolJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors CreatePoolJob::inputErrors() const
{
    ProductPool scratch;
    return readProductPool(body(), &scratch);
}

bool CreatePoolJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    PoolEntry entry;
    if (!PricingDecode::pool(body.object(), headers, &entry, error))
        return false;
    Q_EMIT finished(entry);
    return true;
}

} // namespace Kepler
