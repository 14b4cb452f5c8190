#include "PricingAnalysisRoutes.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "PartnerRepository.h"
#include "PoolRepository.h"
#include "PricingImpact.h"
#include "PricingRuleRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Sql.h"
#include "Transaction.h"

#include "domain/CatalogPricing.h"
#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"
#include "domain/Partner.h"
#include "domain/PricingConflicts.h"
#include "domain/PricingEngine.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace Kepler::Server::PricingAnalysisRoutes {
namespace {

QJsonValue optionalFen(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

HttpResponse bad(const QString &field, const QString &message, const QByteArray &requestId)
{
    return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
        .field(field, u"invalid_value"_qs, message)
        .response(requestId);
}

HttpResponse explain(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    bool partnerOk = false, skuOk = false;
    const qint64 partnerId = r.queryValue(u"partner"_qs).toLongLong(&partnerOk);
    const qint64 skuId = r.queryValue(u"sku"_qs).toLongLong(&skuOk);
    if (!partnerOk || partnerId < 1)
        return bad(u"partner"_qs, u"a partner id"_qs, r.requestId);
    if (!skuOk || skuId < 1)
        return bad(u"sku"_qs, u"a SKU id"_qs, r.requestId);
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (const QString text = r.queryValue(u"at"_qs); !text.isEmpty()) {
        at = fromIsoUtc(text);
        if (!at.isValid())
            return bad(u"at"_qs, u"an ISO-8601 time"_qs, r.requestId);
    }
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto partner = PartnerRepository::find(tx.db(), partnerId);
    if (!partner)
        return Problem::notFound(u"The partner"_qs).response(r.requestId);
    const auto sku = CatalogRepository::find(tx.db(), skuId);
    if (!sku)
        return Problem::notFound(u"The SKU"_qs).response(r.requestId);
    const QList<ProductPool> pools = PoolRepository::list(tx.db());
    const QList<PricingRule> rules = PricingRuleRepository::list(tx.db());
    const PricingPolicy policy {PricingRuleRepository::minMarginBps(tx.db())};
    tx.commit();
    const PricedSku p = pricedSku(*sku, pools);
    const PricingPartner who {partner->id, partner->mode};
    const PriceExplanation e = PricingEngine::explain(rules, who, p, at, policy);
    // Whether the gateway would sell it at all: one of the partner's pools must hold it.
    bool sellable = false;
    QJsonArray poolIds;
    for (const ProductPool &pool : pools)
        if (p.pools.contains(pool.id)) {
            poolIds.append(pool.id);
            sellable = sellable || pool.isAssignedTo(partner->id, partner->mode);
        }
    QJsonArray steps;
    for (const PricingStep &s : e.steps)
        steps.append(QJsonObject {{u"ruleId"_qs, s.ruleId}, {u"ruleName"_qs, s.ruleName},
            {u"outcome"_qs, toString(s.outcome)}, {u"ruleStatus"_qs, toString(s.ruleStatus)},
            {u"priceBeforeFen"_qs, s.priceBeforeFen}, {u"priceAfterFen"_qs, s.priceAfterFen}});
    return HttpResponse::json(200,
        QJsonObject {{u"partnerId"_qs, partner->id}, {u"partnerName"_qs, partner->name},
            {u"mode"_qs, toString(partner->mode)}, {u"skuId"_qs, sku->id}, {u"skuName"_qs, sku->name},
            {u"at"_qs, toIsoUtc(at)}, {u"listPriceFen"_qs, e.listPriceFen}, {u"costFen"_qs, e.costFen},
            {u"floorFen"_qs, e.floorFen}, {u"ceilingFen"_qs, optionalFen(e.ceilingFen)},
            {u"beforeGuardrailsFen"_qs, e.beforeGuardrailsFen}, {u"priceFen"_qs, e.priceFen},
            {u"guardrail"_qs, toString(e.guardrail)},
            {u"commissionBps"_qs, e.commissionBps ? QJsonValue(*e.commissionBps) : QJsonValue()},
            {u"minMarginBps"_qs, policy.minMarginBps}, {u"pools"_qs, poolIds}, {u"sellable"_qs, sellable},
            {u"steps"_qs, steps}});
}

// Category a within category b, from the catalog's tree (child → parent).
PricingConflicts::CategoryRelation categoryTree(const QSqlDatabase &db)
{
    QHash<int, int> parent;
    QSqlQuery q
        = Sql::exec(db, u"SELECT id, parent_id FROM catalog_categories WHERE parent_id IS NOT NULL"_qs);
    while (q.next())
        parent.insert(q.value(0).toInt(), q.value(1).toInt());
    return [parent](int inner, int outer) {
        for (int c = inner; c != 0; c = parent.value(c, 0))
            if (c == outer)
                return true;
        return false;
    };
}

QJsonValue scopeJson(const PricingScope &scope)
{
    PricingRule carrier;
    carrier.scope = scope;
    return carrier.toJson().value(u"scope"_qs);
}

QJsonArray idArray(const QList<qint64> &ids)
{
    QJsonArray out;
    for (qint64 id : ids)
        out.append(id);
    return out;
}

HttpResponse conflicts(RequestContext &ctx)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const QList<PricingRule> rules = PricingRuleRepository::list(tx.db());
    const QList<ProductPool> pools = PoolRepository::list(tx.db());
    const QList<PricingConflict> found = PricingConflicts::find(rules, now, categoryTree(tx.db()));
    QJsonArray items;
    for (const PricingConflict &c : found) {
        // Where they collide: SKUs in both scopes' SKU side, partners in both partner sides.
        QVariantList params;
        QString where = PricingRuleRepository::skuClause(c.overlap, pools, &params);
        const qint64 skuCount
            = Sql::scalar(tx.db(), u"SELECT COUNT(*) FROM catalog_skus WHERE "_qs + where, params);
        QVariantList sampleParams = params;
        sampleParams.append(5);
        QSqlQuery samples = Sql::exec(tx.db(),
            u"SELECT id FROM catalog_skus WHERE "_qs + where + u" ORDER BY id LIMIT ?"_qs, sampleParams);
        QList<qint64> skuSamples;
        while (samples.next())
            skuSamples.append(samples.value(0).toLongLong());
        QStringList partnerWhere {u"status = 'active'"_qs};
        QVariantList partnerParams;
        if (!c.overlap.partners.isEmpty()) {
            QStringList marks;
            for (qint64 id : c.overlap.partners) {
                marks.append(u"?"_qs);
                partnerParams.append(id);
            }
            partnerWhere.append(u"id IN (%1)"_qs.arg(marks.join(u", "_qs)));
        }
        if (!c.overlap.modes.isEmpty()) {
            QStringList marks;
            for (PartnerMode m : c.overlap.modes) {
                marks.append(u"?"_qs);
                partnerParams.append(toString(m));
            }
            partnerWhere.append(u"mode IN (%1)"_qs.arg(marks.join(u", "_qs)));
        }
        const qint64 partnerCount = Sql::scalar(tx.db(),
            u"SELECT COUNT(*) FROM partners WHERE "_qs + partnerWhere.join(u" AND "_qs), partnerParams);
        if (skuCount == 0 || partnerCount == 0)
            continue; // the scopes touch on paper only
        items.append(QJsonObject {{u"firstRuleId"_qs, c.firstId}, {u"secondRuleId"_qs, c.secondId},
            {u"skuCount"_qs, skuCount}, {u"skuSamples"_qs, idArray(skuSamples)},
            {u"partnerCount"_qs, partnerCount}, {u"overlap"_qs, scopeJson(c.overlap)}});
    }
    tx.commit();
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, items}, {u"at"_qs, toIsoUtc(now)}});
}

