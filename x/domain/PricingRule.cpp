#include "PricingRule.h"

#include "JsonFields.h"
#include "Partner.h"

#include <QJsonArray>

namespace Kepler {
namespace {

constexpr std::pair<PriceAdjustment, const char16_t *> kAdjustments[] = {
    {PriceAdjustment::PercentMarkup, u"percent_markup"},
    {PriceAdjustment::PercentDiscount, u"percent_discount"},
    {PriceAdjustment::AmountOff, u"amount_off"},
    {PriceAdjustment::FixedPrice, u"fixed_price"},
    {PriceAdjustment::CommissionRate, u"commission_rate"},
};

constexpr std::pair<PricingRuleStatus, const char16_t *> kStatuses[] = {
    {PricingRuleStatus::Draft, u"draft"},
    {PricingRuleStatus::Active, u"active"},
    {PricingRuleStatus::Scheduled, u"scheduled"},
    {PricingRuleStatus::Expired, u"expired"},
};

template<typename T> QJsonArray numbers(const QList<T> &values)
{
    QJsonArray out;
    for (T v : values)
        out.append(qint64(v));
    return out;
}

// An array of integers in [min, max], at most ScopeItemsMax, no duplicates kept.
template<typename T>
QList<T> readNumbers(JsonFields &f, const QJsonObject &scope, const QString &key, qint64 min, qint64 max)
{
    QList<T> out;
    if (!scope.contains(key) || scope.value(key).isNull())
        return out;
    const QString path = u"scope."_qs + key;
    if (!scope.value(key).isArray()) {
        f.addError(path, u"wrong_type"_qs, u"must be an array of integers"_qs);
        return out;
    }
    const QJsonArray array = scope.value(key).toArray();
    if (array.size() > PricingLimits::ScopeItemsMax) {
        f.addError(path, u"too_many"_qs, u"at most %1 items"_qs.arg(PricingLimits::ScopeItemsMax));
        return out;
    }
    for (const QJsonValue &v : array) {
        const std::optional<qint64> n = wholeNumber(v, min, max);
        if (!n) {
            f.addError(
                path, u"invalid_value"_qs, u"must hold integers between %1 and %2"_qs.arg(min).arg(max));
            return {};
        }
        if (!out.contains(T(*n)))
            out.append(T(*n));
    }
    return out;
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIsoUtc(t)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QString toString(PriceAdjustment adjustment)
{
    for (const auto &[a, name] : kAdjustments)
        if (a == adjustment)
            return QString::fromUtf16(name);
    return {};
}

std::optional<PriceAdjustment> priceAdjustmentFromString(const QString &value)
{
    for (const auto &[a, name] : kAdjustments)
        if (value == QStringView(name))
            return a;
    return std::nullopt;
}

QList<PriceAdjustment> allPriceAdjustments()
{
    QList<PriceAdjustment> all;
    for (const auto &[a, name] : kAdjustments)
        all.append(a);
    return all;
}

QString toString(PricingRuleStatus status)
{
    for (const auto &[s, name] : kStatuses)
        if (s == status)
            return QString::fromUtf16(name);
    return {};
}

std::optional<PricingRuleStatus> pricingRuleStatusFromString(const QString &value)
{
    for (const auto &[s, name] : kStatuses)
        if (value == QStringView(name))
            return s;
    return std::nullopt;
}

bool PricingScope::isEmpty() const
{
    return partners.isEmpty() && modes.isEmpty() && pools.isEmpty() && categories.isEmpty()
        && brands.isEmpty() && skus.isEmpty();
}

PricingRuleStatus PricingRule::effectiveStatus(const QDateTime &at) const
{
    if (status == PricingRuleStatus::Draft)
        return PricingRuleStatus::Draft;
    if (validFrom.isValid() && at < validFrom)
        return PricingRuleStatus::Scheduled;
    if (validUntil.isValid() && at >= validUntil)
        return PricingRuleStatus::Expired;
    return PricingRuleStatus::Active;
}

QJsonObject PricingRule::toJson() const
{
    QJsonArray modes;
    for (PartnerMode m : scope.modes)
        modes.append(toString(m));
    const QJsonObject scopeJson {{u"partners"_qs, numbers(scope.partners)}, {u"modes"_qs, modes},
        {u"pools"_qs, numbers(scope.pools)}, {u"categories"_qs, numbers(scope.categories)},
        {u"brands"_qs, numbers(scope.brands)}, {u"skus"_qs, numbers(scope.skus)}};
    return QJsonObject {{u"id"_qs, id}, {u"name"_qs, name}, {u"scope"_qs, scopeJson},
        {u"adjustment"_qs, toString(adjustment)}, {u"value"_qs, value}, {u"priority"_qs, priority},
        {u"exclusive"_qs, exclusive}, {u"validFrom"_qs, timeOrNull(validFrom)},
        {u"validUntil"_qs, timeOrNull(validUntil)}, {u"status"_qs, toString(status)},
        {u"version"_qs, version}};
}

FieldErrors readPricingRule(const QJsonObject &body, PricingRule *out)
{
    using namespace PricingLimits;
    JsonFields f(body);
    PricingRule r = *out;
    if (const auto name = f.string(u"name"_qs, r.name.isEmpty(), 1, NameMax))
        r.name = name->trimmed();
    if (f.has(u"adjustment"_qs) || r.id == 0) {
        if (const auto text = f.string(u"adjustment"_qs, true, 1, 32)) {
            if (const auto a = priceAdjustmentFromString(*text))
                r.adjustment = *a;
            else
                f.addError(u"adjustment"_qs, u"invalid_value"_qs,
                    u"percent_markup, percent_discount, amount_off, fixed_price or commission_rate"_qs);
        }
    }
    if (const auto value = f.integer(u"value"_qs, r.id == 0, 0, MaxFen))
        r.value = *value;
    if (const auto priority = f.integer(u"priority"_qs, false, PriorityMin, PriorityMax))
        r.priority = int(*priority);
    if (const auto exclusive = f.boolean(u"exclusive"_qs, false))
        r.exclusive = *exclusive;
    for (const auto &[key, target] :
        {std::pair {u"validFrom"_qs, &r.validFrom}, {u"validUntil"_qs, &r.validUntil}}) {
        if (f.isNull(key)) {
            *target = QDateTime();
            f.string(key, false, 0, 0); // marks the key as known
        } else if (const auto text = f.string(key, false, 1, 64)) {
            const QDateTime t = fromIsoUtc(*text);
            if (t.isValid())
                *target = t;
            else
                f.addError(key, u"invalid_value"_qs, u"an ISO-8601 time such as 2026-12-01T00:00:00Z"_qs);
        }
    }
    if (const auto scope = f.object(u"scope"_qs, false)) {
        static const QStringList dimensions {
            u"partners"_qs, u"modes"_qs, u"pools"_qs, u"categories"_qs, u"brands"_qs, u"skus"_qs};
        for (const QString &key : scope->keys())
            if (!dimensions.contains(key))
                f.addError(u"scope."_qs + key, u"unknown_field"_qs, u"not a scope dimension"_qs);
        PricingScope next;
        next.partners = readNumbers<qint64>(f, *scope, u"partners"_qs, 1, std::numeric_limits<qint64>::max());
        next.pools = readNumbers<qint64>(f, *scope, u"pools"_qs, 1, std::numeric_limits<qint64>::max());
        next.categories = readNumbers<int>(f, *scope, u"categories"_qs, 1, std::numeric_limits<int>::max());
        next.brands = readNumbers<int>(f, *scope, u"brands"_qs, 1, std::numeric_limits<int>::max());
        next.skus = readNumbers<qint64>(f, *scope, u"skus"_qs, 1, std::numeric_limits<qint64>::max());
        const QJsonValue modes = scope->value(u"modes"_qs);
        if (!modes.isUndefined() && !modes.isNull()) {
            const QJsonArray list = modes.toArray();
            for (const QJsonValue &m : list) {
                const auto mode = partnerModeFromString(m.toString());
                if (!mode) {
                    f.addError(u"scope.modes"_qs, u"invalid_value"_qs, u"guide, settle_in or buyout"_qs);
                    break;
                }
                if (!next.modes.contains(*mode))
                    next.modes.append(*mode);
            }
            if (!modes.isArray())
                f.addError(u"scope.modes"_qs, u"wrong_type"_qs, u"must be an array of modes"_qs);
        }
        r.scope = next;
    }
    f.rejectReadOnly({u"id"_qs, u"status"_qs, u"version"_qs});
    f.rejectUnknown();
    // Value ranges per adjustment: percentages and commission in bps, money in fen.
    if (f.ok()) {
        const bool bps = r.adjustment == PriceAdjustment::PercentMarkup
            || r.adjustment == PriceAdjustment::CommissionRate;
        if (bps && r.value > MaxBps)
            f.addError(u"value"_qs, u"out_of_range"_qs, u"at most %1 bps"_qs.arg(MaxBps));
        if (r.adjustment == PriceAdjustment::PercentDiscount && r.value > 10000)
            f.addError(u"value"_qs, u"out_of_range"_qs, u"a discount of at most 10000 bps (100 %)"_qs);
        if (r.adjustment == PriceAdjustment::FixedPrice && r.value < 1)
            f.addError(u"value"_qs, u"out_of_range"_qs, u"a fixed price of at least 1 fen"_qs);
        if (r.validFrom.isValid() && r.validUntil.isValid() && r.validUntil <= r.validFrom)
            f.addError(u"validUntil"_qs, u"invalid_value"_qs, u"must be after validFrom"_qs);
        if (r.adjustment == PriceAdjustment::CommissionRate && !r.scope.modes.isEmpty()
            && !r.scope.modes.contains(PartnerMode::Guide))
            f.addError(
                u"scope.modes"_qs, u"invalid_value"_qs, u"a commission rule applies to guide partners"_qs);
    }
    if (f.ok())
        *out = r;
    return f.errors();
}

std::optional<PricingRule> PricingRule::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    PricingRule r;
    JsonFields ids(json);
    r.id = ids.integer(u"id"_qs, true, 1, std::numeric_limits<qint64>::max()).value_or(0);
    r.version = int(ids.integer(u"version"_qs, true, 1, std::numeric_limits<int>::max()).value_or(1));
    const QString status = ids.string(u"status"_qs, true, 1, 16).value_or(QString());
    const auto s = pricingRuleStatusFromString(status);
    if (!s)
        ids.addError(u"status"_qs, u"invalid_value"_qs, u"unknown status"_qs);
    r.status = s.value_or(PricingRuleStatus::Draft);
    QJsonObject editable = json;
    for (const QString &key : {u"id"_qs, u"version"_qs, u"status"_qs})
        editable.remove(key);
    PricingRule read;
    FieldErrors all = ids.errors();
    all += readPricingRule(editable, &read);
    if (errors)
        *errors = all;
    if (!all.isEmpty())
        return std::nullopt;
    read.id = r.id;
    read.version = r.version;
    read.status = r.status;
    return read;
}

} // namespace Kepler
