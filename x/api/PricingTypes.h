#pragma once

#include "domain/PricingEngine.h"
#include "domain/PricingRule.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <optional>

namespace Kepler {

// A rule as the service sends it: stored fields plus the status derived at the moment it answered
// (scheduled / expired are not stored).
struct PricingRuleEntry
{
    PricingRule rule;
    PricingRuleStatus effectiveStatus = PricingRuleStatus::Draft;
};

// Two active rules of one priority that both claim some prices (GET /pricing/conflicts), with where
// they really collide: how many SKUs and partners.
struct PricingConflictEntry
{
    qint64 firstRuleId = 0;
    qint64 secondRuleId = 0;
    qint64 skuCount = 0;
    qint64 partnerCount = 0;
    QList<qint64> skuSamples;
    PricingScope overlap;

    qint64 otherThan(qint64 ruleId) const { return ruleId == firstRuleId ? secondRuleId : firstRuleId; }
};

struct PricingImpactSample
{
    qint64 partnerId = 0;
    QString partnerName;
    qint64 skuId = 0;
    qint64 listPriceFen = 0;
    qint64 beforeFen = 0;
    qint64 afterFen = 0;
    Guardrail guardrail = Guardrail::None;
};

// What activating a rule would change (POST /pricing/impact), judged as if active now.
struct PricingImpact
{
    qint64 ruleId = 0;
    int partnersConsidered = 0;
    int skusConsidered = 0;
    bool sampled = false; // cut at 50 partners / 5,000 SKUs
    qint64 partnersReached = 0; // all the partners the rule reaches (0 from an older service: unknown)
    qint64 skusReached = 0; // all the SKUs the considered partners' pools hold in its scope
    qint64 pairsEvaluated = 0;
    qint64 pairsChanged = 0;
    qint64 skusChanged = 0;
    qint64 partnersAffected = 0;
    std::optional<qint64> averageMarginBeforeBps; // none when nothing changed
    std::optional<qint64> averageMarginAfterBps;
    qint64 guardrailStops = 0;
    QList<PricingImpactSample> samples;
};

// GET /pricing/explain: the engine's explanation plus what the service knows around it.
struct PriceExplainResult
{
    qint64 partnerId = 0;
    QString partnerName;
    QString mode;
    qint64 skuId = 0;
    QString skuName;
    QDateTime at;
    PriceExplanation explanation;
    int minMarginBps = 0;
    QList<qint64> pools; // pools holding the SKU
    bool sellable = false; // one of the partner's pools holds it
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::PricingRuleEntry)
Q_DECLARE_METATYPE(Kepler::PricingImpact)
Q_DECLARE_METATYPE(Kepler::PriceExplainResult)
