#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// GET /api/v1/pricing/policy: the platform's minimum margin (the floor above cost), in bps.
class GetPricingPolicyJob : public ApiJob
{
    Q_OBJECT

public:
    GetPricingPolicyJob(ApiSession *session);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

Q_SIGNALS:
    void finished(int minMarginBps);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
};

} // namespace Kepler
