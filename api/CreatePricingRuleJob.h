#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// POST /api/v1/pricing/rules (operators, admins): always a draft; activated on purpose after
// the impact is seen. Checked with the shared codec first. Carries an Idempotency-Key (made once
// per job unless the caller repeats an attempt's key), so a retry after a lost answer gets the
// draft already created instead of a second one.
class CreatePricingRuleJob : public ApiJob
{
    Q_OBJECT

public:
    CreatePricingRuleJob(ApiSession *session, const PricingRule &rule, const QByteArray &idempotencyKey = {});

    QByteArray idempotencyKey() const { return m_idempotencyKey; }

    QByteArray verb() const override { return "POST"; }
    QString path() const override;

    QJsonObject body() const override;

    bool canStart(QString *why) const override;
    Headers extraHeaders() const override;
    FieldErrors inputErrors() const override;

Q_SIGNALS:
    void finished(const Kepler::PricingRuleEntry &rule);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    PricingRule m_rule;
    QByteArray m_idempotencyKey;
};

} // namespace Kepler
