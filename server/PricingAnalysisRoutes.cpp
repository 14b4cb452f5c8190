#include "PricingAnalysisRoutes.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "PartnerRepository.h"
#include "PoolRepository.h"
#include "PricingRuleRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Sql.h"
#include "Transaction.h"

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

PricedSku priced(const CatalogSku &s, const QList<ProductPool> &pools)
{
    PricedSku p {s.id, s.cid1, s.cid2, s.cid3, s.brandId, s.listPriceFen, s.costFen, {}};
    for (const ProductPool &pool : pools)
        if (pool.contains(s))
            p.pools.append(pool.id);
    return p;
}

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
    const PricedSku p = priced(*sku, pools);
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
        QJsonObject {{u"partnerId"_qs, partner->id}, {u"mode"_qs, toString(partner->mode)},
            {u"skuId"_qs, sku->id}, {u"skuName"_qs, sku->name}, {u"at"_qs, toIsoUtc(at)},
            {u"listPriceFen"_qs, e.listPriceFen}, {u"costFen"_qs, e.costFen}, {u"floorFen"_qs, e.floorFen},
            {u"ceilingFen"_qs, optionalFen(e.ceilingFen)}, {u"beforeGuardrailsFen"_qs, e.beforeGuardrailsFen},
            {u"priceFen"_qs, e.priceFen}, {u"guardrail"_qs, toString(e.guardrail)},
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
    QList<PricingRule> without = rules;
    without.removeIf([&](const PricingRule &r) { return r.id == candidate.id; });
    candidate.status = PricingRuleStatus::Active;
    if (!candidate.inEffect(now))
        candidate.validFrom = QDateTime(); // judge it as if in effect: the question is "what would it do"
    if (!candidate.inEffect(now))
        candidate.validUntil = QDateTime();
    QList<PricingRule> with = without;
    with.append(candidate);
    const PricingPolicy policy {PricingRuleRepository::minMarginBps(tx.db())};
    const QList<ProductPool> pools = PoolRepository::list(tx.db());

    // The partners the rule can reach, and over the pools assigned to them the SKUs it can touch.
    QList<Partner> partners;
    {
        QSqlQuery q = Sql::exec(tx.db(), u"SELECT id FROM partners WHERE status = 'active' ORDER BY id"_qs);
        while (q.next() && partners.size() < ImpactPartnersMax)
            if (const auto p = PartnerRepository::find(tx.db(), q.value(0).toLongLong()); p
                && (candidate.scope.partners.isEmpty() || candidate.scope.partners.contains(p->id))
                && (candidate.scope.modes.isEmpty() || candidate.scope.modes.contains(p->mode)))
                partners.append(*p);
    }
    QList<ProductPool> reached;
    for (const ProductPool &pool : pools)
        for (const Partner &p : std::as_const(partners))
            if (pool.isAssignedTo(p.id, p.mode)
                && (candidate.scope.pools.isEmpty() || candidate.scope.pools.contains(pool.id))) {
                reached.append(pool);
                break;
            }
    QList<CatalogSku> skus;
    bool sampled = false;
    if (!reached.isEmpty()) {
        QVariantList params;
        QStringList members;
        for (const ProductPool &pool : std::as_const(reached))
            members.append(u'(' + PoolRepository::memberClause(pool, &params) + u')');
        const QString where = u"("_qs + members.join(u" OR "_qs) + u") AND "_qs
            + PricingRuleRepository::skuClause(candidate.scope, pools, &params);
        params.append(ImpactSkusMax + 1);
        QSqlQuery q = Sql::exec(
            tx.db(), u"SELECT id FROM catalog_skus WHERE "_qs + where + u" ORDER BY id LIMIT ?"_qs, params);
        while (q.next())
            if (const auto s = CatalogRepository::find(tx.db(), q.value(0).toLongLong()))
                skus.append(*s);
        sampled = skus.size() > ImpactSkusMax;
        if (sampled)
            skus.removeLast();
    }
    tx.commit();

    qint64 pairs = 0, changedPairs = 0, guardrailStops = 0;
    double marginBefore = 0, marginAfter = 0; // summed bps over the changed pairs
    QSet<qint64> changedSkus, affectedPartners;
    QJsonArray samples;
    QList<PricedSku> pricedSkus;
    for (const CatalogSku &s : std::as_const(skus))
        pricedSkus.append(priced(s, pools));
    for (const Partner &p : std::as_const(partners)) {
        const PricingPartner who {p.id, p.mode};
        const PricingIndex before(without, who, now, policy);
        const PricingIndex after(with, who, now, policy);
        for (const PricedSku &s : std::as_const(pricedSkus)) {
            // Only what this partner sells: one of its pools must hold the SKU.
            const bool sells = std::any_of(s.pools.cbegin(), s.pools.cend(), [&](qint64 id) {
                return std::any_of(reached.cbegin(), reached.cend(), [&](const ProductPool &pool) {
                    return pool.id == id && pool.isAssignedTo(p.id, p.mode);
                });
            });
            if (!sells)
                continue;
            ++pairs;
            const PricingIndex::Price b = before.price(s);
            const PricingIndex::Price a = after.price(s);
            if (a.priceFen == b.priceFen && a.commissionBps == b.commissionBps && a.guardrail == b.guardrail)
                continue;
            ++changedPairs;
            changedSkus.insert(s.id);
            affectedPartners.insert(p.id);
            const auto marginBps = [&](qint64 price) {
                return price > 0 ? 10000.0 * double(price - s.costFen) / double(price) : 0.0;
            };
            marginBefore += marginBps(b.priceFen);
            marginAfter += marginBps(a.priceFen);
            if (a.guardrail != Guardrail::None && a.guardrail != b.guardrail)
                ++guardrailStops;
            if (samples.size() < 10)
                samples.append(QJsonObject {{u"partnerId"_qs, p.id}, {u"partnerName"_qs, p.name},
                    {u"skuId"_qs, s.id}, {u"listPriceFen"_qs, s.listPriceFen}, {u"beforeFen"_qs, b.priceFen},
                    {u"afterFen"_qs, a.priceFen}, {u"guardrail"_qs, toString(a.guardrail)}});
        }
    }
    const auto average = [&](double sum) {
        return changedPairs ? QJsonValue(qRound64(sum / double(changedPairs))) : QJsonValue();
    };
    return HttpResponse::json(200,
        QJsonObject {{u"ruleId"_qs, candidate.id}, {u"partnersConsidered"_qs, partners.size()},
            {u"skusConsidered"_qs, skus.size()},
            {u"sampled"_qs, sampled || partners.size() >= ImpactPartnersMax}, {u"pairsEvaluated"_qs, pairs},
            {u"pairsChanged"_qs, changedPairs}, {u"skusChanged"_qs, changedSkus.size()},
            {u"partnersAffected"_qs, affectedPartners.size()},
            {u"averageMarginBeforeBps"_qs, average(marginBefore)},
            {u"averageMarginAfterBps"_qs, average(marginAfter)}, {u"guardrailStops"_qs, guardrailStops},
            {u"samples"_qs, samples}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/pricing/explain"_qs, Access::anyUser(), explain);
    router.add("GET", u"/api/v1/pricing/conflicts"_qs, Access::anyUser(), conflicts);
    router.add("POST", u"/api/v1/pricing/impact"_qs, Access::anyUser(), impact);
}

} // namespace Kepler::Server::PricingAnalysisRoutes
