#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"

namespace Kepler {

// GET /api/v1/pools/{id}/skus?limit=&cursor=: one keyset page of a pool's members, by id.
class ListPoolSkusJob : public ApiJob
{
    Q_OBJECT

public:
    ListPoolSkusJob(ApiSession *session, qint64 poolId, const QString &cursor = {}, int limit = 100);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;

    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::SkuPage &page);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_id;
    QString m_cursor;
    int m_limit;
};

} // namespace Kepler
