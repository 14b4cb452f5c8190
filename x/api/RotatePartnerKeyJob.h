#pragma once

#include "ApiJob.h"

#include "domain/PartnerKey.h"

namespace Kepler {

// POST /api/v1/partners/{id}/keys/{keyId}/rotate: a new key (with its secret, this once) and the
// old key, which keeps working for overlapHours (0–168; 0 ends it at once).
class RotatePartnerKeyJob : public ApiJob
{
    Q_OBJECT

public:
    static constexpr int DefaultOverlapHours = 24;
    static constexpr int MaxOverlapHours = 168;

    RotatePartnerKeyJob(
        ApiSession *session, qint64 partnerId, qint64 keyId, int overlapHours = DefaultOverlapHours);

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::IssuedPartnerKey &issued, const Kepler::PartnerKey &previous);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_partnerId;
    qint64 m_keyId;
    int m_overlapHours;
};

} // namespace Kepler
