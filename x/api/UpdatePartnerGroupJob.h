#pragma once

#include "ApiJob.h"

#include "domain/PartnerGroup.h"

namespace Kepler {

// PATCH /api/v1/partner-groups/{code} (admins and managers): the fields that differ between
// `before` and `after`, with If-Match of before's version. 412 → failed() with error.current.
class UpdatePartnerGroupJob : public ApiJob
{
    Q_OBJECT

public:
    UpdatePartnerGroupJob(ApiSession *session, const PartnerGroup &before, const PartnerGroup &after);

    QByteArray verb() const override { return "PATCH"; }
    QString path() const override;
    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished(const Kepler::PartnerGroup &group);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    PartnerGroup m_before;
    PartnerGroup m_after;
};

} // namespace Kepler
