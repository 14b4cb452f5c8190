// Pricing over real HTTP (issue 5): rules (draft → active, If-Match, roles, validation, derived
// statuses), the policy, conflicts, impact, and GET /pricing/explain agreeing with the shared
// engine run locally — as the console previews — on 10,000 random (partner, SKU, time) triples.
#include "CreateOnce.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "domain/Partner.h"
#include "domain/PricingEngine.h"
#include "domain/ProductPool.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Kepler;
using namespace Kepler::Test;

class tst_ServerPricing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoRulesInEveryStatus();
    void explainAgreesWithTheLocalEngine();
    void rulesLifecycle();
    void createHonoursIdempotencyKey();
    void policyMovesTheFloor();
    void conflictsNameWhereTheyCollide();
    void impactOfADraft();
    void impactSaysWhatItSampled();

private:
    QList<PricingRule> rules();

    PlatformProcess m_platform;
    HttpClient m_operator, m_manager, m_reviewer;
};

void tst_ServerPricing::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[]
        = {{&m_operator, u"operator"_qs}, {&m_manager, u"manager"_qs}, {&m_reviewer, u"reviewer"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, u"kepler-demo"_qs).status, 201);
    }
}

QList<PricingRule> tst_ServerPricing::rules()
{
    QList<PricingRule> out;
    for (const QJsonValue &v :
        m_manager.get(u"/api/v1/pricing/rules"_qs).object().value(u"items"_qs).toArray()) {
        QJsonObject o = v.toObject();
        o.remove(u"effectiveStatus"_qs);
        FieldErrors errors;
        const auto r = PricingRule::fromJson(o, &errors);
        if (!r)
            qWarning() << "undecodable rule" << o << (errors.isEmpty() ? QString() : errors.first().field);
        else
            out.append(*r);
    }
    return out;
}

void tst_ServerPricing::demoRulesInEveryStatus()
{
    const HttpResult r = m_manager.get(u"/api/v1/pricing/rules"_qs);
    QCOMPARE(r.status, 200);
    QSet<QString> statuses;
    for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
        statuses.insert(v.toObject().value(u"effectiveStatus"_qs).toString());
    QCOMPARE(statuses, (QSet<QString> {u"draft"_qs, u"active"_qs, u"scheduled"_qs, u"expired"_qs}));
    QCOMPARE(rules().size(), r.object().value(u"items"_qs).toArray().size());
    QCOMPARE(
        m_manager.get(u"/api/v1/pricing/rules?status=scheduled"_qs).object().value(u"total"_qs).toInt(), 1);
    QCOMPARE(m_manager.get(u"/api/v1/pricing/rules?status=soon"_qs).status, 400);
}

