#pragma once

#include "ApiJob.h"
#include "PricingTypes.h"

namespace Kepler {

// POST /api/v1/pricing/impact: what a rule would change if it were active now — a stored rule
// by id, or an unsaved draft. Nothing is written, so it is retried like a GET.
class PricingImpactJob : public ApiJob
{
    Q_OBJECT

public:
    PricingImpactJob(ApiSession *session, const PricingRule &rule);

    QByteArray verb() const override { return "POST"; }
    QString path() const override;

    QJsonObject body() const override;

    bool canStart(QString *why) const override;
    FieldErrors inputErrors() const override;
    bool isIdempotent() const override { return true; }

Q_SIGNALS:
    void finished(const Kepler::PricingImpact &impact);

protected:
    bool handleSuccess(
        int status, const Headers &headers, const QJsonDocument &body, ApiError *error) override;

private:
    PricingRule m_rule;
};

} // namespace Kepler
