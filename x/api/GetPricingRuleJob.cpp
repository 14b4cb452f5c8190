#include "GetPricingRuleJob.h"

#include "PricingDecode.h"

namespace Kepler {

GetPricingRuleJob::GetPricingRuleJob(ApiSession *session, qint64 ruleId)
    : ApiJob(session)
    , m_id(ruleId)
{
}

QString GetPricingRuleJob::path() const
{
    return u"/api/v1/pricing/rules/"_qs + QString::number(m_id);
}

bool GetPricingRuleJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id < 1) {
        *why = tr("No pricing rule is selected.");
        return false;
    }
    return true;
}

bool GetPricingRuleJob::handleSuccess(
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
