#pragma once

#include "ApiJob.h"

namespace Kepler {

// GET /api/v1/miniprograms/screenshots/{id}: a submission's screenshot as the partner uploaded it
// (PNG or JPEG bytes). The api layer has no Gui: the caller turns the bytes into an image.
class GetScreenshotJob : public ApiJob
{
    Q_OBJECT

public:
    GetScreenshotJob(ApiSession *session, const QString &screenshotId);

    QString screenshotId() const { return m_id; }
    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QByteArray accept() const override { return "image/png, image/jpeg, application/problem+json"; }
    bool expectsJsonAnswer() const override { return false; }
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const QString &screenshotId, const QByteArray &bytes, const QByteArray &contentType);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
    bool handleRawSuccess(
        int status, const Headers &headers, const QByteArray &body, ApiError *error) override;

private:
    QString m_id;
};

} // namespace Kepler
