#include "CreatePricingRuleJob.h"

#include "PricingDecode.h"

#include <QUuid>

namespace Kepler {

CreatePricingRuleJob::CreatePricingRuleJob(
    ApiSession *session, const PricingRule &rule, const QByteArray &idempotencyKey)
    : ApiJob(session)
    , m_rule(rule)
    , m_idempotencyKey(
          idempotencyKey.isEmpty() ? QUuid::createUuid().toByteArray(QUuid::WithoutBraces) : idempotencyKey)
{
}

QString CreatePricingRuleJob::path() const
{
    return u"/api/v1/pricing/rules"_qs;
}

QJsonObject CreatePricingRuleJob::body() const
{
    return PricingDecode::ruleBody(m_rule);
}

ApiJob::Headers CreatePricingRuleJob::extraHeaders() const
{
    return {{"Idempotency-Key", m_idempotencyKey}};
}

bool CreatePricingRuleJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (!inputErrors().isEmpty()) {
        *why = tr("Some fields need attention.");
        return false;
    }
    return true;
}

FieldErrors CreatePricingRuleJob::inputErrors() const
{
    PricingRule scratch;
    return readPricingRule(body(), &scratch);
}

bool CreatePricingRuleJob::handleSuccess(
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
