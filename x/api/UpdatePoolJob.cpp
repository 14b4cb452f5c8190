#include "UpdatePoolJob.h"

#include "PricingDecode.h"

#include "domain/Partner.h"

namespace Kepler {

UpdatePoolJob::UpdatePoolJob(ApiSession *session, const ProductPool &pool)
    : ApiJob(session)
    , m_pool(pool)
{
}

QString UpdatePoolJob::path() const
{
    return u"/api/v1/pools/"_qs + QString::number(m_pool.id);
}

QJsonObject UpdatePoolJob::body() const
{
    return PricingDecode::poolBody(m_pool);
}

ApiJob::Headers UpdatePoolJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_pool.version)}};
}

bool UpdatePoolJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_pool.id < 1 || m_pool.version < 1) {
        *why = tr("No pool is selected.");
        return false;
    }
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors UpdatePoolJob::inputErrors() const
{
    ProductPool scratch = m_pool;
    return readProductPool(body(), &scratch);
}

std::optional<PoolEntry> UpdatePoolJob::currentPool(const ApiError &error)
{
    if (error.httpStatus != 412 || error.current.isEmpty())
        return std::nullopt;
    PoolEntry entry;
    ApiError ignored;
    if (!PricingDecode::pool(error.current, {}, &entry, &ignored))
        return std::nullopt;
    return entry;
}

bool UpdatePoolJob::handleSuccess(
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
