#pragma once

#include "PricingRule.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVarLengthArray>
#include <optional>
#include <span>
#include <vector>

namespace Kepler {

// What the engine needs to know of a SKU (issue 5): its place in the catalog and its money.
struct PricedSku
{
    qint64 id = 0;
    int cid1 = 0; // three-level category path
    int cid2 = 0;
    int cid3 = 0;
    int brand = 0;
    qint64 listPriceFen = 0;
    qint64 costFen = 0;
    QList<qint64> pools; // the product pools holding it
};

struct PricingPartner
{
    qint64 id = 0;
    PartnerMode mode = PartnerMode::Guide;
};

// Platform-wide pricing settings.
struct PricingPolicy
{
    int minMarginBps = 500; // the floor: cost + 5 % of cost unless configured otherwise
};

// Why a rule in scope did or did not change the price.
enum class RuleOutcome {
    Applied,
    NotInEffect, // draft, scheduled or expired at that moment (see the step's status)
    AfterExclusive, // an exclusive rule was applied before it: nothing stacks on one
    ExclusiveNotAlone, // exclusive, but higher-priority rules were applied already
    CommissionNotGuide, // commission rules pay guide partners only
    CommissionTaken, // a higher-priority commission rule was applied
};
QString toString(RuleOutcome outcome); // "applied", "not_in_effect", ...

enum class Guardrail {
    None,
    Floor, // raised to cost + minimum margin
    Ceiling, // lowered to the list price (guide and settle-in partners)
    FloorAboveCeiling, // cost + margin exceeds the list price: sold at list price, flagged
};
QString toString(Guardrail guardrail); // "none", "floor", "ceiling", "floor_above_ceiling"

struct PricingStep
{
    qint64 ruleId = 0;
    QString ruleName;
    RuleOutcome outcome = RuleOutcome::Applied;
    PricingRuleStatus ruleStatus = PricingRuleStatus::Active; // at the moment asked about
    qint64 priceBeforeFen = 0;
    qint64 priceAfterFen = 0;
};

// The effective price and how it came about, in the order the engine walked the rules.
struct PriceExplanation
{
    qint64 listPriceFen = 0;
    qint64 costFen = 0;
    qint64 floorFen = 0;
    std::optional<qint64> ceilingFen; // list price for guide and settle-in, none for buy-out
    qint64 beforeGuardrailsFen = 0;
    qint64 priceFen = 0;
    Guardrail guardrail = Guardrail::None;
    std::optional<int> commissionBps;
    QList<PricingStep> steps;
};

// The one pricing engine (console preview and gateway alike). Rules are walked by priority
// (higher first, ties by lower id). Price rules start from the list price: percentages are of
// the list price, amounts come off the running price, a fixed price replaces it; an exclusive
// rule applies only when it comes first and then alone. The first commission rule in scope pays
// a guide partner. Finally the guardrails: never below cost + minimum margin; never above the list
// price for guide and settle-in partners (buy-out partners set their own price above the floor).
// Money is integer fen throughout; percentages round half up to the fen.
namespace PricingEngine {
// Round half up; fen, bps >= 0. Inline: the bulk pricing loop calls it for every percentage rule.
inline qint64 percentOf(qint64 fen, qint64 bps)
{
    // Unsigned: both are >= 0, and dividing by a constant is then a plain multiply and shift.
    return qint64((quint64(fen) * quint64(bps) + 5000u) / 10000u);
}
qint64 floorOf(qint64 costFen, const PricingPolicy &policy);
bool scopeMatches(const PricingScope &scope, const PricingPartner &partner, const PricedSku &sku);
// Every rule whose scope holds (partner, sku) appears in `steps`, in effect or not.
PriceExplanation explain(const QList<PricingRule> &rules, const PricingPartner &partner, const PricedSku &sku,
    const QDateTime &at, const PricingPolicy &policy = {});
} // namespace PricingEngine

// Prices many SKUs for one partner at one moment, as PricingEngine::explain would (tests hold
// them equal), without testing every rule against every SKU: the rules in effect for the partner
// are indexed by their most selective scope dimension (SKUs, then pools, categories, brands), so
// a SKU looks at the few rules that can concern it.
class PricingIndex
{
public:
    PricingIndex(const QList<PricingRule> &rules, const PricingPartner &partner, const QDateTime &at,
        const PricingPolicy &policy = {});
    Q_DISABLE_COPY_MOVE(PricingIndex)

    struct Price
    {
        qint64 priceFen = 0;
        int commissionBps = -1; // -1: none
        Guardrail guardrail = Guardrail::None;
        int appliedRules = 0;
    };
    Price price(const PricedSku &sku) const;
    // The same prices for many SKUs at once (what a pool or the gateway's catalog needs): SKUs go
    // in batches and rules are the outer loop, so a rule that holds for every SKU becomes one
    // tight loop over the batch instead of a branch in every SKU's walk.
    std::vector<Price> priceAll(const std::vector<PricedSku> &skus) const;
    int ruleCount() const { return int(m_rules.size()); }

private:
    // A rule as the hot loop needs it, 16 bytes so the walk over the rules stays in L1; its
    // SKU-side scope lives apart (Scope), as sorted vectors for binary search.
    struct Hot
    {
        // The adjustment without a switch (random rule kinds would defeat branch prediction):
        // price = fixed >= 0 ? fixed : price + sign * percentOf(list, bps) - amount.
        qint64 amount; // AmountOff
        qint64 fixed; // FixedPrice, else -1
        qint32 bps; // PercentMarkup / PercentDiscount magnitude, CommissionRate rate
        qint8 sign; // +1 markup, -1 discount, 0 otherwise
        bool exclusive;
        bool commission;
        // More than one SKU-side dimension: the index satisfied one, the others need a look. A rule
        // indexed by its only dimension, or one without any (global), needs none.
        bool checkScope;
    };
    struct Scope
    {
        std::vector<qint64> pools, skus; // sorted
        std::vector<int> categories, brands; // sorted
    };
    bool matches(const Scope &c, const PricedSku &sku) const;
    // The SKU's own candidate rules (indexed under its id, pools, categories, brand), sorted, unique.
    void ownCandidates(const PricedSku &sku, QVarLengthArray<int, 32> *out) const;

    PricingPartner m_partner;
    PricingPolicy m_policy;
    std::vector<Hot> m_rules; // in walking order
    std::vector<Scope> m_scopes; // same index
    std::vector<int> m_global; // rules without a SKU-side dimension
    // Rules by one key (a SKU id, pool, category or brand): a flat offsets table when the keys are
    // dense enough (one array read per lookup), a hash otherwise.
    class KeyedRules
    {
    public:
        void add(qint64 key, int rule) { m_pending.emplace_back(key, rule); }
        void build();
        std::span<const int> find(qint64 key) const;

    private:
        std::vector<std::pair<qint64, int>> m_pending;
        bool m_dense = false;
        qint64 m_min = 0;
        std::vector<int> m_offsets; // dense: rules of key k at [offsets[k-min], offsets[k-min+1])
        std::vector<int> m_rules;
        QHash<qint64, std::vector<int>> m_sparse;
    };
    KeyedRules m_bySku, m_byPool, m_byCategory, m_byBrand;
};

} // namespace Kepler