void tst_ServerPricing::explainAgreesWithTheLocalEngine()
{
    // Everything the console has: rules, pools, the policy, partners and the catalog.
    const QList<PricingRule> all = rules();
    QList<ProductPool> pools;
    for (const QJsonValue &v : m_manager.get(u"/api/v1/pools"_qs).object().value(u"items"_qs).toArray())
        pools.append(*ProductPool::fromJson(v.toObject()));
    const PricingPolicy policy {
        int(m_manager.get(u"/api/v1/pricing/policy"_qs).object().value(u"minMarginBps"_qs).toInt())};
    QList<Partner> partners;
    for (const QJsonValue &v :
        m_manager.get(u"/api/v1/partners?limit=500"_qs).object().value(u"items"_qs).toArray())
        partners.append(*Partner::fromJson(v.toObject()));
    QList<CatalogSku> skus;
    QString cursor;
    do {
        const QJsonObject page = m_manager
                                     .get(u"/api/v1/catalog/skus?onSale=any&limit=500"_qs
                                         + (cursor.isEmpty() ? QString() : u"&cursor="_qs + cursor))
                                     .object();
        for (const QJsonValue &v : page.value(u"items"_qs).toArray())
            skus.append(*CatalogSku::fromJson(v.toObject()));
        cursor = page.value(u"nextCursor"_qs).toString();
    } while (!cursor.isEmpty());
    QVERIFY(skus.size() >= 1000 && partners.size() >= 200 && pools.size() == 5 && all.size() >= 10);

    QRandomGenerator rng(20261201);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int guarded = 0, withSteps = 0, changed = 0;
    for (int i = 0; i < 10000; ++i) {
        // Bias towards the SKUs the demo rules name, so most triples walk some rules.
        const CatalogSku &s = skus.at(int(rng.bounded(int(skus.size()))));
        const Partner &p = partners.at(int(rng.bounded(int(partners.size()))));
        const QDateTime at = now.addSecs(qint64(rng.bounded(40 * 24 * 3600)) - 20 * 24 * 3600).addMSecs(0);
        const QDateTime atSecond = QDateTime::fromSecsSinceEpoch(at.toSecsSinceEpoch(), Qt::UTC);
        PricedSku priced {s.id, s.cid1, s.cid2, s.cid3, s.brandId, s.listPriceFen, s.costFen, {}};
        for (const ProductPool &pool : std::as_const(pools))
            if (pool.contains(s))
                priced.pools.append(pool.id);
        const PriceExplanation local = PricingEngine::explain(all, {p.id, p.mode}, priced, atSecond, policy);
        const HttpResult r
            = m_manager.get(u"/api/v1/pricing/explain?partner=%1&sku=%2&at=%3"_qs.arg(p.id).arg(s.id).arg(
                toIsoUtc(atSecond)));
        QCOMPARE(r.status, 200);
        const QJsonObject e = r.object();
        QCOMPARE(e.value(u"priceFen"_qs).toInteger(), local.priceFen);
        QCOMPARE(e.value(u"guardrail"_qs).toString(), toString(local.guardrail));
        QCOMPARE(e.value(u"commissionBps"_qs).toInt(-1), local.commissionBps.value_or(-1));
        QCOMPARE(e.value(u"floorFen"_qs).toInteger(), local.floorFen);
        const QJsonArray steps = e.value(u"steps"_qs).toArray();
        QCOMPARE(steps.size(), local.steps.size());
        for (qsizetype k = 0; k < steps.size(); ++k) {
            QCOMPARE(steps.at(k).toObject().value(u"ruleId"_qs).toInteger(), local.steps.at(k).ruleId);
            QCOMPARE(
                steps.at(k).toObject().value(u"outcome"_qs).toString(), toString(local.steps.at(k).outcome));
        }
        guarded += local.guardrail != Guardrail::None;
        withSteps += !local.steps.isEmpty();
        changed += local.priceFen != s.listPriceFen;
    }
    // Not agreement on nothing: many triples walked rules, moved the price and hit a guardrail.
    QVERIFY2(withSteps > 3000 && changed > 1000 && guarded > 100,
        qPrintable(u"%1 %2 %3"_qs.arg(withSteps).arg(changed).arg(guarded)));
    QCOMPARE(m_manager.get(u"/api/v1/pricing/explain?partner=1&sku=999999"_qs).status, 404);
    QCOMPARE(m_manager.get(u"/api/v1/pricing/explain?partner=x&sku=1"_qs).status, 400);
    QCOMPARE(m_manager.get(u"/api/v1/pricing/explain?partner=1&sku=1&at=yesterday"_qs).status, 400);
}

// A retried create after a lost answer (same Idempotency-Key, same body) answers the draft the
// first attempt made: one rule, not two; another body under the key is refused.
void tst_ServerPricing::createHonoursIdempotencyKey()
{
    const QJsonObject body {{u"name"_qs, u"幂等 规则"_qs}, {u"adjustment"_qs, u"percent_discount"_qs},
        {u"value"_qs, 300}, {u"scope"_qs, QJsonObject {{u"brands"_qs, QJsonArray {32}}}}};
    QJsonObject other = body;
    other.insert(u"value"_qs, 400);
    qint64 id = 0;
    const QString broken = checkCreateOnce(m_operator, u"/api/v1/pricing/rules"_qs, body, other, &id);
    QVERIFY2(broken.isEmpty(), qPrintable(broken));
    const auto named = [this] {
        int n = 0;
        for (const PricingRule &r : rules())
            n += r.name == u"幂等 规则"_qs;
        return n;
    };
    QCOMPARE(named(), 1);
    QCOMPARE(m_operator.request("POST", u"/api/v1/pricing/rules"_qs, body).status, 201); // no key: a create
    QCOMPARE(named(), 2);
}

