#pragma once

#include "ApiJob.h"

#include "domain/PartnerKey.h"

namespace Kepler {

// POST /api/v1/partners/{id}/keys/{keyId}/revoke with an optional note: the key stops working at
// once. Revoking twice is 409 key_already_revoked.
class RevokePartnerKeyJob : public ApiJob
{
    Q_OBJECT

public:
    static constexpr int MaxNoteLength = 500;

    RevokePartnerKeyJob(ApiSession *session, qint64 partnerId, qint64 keyId, const QString &note = {});

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    bool canStart(QString *why) const override;
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::PartnerKey &key);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_partnerId;
    qint64 m_keyId;
    QString m_note;
};

} // namespace Kepler
