#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// POST /api/v1/pricing/rules (operators, admins): always a draft; activated on purpose after
// the impact is seen. Checked with the shared codec first; never retried.
class CreatePricingRuleJob : public ApiJob
{
    Q_OBJECT

public:
    CreatePricingRuleJob(ApiSession *session, const PricingRule &rule);

    QByteArray verb() const override { return "POST"; }
    QString path() const override;

    QJsonObject body() const override;

    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;
    bool isIdempotent() const override { return false; }

Q_SIGNALS:
    void finished(const Kepler::PricingRuleEntry &rule);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    PricingRule m_rule;
};

} // namespace Kepler