void tst_ServerPricing::rulesLifecycle()
{
    const QJsonObject body {{u"name"_qs, u"测试 九五折"_qs}, {u"adjustment"_qs, u"percent_discount"_qs},
        {u"value"_qs, 500}, {u"scope"_qs, QJsonObject {{u"brands"_qs, QJsonArray {31}}}}};
    QCOMPARE(m_reviewer.request("POST", u"/api/v1/pricing/rules"_qs, body).status, 403);
    QCOMPARE(m_manager.request("POST", u"/api/v1/pricing/rules"_qs, body).status, 403);
    QCOMPARE(
        m_operator.request("POST", u"/api/v1/pricing/rules"_qs, QJsonObject {{u"name"_qs, u"x"_qs}}).status,
        422);
    QJsonObject statusSet = body;
    statusSet.insert(u"status"_qs, u"active"_qs);
    QCOMPARE(m_operator.request("POST", u"/api/v1/pricing/rules"_qs, statusSet).status,
        422); // activated on purpose only
    const HttpResult created = m_operator.request("POST", u"/api/v1/pricing/rules"_qs, body);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.object().value(u"status"_qs).toString(), u"draft"_qs);
    const QString path = u"/api/v1/pricing/rules/%1"_qs.arg(created.object().value(u"id"_qs).toInteger());
    QCOMPARE(m_operator.request("PATCH", path, QJsonObject {{u"value"_qs, 600}}).status, 428);
    const HttpResult patched = m_operator.request(
        "PATCH", path, QJsonObject {{u"value"_qs, 600}}, {{"If-Match", created.header("ETag")}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.object().value(u"value"_qs).toInteger(), 600);
    const HttpResult stale = m_operator.request(
        "POST", path + u"/activate"_qs, QJsonObject {}, {{"If-Match", created.header("ETag")}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.object().value(u"updatedBy"_qs).toString(), u"operator"_qs);
    const HttpResult active = m_operator.request(
        "POST", path + u"/activate"_qs, QJsonObject {}, {{"If-Match", patched.header("ETag")}});
    QCOMPARE(active.status, 200);
    QCOMPARE(active.object().value(u"effectiveStatus"_qs).toString(), u"active"_qs);
    const HttpResult windowBackwards = m_operator.request("PATCH", path,
        QJsonObject {
            {u"validFrom"_qs, u"2026-12-02T00:00:00Z"_qs}, {u"validUntil"_qs, u"2026-12-01T00:00:00Z"_qs}},
        {{"If-Match", active.header("ETag")}});
    QCOMPARE(windowBackwards.status, 422);
    const HttpResult draft = m_operator.request(
        "POST", path + u"/deactivate"_qs, QJsonObject {}, {{"If-Match", active.header("ETag")}});
    QCOMPARE(draft.status, 200);
    QCOMPARE(draft.object().value(u"status"_qs).toString(), u"draft"_qs);
    QCOMPARE(m_operator.get(u"/api/v1/pricing/rules/999999"_qs).status, 404);
    const HttpResult audit = m_manager.get(u"/api/v1/audit?action=pricing_rule.&limit=10"_qs);
    QVERIFY(audit.object().value(u"total"_qs).toInt() >= 4);
}

void tst_ServerPricing::policyMovesTheFloor()
{
    QCOMPARE(m_manager.get(u"/api/v1/pricing/policy"_qs).object().value(u"minMarginBps"_qs).toInt(), 500);
    QCOMPARE(
        m_reviewer.request("PATCH", u"/api/v1/pricing/policy"_qs, QJsonObject {{u"minMarginBps"_qs, 800}})
            .status,
        403);
    QCOMPARE(m_manager.request("PATCH", u"/api/v1/pricing/policy"_qs, QJsonObject {{u"minMarginBps"_qs, -1}})
                 .status,
        422);
    QCOMPARE(m_manager.request("PATCH", u"/api/v1/pricing/policy"_qs, QJsonObject {{u"minMarginBps"_qs, 800}})
                 .status,
        200);
    const QJsonObject e = m_manager.get(u"/api/v1/pricing/explain?partner=1&sku=1"_qs).object();
    QCOMPARE(e.value(u"minMarginBps"_qs).toInt(), 800);
    QCOMPARE(e.value(u"floorFen"_qs).toInteger(),
        e.value(u"costFen"_qs).toInteger()
            + PricingEngine::percentOf(e.value(u"costFen"_qs).toInteger(), 800));
    QCOMPARE(m_manager.request("PATCH", u"/api/v1/pricing/policy"_qs, QJsonObject {{u"minMarginBps"_qs, 500}})
                 .status,
        200);
}

void tst_ServerPricing::conflictsNameWhereTheyCollide()
{
    const HttpResult r = m_manager.get(u"/api/v1/pricing/conflicts"_qs);
    QCOMPARE(r.status, 200);
    const QJsonArray items = r.object().value(u"items"_qs).toArray();
    QVERIFY(!items.isEmpty());
    bool demoPair = false;
    for (const QJsonValue &v : items) {
        const QJsonObject c = v.toObject();
        QVERIFY(c.value(u"skuCount"_qs).toInteger() > 0);
        QVERIFY(c.value(u"partnerCount"_qs).toInteger() > 0);
        QVERIFY(!c.value(u"skuSamples"_qs).toArray().isEmpty());
        demoPair = demoPair
            || (c.value(u"firstRuleId"_qs).toInteger() == 1 && c.value(u"secondRuleId"_qs).toInteger() == 2);
    }
    QVERIFY2(demoPair, "the demo's 双11 九折 and 满 200 减 20 share priority 10 and phones");
}

void tst_ServerPricing::impactOfADraft()
{
    const QJsonObject deep {{u"rule"_qs,
        QJsonObject {{u"name"_qs, u"手机 5 折"_qs}, {u"adjustment"_qs, u"percent_discount"_qs},
            {u"value"_qs, 5000}, {u"priority"_qs, 50},
            {u"scope"_qs, QJsonObject {{u"categories"_qs, QJsonArray {1}}}}}}};
    const HttpResult r = m_operator.request("POST", u"/api/v1/pricing/impact"_qs, deep);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.object();
    QVERIFY(o.value(u"pairsChanged"_qs).toInteger() > 0);
    QVERIFY(o.value(u"partnersAffected"_qs).toInt() > 0);
    QVERIFY(o.value(u"skusChanged"_qs).toInt() > 0);
    QVERIFY(
        o.value(u"averageMarginAfterBps"_qs).toInteger() < o.value(u"averageMarginBeforeBps"_qs).toInteger());
    QVERIFY2(
        o.value(u"guardrailStops"_qs).toInteger() > 0, "half price goes below cost + margin for many SKUs");
    QVERIFY(!o.value(u"samples"_qs).toArray().isEmpty());
    // A stored draft by id; bad bodies.
    const HttpResult byId
        = m_operator.request("POST", u"/api/v1/pricing/impact"_qs, QJsonObject {{u"ruleId"_qs, 12}});
    QCOMPARE(byId.status, 200);
    QCOMPARE(
        m_operator.request("POST", u"/api/v1/pricing/impact"_qs, QJsonObject {{u"ruleId"_qs, 99999}}).status,
        404);
    const HttpResult invalid = m_operator.request("POST", u"/api/v1/pricing/impact"_qs,
        QJsonObject {{u"rule"_qs,
            QJsonObject {{u"name"_qs, u"x"_qs}, {u"adjustment"_qs, u"half"_qs}, {u"value"_qs, 1}}}});
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString(),
        u"rule.adjustment"_qs);
}

