#include "PricingDecode.h"

#include "ApiDecode.h"

#include "domain/JsonFields.h"
#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler::PricingDecode {

namespace {

QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &e : errors)
        parts << e.field + u": "_qs + e.message;
    return parts.join(u"; "_qs);
}

QList<qint64> ids(const QJsonValue &value)
{
    QList<qint64> out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toInteger());
    return out;
}

std::optional<qint64> optionalInteger(const QJsonValue &value)
{
    return value.isDouble() ? std::optional<qint64>(value.toInteger()) : std::nullopt;
}

} // namespace

std::optional<RuleOutcome> ruleOutcomeFromString(const QString &value)
{
    for (RuleOutcome o : {RuleOutcome::Applied, RuleOutcome::NotInEffect, RuleOutcome::AfterExclusive,
             RuleOutcome::ExclusiveNotAlone, RuleOutcome::CommissionNotGuide, RuleOutcome::CommissionTaken})
        if (toString(o) == value)
            return o;
    return std::nullopt;
}

std::optional<Guardrail> guardrailFromString(const QString &value)
{
    for (Guardrail g : {Guardrail::None, Guardrail::Floor, Guardrail::Ceiling, Guardrail::FloorAboveCeiling})
        if (toString(g) == value)
            return g;
    return std::nullopt;
}

bool pool(const QJsonObject &json, const ApiJob::Headers &headers, PoolEntry *out, ApiError *error)
{
    FieldErrors errors;
    const auto p = ProductPool::fromJson(json, &errors);
    if (!p) {
        *error = ApiError::decode(u"pool: "_qs + describe(errors));
        return false;
    }
    out->pool = *p;
    out->pool.version = ApiDecode::versionFrom(headers, p->version);
    out->memberCount = optionalInteger(json.value(u"memberCount"_qs)).value_or(-1);
    return true;
}

bool sku(const QJsonValue &json, CatalogSku *out, ApiError *error)
{
    const auto s = CatalogSku::fromJson(json.toObject());
    if (!s) {
        *error = ApiError::decode(u"a SKU the console cannot read"_qs);
        return false;
    }
    *out = *s;
    return true;
}

bool skus(const QJsonValue &array, QList<CatalogSku> *out, ApiError *error)
{
    out->clear();
    for (const QJsonValue &v : array.toArray()) {
        CatalogSku s;
        if (!sku(v, &s, error))
            return false;
        out->append(s);
    }
    return true;
}

bool preview(const QJsonObject &json, PoolPreview *out, ApiError *error)
{
    if (!json.value(u"after"_qs).isDouble() || !json.value(u"added"_qs).isDouble()) {
        *error = ApiError::decode(u"pool preview without counts"_qs);
        return false;
    }
    out->before = json.value(u"before"_qs).toInteger();
    out->after = json.value(u"after"_qs).toInteger();
    out->added = json.value(u"added"_qs).toInteger();
    out->removed = json.value(u"removed"_qs).toInteger();
    return skus(json.value(u"addedSamples"_qs), &out->addedSamples, error)
        && skus(json.value(u"removedSamples"_qs), &out->removedSamples, error);
}

bool rule(const QJsonObject &json, const ApiJob::Headers &headers, PricingRuleEntry *out, ApiError *error)
{
    QJsonObject stored = json;
    const QString effective = stored.take(u"effectiveStatus"_qs).toString();
    FieldErrors errors;
    const auto r = PricingRule::fromJson(stored, &errors);
    if (!r) {
        *error = ApiError::decode(u"pricing rule: "_qs + describe(errors));
        return false;
    }
    out->rule = *r;
    out->rule.version = ApiDecode::versionFrom(headers, r->version);
    out->effectiveStatus = pricingRuleStatusFromString(effective).value_or(r->status);
    return true;
}

bool conflict(const QJsonObject &json, PricingConflictEntry *out, ApiError *error)
{
    out->firstRuleId = json.value(u"firstRuleId"_qs).toInteger();
    out->secondRuleId = json.value(u"secondRuleId"_qs).toInteger();
    if (out->firstRuleId < 1 || out->secondRuleId < 1) {
        *error = ApiError::decode(u"conflict without its rules"_qs);
        return false;
    }
    out->skuCount = json.value(u"skuCount"_qs).toInteger();
    out->partnerCount = json.value(u"partnerCount"_qs).toInteger();
    out->skuSamples = ids(json.value(u"skuSamples"_qs));
    // The overlap is a scope: read it with the rule codec, on a carrier rule.
    PricingRule carrier;
    carrier.name = u"overlap"_qs;
    carrier.value = 1;
    if (readPricingRule(QJsonObject {{u"name"_qs, carrier.name}, {u"adjustment"_qs, u"amount_off"_qs},
                            {u"value"_qs, 1}, {u"scope"_qs, json.value(u"overlap"_qs)}},
            &carrier)
            .isEmpty())
        out->overlap = carrier.scope;
    return true;
}

