#pragma once

#include <QDateTime>
#include <QSqlDatabase>

namespace Kepler::Server {

// `--demo`: pricing rules an operator team would run (issue 5) — campaign discounts by category,
// pool-wide amounts off, guide commissions, a buy-out markup, a fixed price on a few SKUs, one
// scheduled, one expired, a draft, and a pair that conflicts (same priority, overlapping scope),
// so the pricing page, the explainer and the conflict list have something to show. Windows are
// relative to `now` (the seeding moment).
namespace DemoPricing {
void seed(const QSqlDatabase &db, const QDateTime &now);
} // namespace DemoPricing

} // namespace Kepler::Server
