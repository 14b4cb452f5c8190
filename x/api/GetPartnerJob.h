#pragma once

#include "ApiJob.h"

#include "domain/Partner.h"

namespace Kepler {

// GET /api/v1/partners/{id}: one partner; its version comes from the ETag.
class GetPartnerJob : public ApiJob
{
    Q_OBJECT

public:
    GetPartnerJob(ApiSession *session, qint64 partnerId);

    qint64 partnerId() const { return m_partnerId; }

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::Partner &partner);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_partnerId = 0;
};

} // namespace Kepler
