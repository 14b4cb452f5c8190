#include "ListPricingRulesJob.h"

#include "PricingDecode.h"

#include <QJsonArray>

namespace Kepler {

ListPricingRulesJob::ListPricingRulesJob(ApiSession *session, std::optional<PricingRuleStatus> status)
    : ApiJob(session)
    , m_status(status)
{
}

QString ListPricingRulesJob::path() const
{
    return u"/api/v1/pricing/rules"_qs;
}

QUrlQuery ListPricingRulesJob::query() const
{
    QUrlQuery q;
    if (m_status)
        q.addQueryItem(u"status"_qs, toString(*m_status));
    return q;
}

bool ListPricingRulesJob::handleSuccess(
    int status, const Headers &, const QJsonDocument &body, ApiError *error)
{
    if (!requireObject(body, error, status))
        return false;
    QList<PricingRuleEntry> rules;
    for (const QJsonValue &v : body.object().value(u"items"_qs).toArray()) {
        PricingRuleEntry entry;
        if (!PricingDecode::rule(v.toObject(), {}, &entry, error))
            return false;
        rules.append(entry);
    }
    Q_EMIT finished(rules);
    return true;
}

} // namespace Kepler
