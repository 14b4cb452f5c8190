#include "EffectiveQuota.h"

#include "JsonFields.h"
#include "PartnerGroup.h"

namespace Kepler {

QString toString(QuotaSource source)
{
    switch (source) {
    case QuotaSource::Partner:
        return u"partner"_qs;
    case QuotaSource::Group:
        return u"group"_qs;
    case QuotaSource::Platform:
        break;
    }
    return u"platform"_qs;
}

std::optional<QuotaSource> quotaSourceFromString(const QString &value)
{
    for (QuotaSource s : {QuotaSource::Partner, QuotaSource::Group, QuotaSource::Platform})
        if (toString(s) == value)
            return s;
    return std::nullopt;
}

QJsonObject EffectiveQuota::toJson() const
{
    return {
        {u"rateLimit"_qs, rateLimit},
        {u"rateLimitFrom"_qs, toString(rateLimitFrom)},
        {u"dailyOrderCap"_qs, dailyOrderCap},
        {u"dailyOrderCapFrom"_qs, toString(dailyOrderCapFrom)},
    };
}

std::optional<EffectiveQuota> EffectiveQuota::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    JsonFields f(json, u"effectiveQuota"_qs);
    EffectiveQuota q;
    const auto source = [&f](const QString &key, QuotaSource *out) {
        if (const auto text = f.string(key, true, 1, 16)) {
            if (const auto s = quotaSourceFromString(*text))
                *out = *s;
            else
                f.addError(key, u"invalid_value"_qs, u"must be partner, group or platform"_qs);
        }
    };
    q.rateLimit = int(f.integer(u"rateLimit"_qs, true, 0, std::numeric_limits<int>::max()).value_or(0));
    source(u"rateLimitFrom"_qs, &q.rateLimitFrom);
    q.dailyOrderCap
        = int(f.integer(u"dailyOrderCap"_qs, true, 0, std::numeric_limits<int>::max()).value_or(0));
    source(u"dailyOrderCapFrom"_qs, &q.dailyOrderCapFrom);
    if (errors)
        errors->append(f.errors());
    if (!f.ok())
        return std::nullopt;
    return q;
}

EffectiveQuota resolveQuota(
    std::optional<int> partnerRateLimit, std::optional<int> partnerDailyOrderCap, const PartnerGroup *group)
{
    EffectiveQuota q;
    if (partnerRateLimit) {
        q.rateLimit = *partnerRateLimit;
        q.rateLimitFrom = QuotaSource::Partner;
    } else if (group) {
        q.rateLimit = group->rateLimit;
        q.rateLimitFrom = QuotaSource::Group;
    }
    if (partnerDailyOrderCap) {
        q.dailyOrderCap = *partnerDailyOrderCap;
        q.dailyOrderCapFrom = QuotaSource::Partner;
    } else if (group) {
        q.dailyOrderCap = group->dailyOrderCap;
        q.dailyOrderCapFrom = QuotaSource::Group;
    }
    return q;
}

} // namespace Kepler
