#include "PreviewPoolJob.h"

#include "PricingDecode.h"

namespace Kepler {

PreviewPoolJob::PreviewPoolJob(ApiSession *session, const ProductPool &pool)
    : ApiJob(session)
    , m_pool(pool)
{
}

QString PreviewPoolJob::path() const
{
    return m_pool.id > 0 ? u"/api/v1/pools/"_qs + QString::number(m_pool.id) + u":preview"_qs
                         : u"/api/v1/pools:preview"_qs;
}

QJsonObject PreviewPoolJob::body() const
{
    QJsonObject body = PricingDecode::poolBody(m_pool);
    if (m_pool.id == 0 && m_pool.name.trimmed().isEmpty())
        body.remove(u"name"_qs); // a name is not needed to see what the criteria select
    return body;
}

bool PreviewPoolJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors PreviewPoolJob::inputErrors() const
{
    ProductPool scratch = m_pool;
    if (scratch.name.trimmed().isEmpty())
        scratch.name = u"preview"_qs;
    return readProductPool(body(), &scratch);
}

bool PreviewPoolJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    PoolPreview preview;
    if (!PricingDecode::preview(body.object(), &preview, error))
        return false;
    Q_EMIT finished(preview);
    return true;
}

} // namespace Kepler
