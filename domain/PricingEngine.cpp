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
        return apply(rule.adjustment, rule.value, rule.exclusive, partner.mode, listFen);
    }

    RuleOutcome apply(
        PriceAdjustment adjustment, qint64 value, bool exclusive, PartnerMode mode, qint64 listFen)
    {
        if (adjustment == PriceAdjustment::CommissionRate) {
            if (mode != PartnerMode::Guide)
                return RuleOutcome::CommissionNotGuide;
            if (commissionBps >= 0)
                return RuleOutcome::CommissionTaken;
            commissionBps = int(value);
            ++applied;
            return RuleOutcome::Applied;
        }
        if (exclusiveApplied)
            return RuleOutcome::AfterExclusive;
        if (exclusive && priceRuleApplied)
            return RuleOutcome::ExclusiveNotAlone;
        switch (adjustment) {
        case PriceAdjustment::PercentMarkup:
            price += PricingEngine::percentOf(listFen, value);
            break;
        case PriceAdjustment::PercentDiscount:
            price -= PricingEngine::percentOf(listFen, value);
            break;
        case PriceAdjustment::AmountOff:
            price -= value;
            break;
        case PriceAdjustment::FixedPrice:
            price = value;
            break;
        case PriceAdjustment::CommissionRate:
            break;
        }
        priceRuleApplied = true;
        exclusiveApplied = exclusive;
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
    QList<PricingRule> applicable;
    for (const PricingRule &r : rules)
        if (r.inEffect(at) && anyIn(r.scope.partners, partner.id) && anyIn(r.scope.modes, partner.mode))
            applicable.append(r);
    std::sort(applicable.begin(), applicable.end(), walksBefore);
    m_rules.reserve(size_t(applicable.size()));
    for (const PricingRule &r : std::as_const(applicable)) {
        const int index = int(m_rules.size());
        const PriceAdjustment a = r.adjustment;
        m_rules.push_back(
            {a == PriceAdjustment::AmountOff ? r.value : 0, a == PriceAdjustment::FixedPrice ? r.value : -1,
                qint32(a == PriceAdjustment::PercentMarkup || a == PriceAdjustment::PercentDiscount
                            || a == PriceAdjustment::CommissionRate
                        ? r.value
                        : 0),
                qint8(a == PriceAdjustment::PercentMarkup       ? 1
                        : a == PriceAdjustment::PercentDiscount ? -1
                                                                : 0),
                r.exclusive, a == PriceAdjustment::CommissionRate,
                !(r.scope.pools.isEmpty() && r.scope.skus.isEmpty() && r.scope.categories.isEmpty()
                    && r.scope.brands.isEmpty())});
        m_scopes.push_back({sortedCopy<qint64>(r.scope.pools), sortedCopy<qint64>(r.scope.skus),
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

bool PricingIndex::matches(const Scope &c, const PricedSku &sku) const
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
    // The SKU's own candidates (few) are sorted; the rules that hold for every SKU are sorted
    // once in the index. Walking both in merged order visits each candidate once, in rule order.
    QVarLengthArray<int, 32> own;
    const auto add = [&](const auto &hash, auto key) {
        if (const auto it = hash.constFind(key); it != hash.cend())
            own.append(it->data(), qsizetype(it->size()));
    };
    add(m_bySku, sku.id);
    for (qint64 pool : sku.pools)
        add(m_byPool, pool);
    for (int cid : {sku.cid1, sku.cid2, sku.cid3})
        if (cid != 0)
            add(m_byCategory, cid);
    add(m_byBrand, sku.brand);
    std::sort(own.begin(), own.end());
    // The same walk as Walk::apply, written for the loop (tests hold the two equal).
    const qint64 list = sku.listPriceFen;
    qint64 price = list;
    int commission = -1;
    int applied = 0;
    bool exclusiveApplied = false;
    bool priceApplied = false;
    const bool guide = m_partner.mode == PartnerMode::Guide;
    auto g = m_global.cbegin();
    const auto gEnd = m_global.cend();
    const int *o = own.cbegin();
    const int *oEnd = own.cend();
    int previous = -1;
    while (g != gEnd || o != oEnd) {
        int index;
        if (o == oEnd || (g != gEnd && *g < *o)) {
            index = *g++;
        } else {
            index = *o++;
            if (index == previous) // indexed under two of the SKU's pools or categories
                continue;
        }
        previous = index;
        const Hot &rule = m_rules[size_t(index)];
        if (rule.skuSide && !matches(m_scopes[size_t(index)], sku))
            continue;
        if (rule.commission) {
            if (guide && commission < 0) {
                commission = rule.bps;
                ++applied;
            }
            continue;
        }
        if (exclusiveApplied || (rule.exclusive && priceApplied))
            continue;
        const qint64 next = price + rule.sign * PricingEngine::percentOf(list, rule.bps) - rule.amount;
        price = rule.fixed >= 0 ? rule.fixed : next;
        priceApplied = true;
        exclusiveApplied = rule.exclusive;
        ++applied;
    }
    Price p;
    p.priceFen = price;
    p.guardrail
        = guard(&p.priceFen, PricingEngine::floorOf(sku.costFen, m_policy), ceilingFor(m_partner, sku));
    p.commissionBps = commission;
    p.appliedRules = applied;
    return p;
}

} // namespace Kepler
