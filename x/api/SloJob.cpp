#include "SloJob.h"

#include "MetricsDecode.h"

namespace Kepler {

SloJob::SloJob(ApiSession *session, std::optional<qint64> partner, qint64 atMs)
    : ApiJob(session)
    , m_partner(partner)
    , m_at(atMs)
{
}

QString SloJob::path() const
{
    return u"/api/v1/slo"_qs;
}

QUrlQuery SloJob::query() const
{
    QUrlQuery q;
    if (m_partner)
        q.addQueryItem(u"partner"_qs, QString::number(*m_partner));
    if (m_at > 0)
        q.addQueryItem(u"at"_qs, QString::number(m_at));
    return q;
}

bool SloJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_partner && *m_partner <= 0) {
        *why = tr("Choose a partner.");
        return false;
    }
    return true;
}

bool SloJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    SloReport report;
    if (!MetricsDecode::slo(body.object(), &report, error))
        return false;
    Q_EMIT finished(report);
    return true;
}

} // namespace Kepler
