#include "PricingImpact.h"

#include "CatalogRepository.h"
#include "PartnerRepository.h"
#include "PoolRepository.h"
#include "PricingRuleRepository.h"
#include "Sql.h"

#include "domain/CatalogPricing.h"
#include "domain/Partner.h"
#include "domain/PricingEngine.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>

namespace Kepler::Server::PricingImpact {
QJsonObject compute(
    const QSqlDatabase &db, const QList<PricingRule> &rules, PricingRule candidate, const QDateTime &now)
{
    QList<PricingRule> without = rules;
    without.removeIf([&](const PricingRule &r) { return r.id == candidate.id; });
    candidate.status = PricingRuleStatus::Active;
    if (!candidate.inEffect(now))
        candidate.validFrom = QDateTime(); // judge it as if in effect: the question is "what would it do"
    if (!candidate.inEffect(now))
        candidate.validUntil = QDateTime();
    QList<PricingRule> with = without;
    with.append(candidate);
    const PricingPolicy policy {PricingRuleRepository::minMarginBps(db)};
    const QList<ProductPool> pools = PoolRepository::list(db);

    // The partners the rule can reach, and over the pools assigned to them the SKUs it can touch.
    // All of them are counted (partnersReached), so a sample can say what it is a sample of.
    QList<Partner> partners;
    qint64 partnersReached = 0;
    {
        QSqlQuery q = Sql::exec(db, u"SELECT id FROM partners WHERE status = 'active' ORDER BY id"_qs);
        while (q.next())
            if (const auto p = PartnerRepository::find(db, q.value(0).toLongLong()); p
                && (candidate.scope.partners.isEmpty() || candidate.scope.partners.contains(p->id))
                && (candidate.scope.modes.isEmpty() || candidate.scope.modes.contains(p->mode))) {
                ++partnersReached;
                if (partners.size() < PartnersMax)
                    partners.append(*p);
            }
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
    qint64 skusReached = 0; // by the first PartnersMax partners' pools
    bool sampled = false;
    if (!reached.isEmpty()) {
        QVariantList params;
        QStringList members;
        for (const ProductPool &pool : std::as_const(reached))
            members.append(u'(' + PoolRepository::memberClause(pool, &params) + u')');
        const QString where = u"("_qs + members.join(u" OR "_qs) + u") AND "_qs
            + PricingRuleRepository::skuClause(candidate.scope, pools, &params);
        QSqlQuery count = Sql::exec(db, u"SELECT COUNT(*) FROM catalog_skus WHERE "_qs + where, params);
        skusReached = count.next() ? count.value(0).toLongLong() : 0;
        params.append(SkusMax + 1);
        QSqlQuery q = Sql::exec(
            db, u"SELECT id FROM catalog_skus WHERE "_qs + where + u" ORDER BY id LIMIT ?"_qs, params);
        while (q.next())
            if (const auto s = CatalogRepository::find(db, q.value(0).toLongLong()))
                skus.append(*s);
        sampled = skus.size() > SkusMax;
        if (sampled)
            skus.removeLast();
    }

    qint64 pairs = 0, changedPairs = 0, guardrailStops = 0;
    double marginBefore = 0, marginAfter = 0; // summed bps over the changed pairs
    QSet<qint64> changedSkus, affectedPartners;
    QJsonArray samples;
    QList<PricedSku> pricedSkus;
    for (const CatalogSku &s : std::as_const(skus))
        pricedSkus.append(pricedSku(s, pools));
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
    return QJsonObject {{u"ruleId"_qs, candidate.id}, {u"partnersConsidered"_qs, partners.size()},
        {u"skusConsidered"_qs, skus.size()}, {u"sampled"_qs, sampled || partnersReached > partners.size()},
        {u"partnersReached"_qs, partnersReached}, {u"skusReached"_qs, skusReached},
        {u"pairsEvaluated"_qs, pairs}, {u"pairsChanged"_qs, changedPairs},
        {u"skusChanged"_qs, changedSkus.size()}, {u"partnersAffected"_qs, affectedPartners.size()},
        {u"averageMarginBeforeBps"_qs, average(marginBefore)},
        {u"averageMarginAfterBps"_qs, average(marginAfter)}, {u"guardrailStops"_qs, guardrailStops},
        {u"samples"_qs, samples}};
}

} // namespace Kepler::Server::PricingImpact
