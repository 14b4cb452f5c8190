#pragma once

#include "domain/PricingRule.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace Kepler::Server {

// What activating `candidate` would change (POST /api/v1/pricing/impact): over the pools assigned to
// the partners it reaches (at most PartnersMax partners and SkusMax SKUs, "sampled" when cut), the
// prices with and without it, from two PricingIndexes per partner. The rule is judged as if active now.
// partnersReached / skusReached count everything the sample was cut from (cheap: no pricing).
namespace PricingImpact {
inline constexpr int PartnersMax = 50;
inline constexpr int SkusMax = 5000;
QJsonObject compute(
    const QSqlDatabase &db, const QList<PricingRule> &rules, PricingRule candidate, const QDateTime &now);
} // namespace PricingImpact

} // namespace Kepler::Server
