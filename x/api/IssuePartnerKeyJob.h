#pragma once

#include "ApiJob.h"

#include "domain/PartnerKey.h"

namespace Kepler {

// POST /api/v1/partners/{id}/keys: a new app key; the answer is the only time its secret is sent.
class IssuePartnerKeyJob : public ApiJob
{
    Q_OBJECT

public:
    IssuePartnerKeyJob(ApiSession *session, qint64 partnerId);

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    bool canStart(QString *why) const override;
    // Not retried: a lost answer would leave a key whose secret nobody saw; issue again instead.
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::IssuedPartnerKey &issued);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_partnerId;
};

} // namespace Kepler
