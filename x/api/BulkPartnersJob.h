#pragma once

#include "ApiJob.h"

#include "domain/PartnerBulk.h"

namespace Kepler {

// POST /api/v1/partners:bulk with an Idempotency-Key: one action on up to 1000 partners, a result
// per partner. The key is made once per job (or handed in): automatic retries of this job send it
// again, and so does a new job built with the same request and idempotencyKey() — the service then
// answers what it answered the first time instead of acting twice. So a bulk request may always be
// retried, e.g. after a timeout whose outcome is unknown.
class BulkPartnersJob : public ApiJob
{
    Q_OBJECT

public:
    // An empty key makes a new one (a UUID).
    BulkPartnersJob(ApiSession *session, const BulkRequest &request, const QByteArray &idempotencyKey = {});

    const BulkRequest &request() const { return m_request; }
    QByteArray idempotencyKey() const { return m_key; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;

    static QByteArray newIdempotencyKey();

Q_SIGNALS:
    // `replayed`: the service had answered this key before (Idempotent-Replayed: true).
    void finished(const Kepler::BulkResult &result, bool replayed);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    BulkRequest m_request;
    QByteArray m_key;
};

} // namespace Kepler