HttpResponse impact(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto badBody = ctx.readJsonObject(&body))
        return *badBody;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    QList<PricingRule> rules = PricingRuleRepository::list(tx.db());
    PricingRule candidate;
    if (body.contains(u"ruleId"_qs)) {
        JsonFields f(body);
        const auto id = f.integer(u"ruleId"_qs, true, 1, std::numeric_limits<qint64>::max());
        f.rejectUnknown();
        if (!f.ok())
            return Problem::validation(f.errors()).response(requestId);
        const auto found = PricingRuleRepository::find(tx.db(), *id);
        if (!found)
            return Problem::notFound(u"The pricing rule"_qs).response(requestId);
        candidate = *found;
    } else {
        JsonFields f(body);
        const auto draft = f.object(u"rule"_qs, true);
        f.rejectUnknown();
        if (!f.ok())
            return Problem::validation(f.errors()).response(requestId);
        FieldErrors errors = readPricingRule(*draft, &candidate);
        for (FieldError &e : errors)
            e.field = u"rule."_qs + e.field;
        if (!errors.isEmpty())
            return Problem::validation(errors).response(requestId);
        qint64 maxId = 0;
        for (const PricingRule &r : std::as_const(rules))
            maxId = std::max(maxId, r.id);
        candidate.id = maxId + 1; // walks after existing rules of its priority, as a new rule would
    }
    const QJsonObject result = PricingImpact::compute(tx.db(), rules, candidate, now);
    tx.commit();
    return HttpResponse::json(200, result);
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/pricing/explain"_qs, Access::anyUser(), explain);
    router.add("GET", u"/api/v1/pricing/conflicts"_qs, Access::anyUser(), conflicts);
    router.add("POST", u"/api/v1/pricing/impact"_qs, Access::anyUser(), impact);
}

} // namespace Kepler::Server::PricingAnalysisRoutes
