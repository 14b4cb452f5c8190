#include "PricingEngine.h"

#include <QVarLengthArray>
#include <algorithm>

namespace Kepler {

QString toString(RuleOutcome outcome)
{
    switch (outcome) {
    case RuleOutcome::Applied:
        return u"applied"_qs;
    case RuleOutcome::NotInEffect:
        return u"not_in_effect"_qs;
    case RuleOutcome::AfterExclusive:
        return u"after_exclusive"_qs;
    case RuleOutcome::ExclusiveNotAlone:
        return u"exclusive_not_alone"_qs;
    case RuleOutcome::CommissionNotGuide:
        return u"commission_not_guide"_qs;
    case RuleOutcome::CommissionTaken:
        return u"commission_taken"_qs;
    }
    return {};
}

QString toString(Guardrail guardrail)
{
    switch (guardrail) {
    case Guardrail::None:
        return u"none"_qs;
    case Guardrail::Floor:
        return u"floor"_qs;
    case Guardrail::Ceiling:
        return u"ceiling"_qs;
    case Guardrail::FloorAboveCeiling:
        return u"floor_above_ceiling"_qs;
    }
    return {};
}

namespace {

bool walksBefore(const PricingRule &a, const PricingRule &b)
{
    return a.priority != b.priority ? a.priority > b.priority : a.id < b.id;
}

template<typename T, typename U> bool anyIn(const QList<T> &wanted, const U &value)
{
    return wanted.isEmpty() || wanted.contains(T(value));
}

// The walk shared by explain() and PricingIndex: `rules` in walking order, all in scope and in
// effect; `step` hears about each (nullptr: price only).
struct Walk
{
    qint64 price = 0;
    int commissionBps = -1;
    int applied = 0;
    bool exclusiveApplied = false;
    bool priceRuleApplied = false;

