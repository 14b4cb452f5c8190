#include "DeleteAnnotationJob.h"

namespace Kepler {

DeleteAnnotationJob::DeleteAnnotationJob(ApiSession *session, qint64 id)
    : ApiJob(session)
    , m_id(id)
{
}

QString DeleteAnnotationJob::path() const
{
    return u"/api/v1/annotations/%1"_qs.arg(m_id);
}

bool DeleteAnnotationJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id <= 0) {
        *why = tr("Choose an annotation.");
        return false;
    }
    return true;
}

bool DeleteAnnotationJob::handleSuccess(int, const Headers &, const QJsonDocument &, ApiError *)
{
    Q_EMIT finished(m_id);
    return true;
}

} // namespace Kepler
