#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// GET /api/v1/pricing/rules/{id}: one rule and its version (ETag).
class GetPricingRuleJob : public ApiJob
{
    Q_OBJECT

public:
    GetPricingRuleJob(ApiSession *session, qint64 ruleId);

    QByteArray verb() const override { return "GET"; }
    QString path() const override;

    bool canStart(QString *why) const override;

Q_SIGNALS:
    void finished(const Kepler::PricingRuleEntry &rule);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    qint64 m_id;
};

} // namespace Kepler
