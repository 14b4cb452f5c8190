#include "UpdatePricingRuleJob.h"

#include "PricingDecode.h"

#include "domain/Partner.h"

namespace Kepler {

UpdatePricingRuleJob::UpdatePricingRuleJob(ApiSession *session, const PricingRule &rule)
    : ApiJob(session)
    , m_rule(rule)
{
}

QString UpdatePricingRuleJob::path() const
{
    return u"/api/v1/pricing/rules/"_qs + QString::number(m_rule.id);
}

QJsonObject UpdatePricingRuleJob::body() const
{
    return PricingDecode::ruleBody(m_rule);
}

ApiJob::Headers UpdatePricingRuleJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_rule.version)}};
}

bool UpdatePricingRuleJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_rule.id < 1 || m_rule.version < 1) {
        *why = tr("No pricing rule is selected.");
        return false;
    }
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors UpdatePricingRuleJob::inputErrors() const
{
    PricingRule scratch = m_rule;
    return readPricingRule(body(), &scratch);
}

std::optional<PricingRuleEntry> UpdatePricingRuleJob::currentRule(const ApiError &error)
{
    if (error.httpStatus != 412 || error.current.isEmpty())
        return std::nullopt;
    PricingRuleEntry entry;
    ApiError ignored;
    if (!PricingDecode::rule(error.current, {}, &entry, &ignored))
        return std::nullopt;
    return entry;
}

bool UpdatePricingRuleJob::handleSuccess(
    int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    PricingRuleEntry entry;
    if (!PricingDecode::rule(body.object(), headers, &entry, error))
        return false;
    Q_EMIT finished(entry);
    return true;
}

} // namespace Kepler
