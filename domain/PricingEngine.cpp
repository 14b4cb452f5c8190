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
                m_bySku.add(id, index);
        else if (!s.pools.isEmpty())
            for (qint64 id : s.pools)
                m_byPool.add(id, index);
        else if (!s.categories.isEmpty())
            for (int id : s.categories)
                m_byCategory.add(id, index);
        else if (!s.brands.isEmpty())
            for (int id : s.brands)
                m_byBrand.add(id, index);
        else
            m_global.push_back(index);
    }
    for (KeyedRules *keyed : {&m_bySku, &m_byPool, &m_byCategory, &m_byBrand})
        keyed->build();
}

void PricingIndex::KeyedRules::build()
{
    // Sorted by key then rule: each key's rules come out in walking order.
    std::sort(m_pending.begin(), m_pending.end());
    if (m_pending.empty())
        return;
    constexpr qint64 DenseSpan = 4'000'000; // 16 MB of offsets at most
    // And at most 4,096 offsets per key: the table pays when many SKUs are priced, but the gateway
    // builds an index per request to price a page, and 7 category keys from 1 to 90,101 (the demo's
    // rules) made it fill 90,000 offsets every time — a tenth of the platform's time in a backfill.
    constexpr qint64 DensePerKey = 4096;
    m_min = m_pending.front().first;
    const qint64 span = m_pending.back().first - m_min + 1;
    m_dense = span <= DenseSpan && span <= DensePerKey * qint64(m_pending.size());
    if (!m_dense) {
        for (const auto &[key, rule] : m_pending)
            m_sparse[key].push_back(rule);
    } else {
        m_offsets.assign(size_t(span) + 1, 0);
        for (const auto &[key, rule] : m_pending)
            ++m_offsets[size_t(key - m_min) + 1];
        for (size_t k = 1; k < m_offsets.size(); ++k)
            m_offsets[k] += m_offsets[k - 1];
        m_rules.reserve(m_pending.size());
        for (const auto &[key, rule] : m_pending)
            m_rules.push_back(rule);
    }
    m_pending.clear();
    m_pending.shrink_to_fit();
}

