#pragma once

#include "domain/PricingRule.h"
#include "domain/ProductPool.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// Pricing rules (pricing_rules) and the platform's pricing settings (platform_settings).
namespace PricingRuleRepository {

qint64 insert(const QSqlDatabase &db, const PricingRule &rule, const QString &actor, const QDateTime &at);
void update(const QSqlDatabase &db, const PricingRule &rule, const QString &actor, const QDateTime &at);
std::optional<PricingRule> find(const QSqlDatabase &db, qint64 id);
QList<PricingRule> list(const QSqlDatabase &db); // by id
QString updatedBy(const QSqlDatabase &db, qint64 id);

int minMarginBps(const QSqlDatabase &db);
void setMinMarginBps(const QSqlDatabase &db, int bps);

// The SKU side of a rule's scope as SQL over catalog_skus (categories at any level, brands, SKU
// ids, pool membership); "1=1" when the rule names none of them.
QString skuClause(const PricingScope &scope, const QList<ProductPool> &pools, QVariantList *params);

} // namespace PricingRuleRepository

} // namespace Kepler::Server
