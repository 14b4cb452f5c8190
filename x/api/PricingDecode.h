#pragma once

#include "ApiJob.h"
#include "PoolTypes.h"
#include "PricingTypes.h"

namespace Kepler::PricingDecode {

// Shared by the pool and pricing jobs: the service's JSON into the console's types; a mismatch
// becomes a Decode error naming the field (for the log).
bool pool(const QJsonObject &json, const ApiJob::Headers &headers, PoolEntry *out, ApiError *error);
bool sku(const QJsonValue &json, CatalogSku *out, ApiError *error);
bool skus(const QJsonValue &array, QList<CatalogSku> *out, ApiError *error);
bool preview(const QJsonObject &json, PoolPreview *out, ApiError *error);
bool rule(const QJsonObject &json, const ApiJob::Headers &headers, PricingRuleEntry *out, ApiError *error);
bool conflict(const QJsonObject &json, PricingConflictEntry *out, ApiError *error);
bool impact(const QJsonObject &json, PricingImpact *out, ApiError *error);
bool explain(const QJsonObject &json, PriceExplainResult *out, ApiError *error);

std::optional<RuleOutcome> ruleOutcomeFromString(const QString &value);
std::optional<Guardrail> guardrailFromString(const QString &value);

// The editable fields of a pool or rule, as a create / update / preview body: the codec's JSON
// without what the service owns (id, version, status, audit fields).
QJsonObject poolBody(const ProductPool &pool);
QJsonObject ruleBody(const PricingRule &rule);

} // namespace Kepler::PricingDecode
