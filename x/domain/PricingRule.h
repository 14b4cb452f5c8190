#pragma once

#include "FieldError.h"
#include "PartnerMode.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Kepler {

// What a pricing rule does to a SKU's price (issue 5). Amounts are fen, rates basis points
// (1 bp = 0.01 %): integers only, so the console's preview and the gateway's price never drift.
enum class PriceAdjustment {
    PercentMarkup, // list price + value bps of list price
    PercentDiscount, // list price − value bps of list price
    AmountOff, // − value fen
    FixedPrice, // the price becomes value fen
    CommissionRate, // guide partners earn value bps; the price is untouched
};
QString toString(PriceAdjustment adjustment); // "percent_markup", ...
std::optional<PriceAdjustment> priceAdjustmentFromString(const QString &value);
QList<PriceAdjustment> allPriceAdjustments();

// Stored status; "scheduled" and "expired" are derived from the window at a moment (effectiveStatus).
enum class PricingRuleStatus { Draft, Active, Scheduled, Expired };
QString toString(PricingRuleStatus status); // "draft", "active", "scheduled", "expired"
std::optional<PricingRuleStatus> pricingRuleStatusFromString(const QString &value);

// Where a rule applies. Each list is a dimension: empty matches everything, otherwise one of its
// values must match; all dimensions must match (partners AND modes AND pools AND ...).
// Categories match any level of a SKU's three-level path (cid1, cid2 or cid3).
struct PricingScope
{
    QList<qint64> partners;
    QList<PartnerMode> modes;
    QList<qint64> pools;
    QList<int> categories;
    QList<int> brands;
    QList<qint64> skus;

    bool isEmpty() const;
    bool operator==(const PricingScope &other) const = default;
};

struct PricingRule
{
    qint64 id = 0;
    QString name;
    PricingScope scope;
    PriceAdjustment adjustment = PriceAdjustment::PercentDiscount;
    qint64 value = 0; // bps for percentages and commission, fen for amounts and fixed prices
    int priority = 0; // higher first; ties by id
    bool exclusive = false; // applied alone: no other price rule after it
    QDateTime validFrom; // inclusive; invalid = since always
    QDateTime validUntil; // exclusive; invalid = forever
    PricingRuleStatus status = PricingRuleStatus::Draft; // stored: Draft or Active
    int version = 1;

    // Active within its window at `at`; Scheduled before, Expired after; Draft stays Draft.
    PricingRuleStatus effectiveStatus(const QDateTime &at) const;
    bool inEffect(const QDateTime &at) const { return effectiveStatus(at) == PricingRuleStatus::Active; }
    bool changesPrice() const { return adjustment != PriceAdjustment::CommissionRate; }

    QJsonObject toJson() const;
    static std::optional<PricingRule> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);
    bool operator==(const PricingRule &other) const = default;
};

namespace PricingLimits {
inline constexpr int NameMax = 100;
inline constexpr qint64 MaxBps = 100000; // a 1000 % markup is surely a typo beyond this
inline constexpr qint64 MaxFen = 100'000'000'00; // ¥100,000,000
inline constexpr int ScopeItemsMax = 10000;
inline constexpr int PriorityMin = -1000;
inline constexpr int PriorityMax = 1000;
} // namespace PricingLimits

// Reads the editable fields of a rule (create or update body) into *out, with field errors for
// anything out of form: value ranges per adjustment, window order, scope sizes, unknown keys.
FieldErrors readPricingRule(const QJsonObject &body, PricingRule *out);

} // namespace Kepler
