#include "PricingImpactJob.h"

#include "PricingDecode.h"

namespace Kepler {

PricingImpactJob::PricingImpactJob(ApiSession *session, const PricingRule &rule)
    : ApiJob(session)
    , m_rule(rule)
{
}

QString PricingImpactJob::path() const
{
    return u"/api/v1/pricing/impact"_qs;
}

QJsonObject PricingImpactJob::body() const
{
    if (m_rule.id > 0)
        return {{u"ruleId"_qs, m_rule.id}}; // the stored rule, as it will be activated
    return {{u"rule"_qs, PricingDecode::ruleBody(m_rule)}};
}

bool PricingImpactJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_rule.id == 0 && !inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors PricingImpactJob::inputErrors() const
{
    if (m_rule.id > 0)
        return {};
    PricingRule scratch;
    return readPricingRule(PricingDecode::ruleBody(m_rule), &scratch);
}

bool PricingImpactJob::handleSuccess(int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    PricingImpact impact;
    if (!PricingDecode::impact(body.object(), &impact, error))
        return false;
    Q_EMIT finished(impact);
    return true;
}

} // namespace Kepler
