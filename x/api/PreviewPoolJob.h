#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"

namespace Kepler {

// POST /api/v1/pools/{id}:preview (or /pools:preview for a pool not yet created): what saving
// this pool would add and remove, counted exactly by the service; nothing is written, so it is
// safe to send again (retried like a GET).
class PreviewPoolJob : public ApiJob
{
    Q_OBJECT

public:
    PreviewPoolJob(ApiSession *session, const ProductPool &pool);

    QByteArray verb() const override { return "POST"; }
    QString path() const override;

    QJsonObject body() const override;

    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;
    bool isIdempotent() const override { return true; }

Q_SIGNALS:
    void finished(const Kepler::PoolPreview &preview);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    ProductPool m_pool;
};

} // namespace Kepler
