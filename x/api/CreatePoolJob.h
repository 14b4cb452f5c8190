#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"

namespace Kepler {

// POST /api/v1/pools (operators, admins): a new pool. Checked with the shared codec before
// sending; never retried (a plain POST could create it twice).
class CreatePoolJob : public ApiJob
{
    Q_OBJECT

public:
    CreatePoolJob(ApiSession *session, const ProductPool &pool);

    QByteArray verb() const override { return "POST"; }
    QString path() const override;

    QJsonObject body() const override;

    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::PoolEntry &pool);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    ProductPool m_pool;
};

} // namespace Kepler
