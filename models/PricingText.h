#pragma once

#include "domain/PricingEngine.h"
#include "domain/PricingRule.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

namespace Kepler {

// Pricing in words for people: money as ¥ with two decimals from integer fen, rates from basis
// points as %, adjustments ("−10 %", "−¥20.00", "¥19.90", "+8 %", "commission 6 %"), statuses,
// the engine's outcomes and guardrails. Integer arithmetic only: what the console shows is exactly
// what the engine computed, never a float rounded twice.
class PricingText
{
    Q_DECLARE_TR_FUNCTIONS(PricingText)

public:
    static QString money(qint64 fen, const QLocale &locale = {});
    // "19.9", "¥1,299.00", "20" → fen; nullopt when it is not an amount with at most two decimals.
    static std::optional<qint64> parseMoney(const QString &text, const QLocale &locale = {});
    static QString percent(qint64 bps, const QLocale &locale = {});
    // "8.5" (percent) → 850 bps; nullopt when not a number with at most two decimals.
    static std::optional<qint64> parsePercent(const QString &text, const QLocale &locale = {});
    // "-5", "−19.90": an amount the parsers refuse only for its sign, so an editor can say that.
    static bool isNegativeNumber(const QString &text, const QLocale &locale = {});
    static QString adjustment(PriceAdjustment adjustment, qint64 value, const QLocale &locale = {});
    static QString adjustmentName(PriceAdjustment adjustment);
    static QString statusName(PricingRuleStatus status);
    static QString outcome(RuleOutcome outcome);
    static QString guardrail(Guardrail guardrail);
    // "from 1 Dec 2026 00:00 until 12 Dec 2026 00:00" in the user's time zone; "always".
    // withTime false: dates only, for a list column (the tooltip has the times).
    static QString window(
        const QDateTime &from, const QDateTime &until, const QLocale &locale = {}, bool withTime = true);

private:
    static std::optional<qint64> parseHundredths(QString text, const QLocale &locale);
};

} // namespace Kepler
