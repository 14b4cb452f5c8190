#include "ChangePricingRuleStatusJob.h"

#include "PricingDecode.h"

#include "domain/Partner.h"

namespace Kepler {

ChangePricingRuleStatusJob::ChangePricingRuleStatusJob(
    ApiSession *session, qint64 ruleId, int version, bool activate)
    : ApiJob(session)
    , m_id(ruleId)
    , m_version(version)
    , m_activate(activate)
{
}

QString ChangePricingRuleStatusJob::path() const
{
    return u"/api/v1/pricing/rules/"_qs + QString::number(m_id)
        + (m_activate ? u"/activate"_qs : u"/deactivate"_qs);
}

ApiJob::Headers ChangePricingRuleStatusJob::extraHeaders() const
{
    return {{"If-Match", partnerEtag(m_version)}};
}

bool ChangePricingRuleStatusJob::canStart(QString *why) const
{
    if (!ApiJob::canStart(why))
        return false;
    if (m_id < 1 || m_version < 1) {
        *why = tr("No pricing rule is selected.");
        return false;
    }
    return true;
}

bool ChangePricingRuleStatusJob::handleSuccess(
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