std::span<const int> PricingIndex::KeyedRules::find(qint64 key) const
{
    if (m_dense) {
        const qint64 k = key - m_min;
        if (k < 0 || k + 1 >= qint64(m_offsets.size()))
            return {};
        return {
            m_rules.data() + m_offsets[size_t(k)], size_t(m_offsets[size_t(k) + 1] - m_offsets[size_t(k)])};
    }
    const auto it = m_sparse.constFind(key);
    return it == m_sparse.cend() ? std::span<const int>() : std::span<const int>(*it);
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
    ownCandidates(sku, &own);
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
    while (g != gEnd || o != oEnd) {
        int index;
        if (o == oEnd || (g != gEnd && *g < *o)) {
            index = *g++;
        } else {
            index = *o++;
        }
        const Hot &rule = m_rules[size_t(index)];
        if (rule.checkScope && !matches(m_scopes[size_t(index)], sku))
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

void PricingIndex::ownCandidates(const PricedSku &sku, QVarLengthArray<int, 32> *own) const
{
    const auto add = [&](const KeyedRules &rules, qint64 key) {
        const std::span<const int> found = rules.find(key);
        if (!found.empty())
            own->append(found.data(), qsizetype(found.size()));
    };
    add(m_bySku, sku.id);
    for (qint64 pool : sku.pools)
        add(m_byPool, pool);
    for (int cid : {sku.cid1, sku.cid2, sku.cid3})
        if (cid != 0)
            add(m_byCategory, cid);
    add(m_byBrand, sku.brand);
    std::sort(own->begin(), own->end());
    // A rule indexed under two of the SKU's pools or categories comes once.
    own->erase(std::unique(own->begin(), own->end()), own->end());
}

namespace {

// A price rule that holds for every SKU of the batch, without a branch per SKU: the fields live in
// registers and the skip is a mask, so the loop costs a multiply and a few adds per SKU.
template<typename Rule>
void applyToAll(const Rule &rule, size_t n, qint64 *price, const qint64 *list, char *priceApplied,
    char *exclusiveApplied, int *applied)
{
    const qint64 fixed = rule.fixed;
    const qint64 amount = rule.amount;
    const qint64 bps = rule.bps;
    const qint64 sign = rule.sign;
    const char exclusive = rule.exclusive ? 1 : 0;
    for (size_t i = 0; i < n; ++i) {
        const char skip = exclusiveApplied[i] | (exclusive & priceApplied[i]);
        const qint64 next = price[i] + sign * PricingEngine::percentOf(list[i], bps) - amount;
        const qint64 value = fixed >= 0 ? fixed : next;
        price[i] = skip ? price[i] : value;
        priceApplied[i] |= char(!skip);
        exclusiveApplied[i] |= char((!skip) & exclusive);
        applied[i] += !skip;
    }
}

} // namespace

std::vector<PricingIndex::Price> PricingIndex::priceAll(const std::vector<PricedSku> &skus) const
{
    constexpr size_t Batch = 4096;
    std::vector<Price> out(skus.size());
    const size_t ruleCount = m_rules.size();
    std::vector<char> isGlobal(ruleCount, 0);
    for (int index : m_global)
        isGlobal[size_t(index)] = 1;
    const bool guide = m_partner.mode == PartnerMode::Guide;
    // Per batch: the running state of each SKU, and for each rule the SKUs that named it.
    std::vector<qint64> price(Batch), list(Batch);
    std::vector<int> commission(Batch), applied(Batch);
    std::vector<char> priceApplied(Batch), exclusiveApplied(Batch);
    std::vector<int> bucketStart(ruleCount + 1), bucketFill(ruleCount);
    std::vector<std::pair<int, int>> pairs; // (rule, sku in batch)
    std::vector<int> members;
    QVarLengthArray<int, 32> own;
    for (size_t first = 0; first < skus.size(); first += Batch) {
        const size_t n = std::min(Batch, skus.size() - first);
        pairs.clear();
        for (size_t i = 0; i < n; ++i) {
            const PricedSku &sku = skus[first + i];
            list[i] = price[i] = sku.listPriceFen;
            commission[i] = -1;
            applied[i] = 0;
            priceApplied[i] = exclusiveApplied[i] = 0;
            own.clear();
            ownCandidates(sku, &own);
            for (int index : own)
                if (!m_rules[size_t(index)].checkScope || matches(m_scopes[size_t(index)], sku))
                    pairs.emplace_back(index, int(i));
        }
        // Counting sort of the pairs by rule: each rule's SKUs, in batch order.
        std::fill(bucketStart.begin(), bucketStart.end(), 0);
        for (const auto &[rule, i] : pairs)
            ++bucketStart[size_t(rule) + 1];
        for (size_t r = 0; r < ruleCount; ++r)
            bucketStart[r + 1] += bucketStart[r];
        std::copy(bucketStart.begin(), bucketStart.end() - 1, bucketFill.begin());
        members.resize(pairs.size());
        for (const auto &[rule, i] : pairs)
            members[size_t(bucketFill[size_t(rule)]++)] = i;
        for (size_t r = 0; r < ruleCount; ++r) {
            const Hot &rule = m_rules[r];
            const auto apply = [&](size_t i) {
                if (rule.commission) {
                    if (guide && commission[i] < 0) {
                        commission[i] = rule.bps;
                        ++applied[i];
                    }
                    return;
                }
                if (exclusiveApplied[i] || (rule.exclusive && priceApplied[i]))
                    return;
                const qint64 next
                    = price[i] + rule.sign * PricingEngine::percentOf(list[i], rule.bps) - rule.amount;
                price[i] = rule.fixed >= 0 ? rule.fixed : next;
                priceApplied[i] = 1;
                exclusiveApplied[i] = rule.exclusive;
                ++applied[i];
            };
            if (isGlobal[r] && !rule.commission) {
                applyToAll(rule, n, price.data(), list.data(), priceApplied.data(), exclusiveApplied.data(),
                    applied.data());
            } else if (isGlobal[r]) {
                for (size_t i = 0; i < n; ++i)
                    apply(i);
            } else {
                for (int k = bucketStart[r]; k < bucketStart[r + 1]; ++k)
                    apply(size_t(members[size_t(k)]));
            }
        }
        for (size_t i = 0; i < n; ++i) {
            const PricedSku &sku = skus[first + i];
            Price &p = out[first + i];
            p.priceFen = price[i];
            p.guardrail = guard(
                &p.priceFen, PricingEngine::floorOf(sku.costFen, m_policy), ceilingFor(m_partner, sku));
            p.commissionBps = commission[i];
            p.appliedRules = applied[i];
        }
    }
    return out;
}

} // namespace Kepler
