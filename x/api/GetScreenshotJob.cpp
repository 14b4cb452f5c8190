#include "GetScreenshotJob.h"

#include "domain/MiniProgramValidator.h"

namespace Kepler {

GetScreenshotJob::GetScreenshotJob(ApiSession *session, const QString &screenshotId)
    : ApiJob(session)
    , m_id(screenshotId)
{
}

QString GetScreenshotJob::path() const
{
    return u"/api/v1/miniprograms/screenshots/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(m_id));
}

bool GetScreenshotJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id.isEmpty() || m_id.size() > MiniProgramLimits::ScreenshotIdMax) {
        *why = tr("No screenshot is selected.");
        return false;
    }
    return true;
}

bool GetScreenshotJob::handleSuccess(int status, const Headers &, const QJsonDocument &, ApiError *error)
{
    *error = ApiError::decode(u"a screenshot is not JSON"_qs, status);
    return false;
}

bool GetScreenshotJob::handleRawSuccess(
    int status, const Headers &headers, const QByteArray &body, ApiError *error)
{
    const QByteArray type = headerValue(headers, "Content-Type").split(';').value(0).trimmed().toLower();
    if (type != "image/png" && type != "image/jpeg") {
        *error = ApiError::decode(u"expected an image, got "_qs + QString::fromLatin1(type), status);
        return false;
    }
    Q_EMIT finished(m_id, body, type);
    return true;
}

} // namespace Kepler
