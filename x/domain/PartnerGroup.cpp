#include "PartnerGroup.h"

#include <QLocale>

#include "JsonFields.h"
#include "PartnerValidator.h"

#include <QRegularExpression>

namespace Kepler {

QJsonObject PartnerGroup::toJson() const
{
    return {
        {u"code"_qs, code},
        {u"name"_qs, name},
        {u"nameEn"_qs, nameEn},
        {u"rateLimit"_qs, rateLimit},
        {u"dailyOrderCap"_qs, dailyOrderCap},
        {u"version"_qs, version},
    };
}

std::optional<PartnerGroup> PartnerGroup::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    JsonFields f(json);
    PartnerGroup g;
    g.code = f.string(u"code"_qs, true, 1, 64).value_or(QString());
    g.name = f.string(u"name"_qs, false, 0, 1000).value_or(QString());
    g.nameEn = f.string(u"nameEn"_qs, false, 0, 1000).value_or(QString());
    g.rateLimit = int(f.integer(u"rateLimit"_qs, true, 0, std::numeric_limits<int>::max()).value_or(0));
    g.dailyOrderCap
        = int(f.integer(u"dailyOrderCap"_qs, true, 0, std::numeric_limits<int>::max()).value_or(0));
    g.version = int(f.integer(u"version"_qs, true, 1, std::numeric_limits<int>::max()).value_or(1));
    if (errors)
        *errors = f.errors();
    if (!f.ok())
        return std::nullopt;
    return g;
}

bool isValidGroupCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_-]{0,31}$"_qs);
    return pattern.match(code).hasMatch();
}

FieldErrors applyPartnerGroupPatch(const QJsonObject &patch, PartnerGroup *group)
{
    JsonFields f(patch);
    PartnerGroup g = *group;
    if (const auto v = f.string(u"name"_qs, f.isNull(u"name"_qs), 1, PartnerLimits::NameMax))
        g.name = *v;
    if (const auto v = f.string(u"nameEn"_qs, false, 0, PartnerLimits::NameMax))
        g.nameEn = *v;
    // A group always has both values: null would leave its partners with nothing to inherit.
    if (const auto v = f.integer(u"rateLimit"_qs, f.isNull(u"rateLimit"_qs), PartnerLimits::RateLimitMin,
            PartnerLimits::RateLimitMax))
        g.rateLimit = int(*v);
    if (const auto v = f.integer(u"dailyOrderCap"_qs, f.isNull(u"dailyOrderCap"_qs),
            PartnerLimits::DailyOrderCapMin, PartnerLimits::DailyOrderCapMax))
        g.dailyOrderCap = int(*v);
    f.rejectReadOnly({u"code"_qs, u"version"_qs});
    f.rejectUnknown();
    if (f.ok())
        *group = g;
    return f.errors();
}

QString displayName(const PartnerGroup &group)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    QString name = chinese || group.nameEn.isEmpty() ? group.name : group.nameEn;
    if (name.isEmpty())
        name = group.nameEn;
    return name.isEmpty() ? group.code : name;
}

const PartnerGroup *findGroup(const QList<PartnerGroup> &groups, const QString &code)
{
    for (const PartnerGroup &g : groups)
        if (g.code == code)
            return &g;
    return nullptr;
}

} // namespace Kepler
