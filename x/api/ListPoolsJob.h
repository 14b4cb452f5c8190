#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"

namespace Kepler {

// GET /api/v1/pools: every pool with its member count (the service lists them all; they are few).
class ListPoolsJob : public ApiJob
{
    Q_OBJECT

public:
    ListPoolsJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

Q_SIGNALS:
    void finished(const QList<Kepler::PoolEntry> &pools);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
};

} // namespace Kepler
