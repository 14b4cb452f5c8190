#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"

namespace Kepler {

// POST /api/v1/pools (operators, admins): a new pool. Checked with the shared codec before
// sending. It carries an Idempotency-Key, made once per job unless the caller passes the key of
// the attempt it repeats (Save again after a lost answer): the service then answers the pool it
// already created, so the base's retries and the user's are safe.
class CreatePoolJob : public ApiJob
{
    Q_OBJECT

public:
    CreatePoolJob(ApiSession *session, const ProductPool &pool, const QByteArray &idempotencyKey = {});

    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;

    QJsonObject body() const override;

    bool canStart(QString *why) const override;
    Headers extraHeaders() const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished(const Kepler::PoolEntry &pool);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    ProductPool m_pool;
    QByteArray m_idempotencyKey;
};

} // namespace Kepler
