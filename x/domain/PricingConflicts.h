#pragma once

#include "PricingRule.h"

#include <QList>
#include <functional>

namespace Kepler {

// Two rules that may both claim the same price with nothing to order them: both active (stored
// status, not yet expired at `at`), the same priority, overlapping windows and overlapping scopes
// (every dimension either open on one side or sharing a value). The walk would still order them by
// id, but an operator should choose: the console shows these inline, the service lists them.
struct PricingConflict
{
    qint64 firstId = 0; // the lower id
    qint64 secondId = 0;
    PricingScope
        overlap; // per dimension: the shared values, or the one side's values where the other is open
};

namespace PricingConflicts {
// Whether category `inner` lies within `outer` (a cid1 holds its cid3s): the catalog's tree knows;
// without one, only equal ids overlap.
using CategoryRelation = std::function<bool(int inner, int outer)>;

bool scopesOverlap(const PricingScope &a, const PricingScope &b, PricingScope *overlap = nullptr,
    const CategoryRelation &related = {});
bool windowsOverlap(const PricingRule &a, const PricingRule &b);
QList<PricingConflict> find(
    const QList<PricingRule> &rules, const QDateTime &at, const CategoryRelation &related = {});
} // namespace PricingConflicts

} // namespace Kepler
