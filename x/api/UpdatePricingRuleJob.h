#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// PATCH /api/v1/pricing/rules/{id} with If-Match. Never retried; a 412 names who saved first
// (updatedBy) and carries the rule as it now is (currentRule()).
class UpdatePricingRuleJob : public ApiJob
{
    Q_OBJECT

public:
    UpdatePricingRuleJob(ApiSession *session, const PricingRule &rule);

    QByteArray verb() const override { return "PATCH"; }
    QString path() const override;

    QJsonObject body() const override;
    Headers extraHeaders() const override;
    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;
    bool isIdempotent() const override { return false; }
    // The rule as saved by someone else, from a 412 answer.
    static std::optional<PricingRuleEntry> currentRule(const ApiError &error);

Q_SIGNALS:
    void finished(const Kepler::PricingRuleEntry &rule);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    PricingRule m_rule;
};

} // namespace Kepler
