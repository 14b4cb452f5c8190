#pragma once

#include "ApiJob.h"

#include "domain/PartnerKey.h"

namespace Kepler {

// GET /api/v1/partners/{id}/keys: the partner's app keys, newest first, never a secret.
class ListPartnerKeysJob : public ApiJob
{
    Q_OBJECT

public:
    ListPartnerKeysJob(ApiSession *session, qint64 partnerId);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const QList<Kepler::PartnerKey> &keys);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_partnerId;
};

} // namespace Kepler