    RuleOutcome apply(const PricingRule &rule, const PricingPartner &partner, qint64 listFen)
    {
        if (!rule.changesPrice()) {
            if (partner.mode != PartnerMode::Guide)
                return RuleOutcome::CommissionNotGuide;
            if (commissionBps >= 0)
                return RuleOutcome::CommissionTaken;
            commissionBps = int(rule.value);
            ++applied;
            return RuleOutcome::Applied;
        }
        if (exclusiveApplied)
            return RuleOutcome::AfterExclusive;
        if (rule.exclusive && priceRuleApplied)
            return RuleOutcome::ExclusiveNotAlone;
        switch (rule.adjustment) {
        case PriceAdjustment::PercentMarkup:
            price += PricingEngine::percentOf(listFen, rule.value);
            break;
        case PriceAdjustment::PercentDiscount:
            price -= PricingEngine::percentOf(listFen, rule.value);
            break;
        case PriceAdjustment::AmountOff:
            price -= rule.value;
            break;
        case PriceAdjustment::FixedPrice:
            price = rule.value;
            break;
        case PriceAdjustment::CommissionRate:
            break;
        }
        priceRuleApplied = true;
        exclusiveApplied = rule.exclusive;
        ++applied;
        return RuleOutcome::Applied;
    }
};

// Clamps the walked price between the floor and (guide, settle-in) the list price.
Guardrail guard(qint64 *price, qint64 floor, std::optional<qint64> ceiling)
{
    if (ceiling && floor > *ceiling) {
        *price = *ceiling;
        return Guardrail::FloorAboveCeiling;
    }
    if (*price < floor) {
        *price = floor;
        return Guardrail::Floor;
    }
    if (ceiling && *price > *ceiling) {
        *price = *ceiling;
        return Guardrail::Ceiling;
    }
    return Guardrail::None;
}

std::optional<qint64> ceilingFor(const PricingPartner &partner, const PricedSku &sku)
{
    if (partner.mode == PartnerMode::Buyout)
        return std::nullopt;
    return sku.listPriceFen;
}

template<typename T> bool sortedHasAny(const std::vector<T> &wanted, std::initializer_list<T> values)
{
    if (wanted.empty())
        return true;
    for (T v : values)
        if (v != 0 && std::binary_search(wanted.begin(), wanted.end(), v))
            return true;
    return false;
}

template<typename T, typename From> std::vector<T> sortedCopy(const QList<From> &values)
{
    std::vector<T> out(values.begin(), values.end());
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

namespace PricingEngine {

qint64 percentOf(qint64 fen, qint64 bps)
{
    return (fen * bps + 5000) / 10000;
}

qint64 floorOf(qint64 costFen, const PricingPolicy &policy)
{
    return costFen + percentOf(costFen, policy.minMarginBps);
}

bool scopeMatches(const PricingScope &scope, const PricingPartner &partner, const PricedSku &sku)
{
    if (!anyIn(scope.partners, partner.id) || !anyIn(scope.modes, partner.mode) || !anyIn(scope.skus, sku.id)
        || !anyIn(scope.brands, sku.brand))
        return false;
    if (!scope.categories.isEmpty() && !scope.categories.contains(sku.cid1)
        && !scope.categories.contains(sku.cid2) && !scope.categories.contains(sku.cid3))
        return false;
    if (!scope.pools.isEmpty() && std::none_of(sku.pools.cbegin(), sku.pools.cend(), [&](qint64 p) {
            return scope.pools.contains(p);
        }))
        return false;
    return true;
}

PriceExplanation explain(const QList<PricingRule> &rules, const PricingPartner &partner, const PricedSku &sku,
    const QDateTime &at, const PricingPolicy &policy)
{
    QList<const PricingRule *> ordered;
    for (const PricingRule &r : rules)
        if (scopeMatches(r.scope, partner, sku))
            ordered.append(&r);
    std::sort(ordered.begin(), ordered.end(),
        [](const PricingRule *a, const PricingRule *b) { return walksBefore(*a, *b); });

    PriceExplanation e;
    e.listPriceFen = sku.listPriceFen;
    e.costFen = sku.costFen;
    e.floorFen = floorOf(sku.costFen, policy);
    e.ceilingFen = ceilingFor(partner, sku);
    Walk walk;
    walk.price = sku.listPriceFen;
    for (const PricingRule *r : ordered) {
        PricingStep step {
            r->id, r->name, RuleOutcome::NotInEffect, r->effectiveStatus(at), walk.price, walk.price};
        if (step.ruleStatus == PricingRuleStatus::Active)
            step.outcome = walk.apply(*r, partner, sku.listPriceFen);
        step.priceAfterFen = walk.price;
        e.steps.append(step);
    }
    e.beforeGuardrailsFen = walk.price;
    e.priceFen = walk.price;
    e.guardrail = guard(&e.priceFen, e.floorFen, e.ceilingFen);
    if (walk.commissionBps >= 0)
        e.commissionBps = walk.commissionBps;
    return e;
}

} // namespace PricingEngine

PricingIndex::PricingIndex(const QList<PricingRule> &rules, const PricingPartner &partner,
    const QDateTime &at, const PricingPolicy &policy)
    : m_partner(partner)
    , m_policy(policy)
{
    // Only what can apply to this partner now; the walk order is fixed once here.
    for (const PricingRule &r : rules)
        if (r.inEffect(at) && anyIn(r.scope.partners, partner.id) && anyIn(r.scope.modes, partner.mode))
            m_owned.append(r);
    std::sort(m_owned.begin(), m_owned.end(), walksBefore);
    m_rules.reserve(m_owned.size());
    for (const PricingRule &r : std::as_const(m_owned)) {
        const int index = int(m_rules.size());
        m_rules.push_back({&r, sortedCopy<qint64>(r.scope.pools), sortedCopy<qint64>(r.scope.skus),
            sortedCopy<int>(r.scope.categories), sortedCopy<int>(r.scope.brands)});
        const PricingScope &s = r.scope;
        if (!s.skus.isEmpty())
            for (qint64 id : s.skus)
                m_bySku[id].push_back(index);
        else if (!s.pools.isEmpty())
            for (qint64 id : s.pools)
                m_byPool[id].push_back(index);
        else if (!s.categories.isEmpty())
            for (int id : s.categories)
                m_byCategory[id].push_back(index);
        else if (!s.brands.isEmpty())
            for (int id : s.brands)
                m_byBrand[id].push_back(index);
        else
            m_global.push_back(index);
    }
}

bool PricingIndex::matches(const Compiled &c, const PricedSku &sku) const
{
    if (!sortedHasAny<qint64>(c.skus, {sku.id}) || !sortedHasAny<int>(c.brands, {sku.brand})
        || !sortedHasAny<int>(c.categories, {sku.cid1, sku.cid2, sku.cid3}))
        return false;
    if (c.pools.empty())
        return true;
    return std::any_of(sku.pools.cbegin(), sku.pools.cend(),
        [&](qint64 p) { return std::binary_search(c.pools.begin(), c.pools.end(), p); });
}

PricingIndex::Price PricingIndex::price(const PricedSku &sku) const
{
    QVarLengthArray<int, 64> candidates(m_global.begin(), m_global.end());
    const auto add = [&](const auto &hash, auto key) {
        if (const auto it = hash.constFind(key); it != hash.cend())
            candidates.append(it->data(), qsizetype(it->size()));
    };
    add(m_bySku, sku.id);
    for (qint64 pool : sku.pools)
        add(m_byPool, pool);
    for (int cid : {sku.cid1, sku.cid2, sku.cid3})
        if (cid != 0)
            add(m_byCategory, cid);
    add(m_byBrand, sku.brand);
    std::sort(candidates.begin(), candidates.end());
    Walk walk;
    walk.price = sku.listPriceFen;
    int previous = -1;
    for (int index : candidates) {
        if (index == previous) // a rule indexed under two of the SKU's pools or categories
            continue;
        previous = index;
        const Compiled &c = m_rules[size_t(index)];
        if (matches(c, sku))
            walk.apply(*c.rule, m_partner, sku.listPriceFen);
    }
    Price p;
    p.priceFen = walk.price;
    p.guardrail
        = guard(&p.priceFen, PricingEngine::floorOf(sku.costFen, m_policy), ceilingFor(m_partner, sku));
    p.commissionBps = walk.commissionBps;
    p.appliedRules = walk.applied;
    return p;
}

} // namespace Kepler