void tst_ServerPricing::impactSaysWhatItSampled()
{
    // The demo has 240 partners; the impact prices the first 50 the rule reaches, and says of how many.
    qint64 active = 0;
    QList<qint64> twoActive;
    for (const QJsonValue &v :
        m_manager.get(u"/api/v1/partners?limit=500"_qs).object().value(u"items"_qs).toArray()) {
        const Partner p = *Partner::fromJson(v.toObject());
        if (p.status == PartnerStatus::Active) {
            ++active;
            if (twoActive.size() < 2)
                twoActive.append(p.id);
        }
    }
    QVERIFY(active > 50);
    const auto draft = [](const QJsonObject &scope) {
        return QJsonObject {{u"rule"_qs,
            QJsonObject {{u"name"_qs, u"九折"_qs}, {u"adjustment"_qs, u"percent_discount"_qs},
                {u"value"_qs, 1000}, {u"priority"_qs, 50}, {u"scope"_qs, scope}}}};
    };
    const HttpResult all = m_operator.request("POST", u"/api/v1/pricing/impact"_qs, draft({}));
    QCOMPARE(all.status, 200);
    const QJsonObject o = all.object();
    QCOMPARE(o.value(u"partnersConsidered"_qs).toInt(), 50);
    QCOMPARE(o.value(u"partnersReached"_qs).toInteger(), active);
    QVERIFY(o.value(u"sampled"_qs).toBool());
    QVERIFY(o.value(u"partnersAffected"_qs).toInteger() <= 50);
    QVERIFY(o.value(u"skusReached"_qs).toInteger() >= o.value(u"skusConsidered"_qs).toInteger());
    QVERIFY(o.value(u"skusConsidered"_qs).toInt() > 0);
    // Two partners named: all of them priced, nothing sampled on the partners' side.
    const HttpResult two = m_operator.request("POST", u"/api/v1/pricing/impact"_qs,
        draft(QJsonObject {{u"partners"_qs, QJsonArray {twoActive.at(0), twoActive.at(1)}}}));
    QCOMPARE(two.status, 200);
    QCOMPARE(two.object().value(u"partnersReached"_qs).toInteger(), 2);
    QCOMPARE(two.object().value(u"partnersConsidered"_qs).toInt(), 2);
}

QTEST_GUILESS_MAIN(tst_ServerPricing)
#include "tst_server_pricing.moc"
