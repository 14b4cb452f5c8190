#pragma once

#include "ApiJob.h"

#include "domain/PartnerGroup.h"

namespace Kepler {

// GET /api/v1/partner-groups: every partner group with its quota defaults and version.
class ListPartnerGroupsJob : public ApiJob
{
    Q_OBJECT

public:
    explicit ListPartnerGroupsJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

Q_SIGNALS:
    void finished(const QList<Kepler::PartnerGroup> &groups);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;
};

} // namespace Kepler
