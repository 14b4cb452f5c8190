#pragma once

#include "ApiJob.h"

#include "domain/Partner.h"

#include <optional>

namespace Kepler {

// PATCH /api/v1/partners/{id}: sends only what changed between `before` (as loaded, with its
// version) and `after` (as edited), with If-Match naming before's version. When someone else
// saved first the service answers 412 and failed() carries the partner as it is now
// (currentPartner(error)), so the UI can offer a reload without losing the user's edits.
class UpdatePartnerJob : public ApiJob
{
    Q_OBJECT

public:
    UpdatePartnerJob(ApiSession *session, const Partner &before, const Partner &after);

    Partner before() const { return m_before; }
    Partner after() const { return m_after; }

    QByteArray verb() const override { return "PATCH"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;

    // The partner in a 412 version_conflict answer; nullopt for any other error.
    static std::optional<Partner> currentPartner(const ApiError &error);

Q_SIGNALS:
    void finished(const Kepler::Partner &partner);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    Partner m_before;
    Partner m_after;
};

} // namespace Kepler
