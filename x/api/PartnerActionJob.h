#pragma once

#include "ApiJob.h"

#include "domain/Partner.h"
#include "domain/PartnerAction.h"

namespace Kepler {

// POST /api/v1/partners/{id}/{action}: one lifecycle step (submit, approve, reject, suspend,
// resume, terminate) with If-Match and an optional coded reason and note. The shared
// PartnerLifecycle refuses an impossible step or a missing reason before anything is sent;
// the service still decides (409 invalid_transition, 403 separation_of_duties, 412).
class PartnerActionJob : public ApiJob
{
    Q_OBJECT

public:
    PartnerActionJob(ApiSession *session, const Partner &partner, PartnerAction action,
        const QString &reasonCode = {}, const QString &note = {});

    PartnerAction action() const { return m_action; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    // Not retried: a step that reached the service once must not be sent twice.
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::Partner &partner);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    Partner m_partner;
    PartnerAction m_action;
    QString m_reasonCode;
    QString m_note;
};

} // namespace Kepler
