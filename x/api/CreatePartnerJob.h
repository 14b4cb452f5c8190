#pragma once

#include "ApiJob.h"

#include "domain/Partner.h"

namespace Kepler {

// POST /api/v1/partners: creates a partner from its editable fields. The Idempotency-Key is made
// once per job unless the caller passes one: a retry of the same draft after a lost answer must
// send the key of the attempt it repeats, so the service answers with the partner it already
// created instead of creating a second one.
class CreatePartnerJob : public ApiJob
{
    Q_OBJECT

public:
    CreatePartnerJob(ApiSession *session, const Partner &partner, const QByteArray &idempotencyKey = {});

    Partner partner() const { return m_partner; }
    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished(const Kepler::Partner &partner);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    Partner m_partner;
    QByteArray m_idempotencyKey;
};

} // namespace Kepler
