#include "PricingConflicts.h"

#include <algorithm>

namespace Kepler::PricingConflicts {
namespace {

// One dimension: open (empty) on a side matches all of the other side.
template<typename T> bool overlapDimension(const QList<T> &a, const QList<T> &b, QList<T> *shared)
{
    if (a.isEmpty() || b.isEmpty()) {
        *shared = a.isEmpty() ? b : a;
        return true;
    }
    shared->clear();
    for (const T &v : a)
        if (b.contains(v))
            shared->append(v);
    return !shared->isEmpty();
}

} // namespace

bool scopesOverlap(
    const PricingScope &a, const PricingScope &b, PricingScope *overlap, const CategoryRelation &related)
{
    PricingScope o;
    bool ok = overlapDimension(a.partners, b.partners, &o.partners)
        && overlapDimension(a.modes, b.modes, &o.modes) && overlapDimension(a.pools, b.pools, &o.pools)
        && overlapDimension(a.brands, b.brands, &o.brands) && overlapDimension(a.skus, b.skus, &o.skus);
    if (ok && !overlapDimension(a.categories, b.categories, &o.categories)) {
        // No shared id; a category of one may still hold (or lie in) a category of the other.
        if (related)
            for (int x : a.categories)
                for (int y : b.categories) {
                    // The shared part is the deeper category.
                    const int deeper = related(x, y) ? x : related(y, x) ? y : 0;
                    if (deeper != 0 && !o.categories.contains(deeper))
                        o.categories.append(deeper);
                }
        ok = !o.categories.isEmpty();
    }
    if (ok && overlap)
        *overlap = o;
    return ok;
}

bool windowsOverlap(const PricingRule &a, const PricingRule &b)
{
    // [from, until): an invalid bound is open.
    const bool aEndsBeforeB = a.validUntil.isValid() && b.validFrom.isValid() && a.validUntil <= b.validFrom;
    const bool bEndsBeforeA = b.validUntil.isValid() && a.validFrom.isValid() && b.validUntil <= a.validFrom;
    return !aEndsBeforeB && !bEndsBeforeA;
}

QList<PricingConflict> find(
    const QList<PricingRule> &rules, const QDateTime &at, const CategoryRelation &related)
{
    QList<const PricingRule *> live;
    for (const PricingRule &r : rules)
        if (r.status == PricingRuleStatus::Active && r.effectiveStatus(at) != PricingRuleStatus::Expired)
            live.append(&r);
    std::sort(
        live.begin(), live.end(), [](const PricingRule *a, const PricingRule *b) { return a->id < b->id; });
    QList<PricingConflict> out;
    for (qsizetype i = 0; i < live.size(); ++i)
        for (qsizetype j = i + 1; j < live.size(); ++j) {
            const PricingRule &a = *live.at(i);
            const PricingRule &b = *live.at(j);
            // Commission rules and price rules never compete for the same thing.
            if (a.priority != b.priority || a.changesPrice() != b.changesPrice() || !windowsOverlap(a, b))
                continue;
            PricingConflict c {a.id, b.id, {}};
            if (scopesOverlap(a.scope, b.scope, &c.overlap, related))
                out.append(c);
        }
    return out;
}

} // namespace Kepler::PricingConflicts
