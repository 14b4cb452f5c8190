#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// GET /api/v1/pricing/rules?status=: every rule (or those of one effective status) with the
// status derived at the moment the service answered.
class ListPricingRulesJob : public ApiJob
{
    Q_OBJECT

public:
    ListPricingRulesJob(ApiSession *session, std::optional<PricingRuleStatus> status = {});

    QByteArray verb() const override { return "GET"; }
    QString path() const override;
    QUrlQuery query() const override;

Q_SIGNALS:
    void finished(const QList<Kepler::PricingRuleEntry> &rules);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    std::optional<PricingRuleStatus> m_status;
};

} // namespace Kepler
