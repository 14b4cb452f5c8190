#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"

namespace Kepler {

// PATCH /api/v1/pools/{id} with If-Match: saves the edited pool. Never retried. A 412 carries
// the pool as someone else saved it (currentPool(), with updatedBy), so the editor keeps the
// user's edits and says who saved first.
class UpdatePoolJob : public ApiJob
{
    Q_OBJECT

public:
    UpdatePoolJob(ApiSession *session, const ProductPool &pool);

    QByteArray verb() const override { return "PATCH"; }
    QString path() const override;

    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;
    bool isIdempotent() const override { return false; }
    // The pool as saved by someone else, from a 412 answer.
    static std::optional<PoolEntry> currentPool(const ApiError &error);

Q_SIGNALS:
    void finished(const Kepler::PoolEntry &pool);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    ProductPool m_pool;
};

} // namespace Kepler
