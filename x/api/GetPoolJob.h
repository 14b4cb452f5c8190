#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"

namespace Kepler {

// GET /api/v1/pools/{id}: one pool, its member count and its version (ETag) for a later If-Match.
class GetPoolJob : public ApiJob
{
    Q_OBJECT

public:
    GetPoolJob(ApiSession *session, qint64 poolId);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::PoolEntry &pool);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_id;
};

} // namespace Kepler