bool impact(const QJsonObject &json, PricingImpact *out, ApiError *error)
{
    if (!json.value(u"pairsChanged"_qs).isDouble()) {
        *error = ApiError::decode(u"impact without pairsChanged"_qs);
        return false;
    }
    out->ruleId = json.value(u"ruleId"_qs).toInteger();
    out->partnersConsidered = json.value(u"partnersConsidered"_qs).toInt();
    out->skusConsidered = json.value(u"skusConsidered"_qs).toInt();
    out->sampled = json.value(u"sampled"_qs).toBool();
    out->partnersReached = json.value(u"partnersReached"_qs).toInteger();
    out->skusReached = json.value(u"skusReached"_qs).toInteger();
    out->pairsEvaluated = json.value(u"pairsEvaluated"_qs).toInteger();
    out->pairsChanged = json.value(u"pairsChanged"_qs).toInteger();
    out->skusChanged = json.value(u"skusChanged"_qs).toInteger();
    out->partnersAffected = json.value(u"partnersAffected"_qs).toInteger();
    out->averageMarginBeforeBps = optionalInteger(json.value(u"averageMarginBeforeBps"_qs));
    out->averageMarginAfterBps = optionalInteger(json.value(u"averageMarginAfterBps"_qs));
    out->guardrailStops = json.value(u"guardrailStops"_qs).toInteger();
    out->samples.clear();
    for (const QJsonValue &v : json.value(u"samples"_qs).toArray()) {
        const QJsonObject s = v.toObject();
        out->samples.append({s.value(u"partnerId"_qs).toInteger(), s.value(u"partnerName"_qs).toString(),
            s.value(u"skuId"_qs).toInteger(), s.value(u"listPriceFen"_qs).toInteger(),
            s.value(u"beforeFen"_qs).toInteger(), s.value(u"afterFen"_qs).toInteger(),
            guardrailFromString(s.value(u"guardrail"_qs).toString()).value_or(Guardrail::None)});
    }
    return true;
}

bool explain(const QJsonObject &json, PriceExplainResult *out, ApiError *error)
{
    if (!json.value(u"priceFen"_qs).isDouble() || !json.value(u"steps"_qs).isArray()) {
        *error = ApiError::decode(u"explanation without price or steps"_qs);
        return false;
    }
    out->partnerId = json.value(u"partnerId"_qs).toInteger();
    out->partnerName = json.value(u"partnerName"_qs).toString();
    out->mode = json.value(u"mode"_qs).toString();
    out->skuId = json.value(u"skuId"_qs).toInteger();
    out->skuName = json.value(u"skuName"_qs).toString();
    out->at = fromIsoUtc(json.value(u"at"_qs).toString());
    out->minMarginBps = json.value(u"minMarginBps"_qs).toInt();
    out->pools = ids(json.value(u"pools"_qs));
    out->sellable = json.value(u"sellable"_qs).toBool();
    PriceExplanation &e = out->explanation;
    e.listPriceFen = json.value(u"listPriceFen"_qs).toInteger();
    e.costFen = json.value(u"costFen"_qs).toInteger();
    e.floorFen = json.value(u"floorFen"_qs).toInteger();
    e.ceilingFen = optionalInteger(json.value(u"ceilingFen"_qs));
    e.beforeGuardrailsFen = json.value(u"beforeGuardrailsFen"_qs).toInteger();
    e.priceFen = json.value(u"priceFen"_qs).toInteger();
    e.guardrail = guardrailFromString(json.value(u"guardrail"_qs).toString()).value_or(Guardrail::None);
    const auto commission = optionalInteger(json.value(u"commissionBps"_qs));
    e.commissionBps = commission ? std::optional<int>(int(*commission)) : std::nullopt;
    e.steps.clear();
    for (const QJsonValue &v : json.value(u"steps"_qs).toArray()) {
        const QJsonObject s = v.toObject();
        const auto outcome = ruleOutcomeFromString(s.value(u"outcome"_qs).toString());
        if (!outcome) {
            *error = ApiError::decode(u"explanation step with an unknown outcome"_qs);
            return false;
        }
        e.steps.append({s.value(u"ruleId"_qs).toInteger(), s.value(u"ruleName"_qs).toString(), *outcome,
            pricingRuleStatusFromString(s.value(u"ruleStatus"_qs).toString())
                .value_or(PricingRuleStatus::Active),
            s.value(u"priceBeforeFen"_qs).toInteger(), s.value(u"priceAfterFen"_qs).toInteger()});
    }
    return true;
}

QJsonObject poolBody(const ProductPool &pool)
{
    QJsonObject body = pool.toJson();
    for (const QString &key : {u"id"_qs, u"version"_qs, u"updatedBy"_qs, u"updatedAt"_qs})
        body.remove(key);
    return body;
}

QJsonObject ruleBody(const PricingRule &rule)
{
    QJsonObject body = rule.toJson();
    for (const QString &key : {u"id"_qs, u"version"_qs, u"status"_qs})
        body.remove(key);
    return body;
}

} // namespace Kepler::PricingDecode
