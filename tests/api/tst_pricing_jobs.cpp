// The pool and pricing jobs against a fake network: the requests they build (paths with and
// without a pool id, If-Match, bodies without the fields the service owns), what they refuse
// before sending, and how they read answers — a preview's counts and samples, a 412 that names
// who saved, an impact, an explanation with its rule trail.
#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ChangePricingRuleStatusJob.h"
#include "api/CreatePoolJob.h"
#include "api/CreatePricingRuleJob.h"
#include "api/CreateRetryKey.h"
#include "api/ExplainPriceJob.h"
#include "api/ListPoolSkusJob.h"
#include "api/ListPoolsJob.h"
#include "api/ListPricingConflictsJob.h"
#include "api/ListPricingRulesJob.h"
#include "api/PreviewPoolJob.h"
#include "api/PricingDecode.h"
#include "api/PricingImpactJob.h"
#include "api/UpdatePoolJob.h"
#include "api/UpdatePricingRuleJob.h"
#include "domain/Partner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

namespace {

ProductPool pool(qint64 id = 3, int version = 4)
{
    ProductPool p;
    p.id = id;
    p.version = version;
    p.name = u"手机数码精选"_qs;
    p.criteria.categories = {1};
    p.criteria.priceMinFen = 9900;
    p.includes = {100005};
    p.modes = {PartnerMode::Guide};
    p.updatedBy = u"operator"_qs;
    p.updatedAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    return p;
}

PricingRule rule(qint64 id = 7, int version = 2)
{
    PricingRule r;
    r.id = id;
    r.version = version;
    r.name = u"双11 手机通讯九折"_qs;
    r.scope.categories = {101};
    r.adjustment = PriceAdjustment::PercentDiscount;
    r.value = 1000;
    r.priority = 10;
    return r;
}

QJsonObject skuJson(qint64 id, qint64 priceFen)
{
    CatalogSku s;
    s.id = id;
    s.name = u"手机 %1"_qs.arg(id);
    s.nameEn = u"Phone %1"_qs.arg(id);
    s.cid1 = 1;
    s.cid2 = 101;
    s.cid3 = 10101;
    s.brandId = 11;
    s.listPriceFen = priceFen;
    s.costFen = priceFen / 2;
    s.stock = 5;
    return s.toJson();
}

} // namespace

class TestPricingJobs : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

    template<typename Job> ApiError failureOf(Job *job)
    {
        QSignalSpy failed(job, &ApiJob::failed);
        job->start();
        if (!failed.wait(5000))
            return {};
        return failed.first().first().template value<ApiError>();
    }

    QJsonObject sentBody(int i = 0) const
    {
        return QJsonDocument::fromJson(m_nam->requests().at(i).body).object();
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_session = new ApiSession(m_nam, this);
        m_session->setBaseUrl(QUrl(u"http://kepler.test"_qs));
        m_session->setToken(u"token"_qs);
    }

    void cleanup()
    {
        delete m_session;
        delete m_nam;
    }

    void listPoolsReadsMemberCounts()
    {
        QJsonObject p = pool().toJson();
        p.insert(u"memberCount"_qs, 1234);
        m_nam->addRoute("GET", u"^/api/v1/pools$"_qs,
            FakeResponse::json(200, {{u"items"_qs, QJsonArray {p}}, {u"nextCursor"_qs, QJsonValue::Null}}));
        auto *job = new ListPoolsJob(m_session);
        QSignalSpy done(job, &ListPoolsJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto pools = done.first().first().value<QList<PoolEntry>>();
        QCOMPARE(pools.size(), 1);
        QCOMPARE(pools.first().pool, pool());
        QCOMPARE(pools.first().memberCount, 1234);
    }

    void previewOfASavedPoolUsesItsId()
    {
        const QJsonObject answer {{u"before"_qs, 1000}, {u"after"_qs, 1078}, {u"added"_qs, 123},
            {u"removed"_qs, 45}, {u"addedSamples"_qs, QJsonArray {skuJson(100001, 199900)}},
            {u"removedSamples"_qs, QJsonArray {skuJson(100002, 9900)}}};
        m_nam->addRoute("POST", u"^/api/v1/pools/3:preview$"_qs, FakeResponse::json(200, answer));
        auto *job = new PreviewPoolJob(m_session, pool());
        QVERIFY(job->isIdempotent()); // nothing is written: safe to retry
        QSignalSpy done(job, &PreviewPoolJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto preview = done.first().first().value<PoolPreview>();
        QCOMPARE(preview.added, 123);
        QCOMPARE(preview.removed, 45);
        QCOMPARE(preview.after, 1078);
        QCOMPARE(preview.addedSamples.first().listPriceFen, 199900);
        QCOMPARE(preview.removedSamples.first().id, 100002);
        // The body is what a PATCH would send: no id, version or audit fields.
        const QJsonObject body = sentBody();
        QCOMPARE(body.value(u"name"_qs).toString(), pool().name);
        QVERIFY(!body.contains(u"id"_qs));
        QVERIFY(!body.contains(u"version"_qs));
        QVERIFY(!body.contains(u"updatedBy"_qs));
        QCOMPARE(body.value(u"criteria"_qs).toObject().value(u"priceMinFen"_qs).toInteger(), 9900);
    }

    void previewOfANewPoolNeedsNoIdNorName()
    {
        m_nam->addRoute("POST", u"^/api/v1/pools:preview$"_qs,
            FakeResponse::json(200,
                {{u"before"_qs, 0}, {u"after"_qs, 80}, {u"added"_qs, 80}, {u"removed"_qs, 0},
                    {u"addedSamples"_qs, QJsonArray {}}, {u"removedSamples"_qs, QJsonArray {}}}));
        ProductPool fresh = pool(0, 1);
        fresh.name.clear();
        auto *job = new PreviewPoolJob(m_session, fresh);
        QCOMPARE(job->path(), u"/api/v1/pools:preview"_qs);
        QSignalSpy done(job, &PreviewPoolJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QVERIFY(!sentBody().contains(u"name"_qs));
        QCOMPARE(done.first().first().value<PoolPreview>().after, 80);
    }

    void previewRefusesAnSkuBothIncludedAndExcluded()
    {
        ProductPool p = pool();
        p.excludes = p.includes;
        QVERIFY(!PreviewPoolJob(m_session, p).inputErrors().isEmpty());
        QVERIFY(failureOf(new PreviewPoolJob(m_session, p)).kind == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void updatePoolSendsIfMatchAndNamesWhoSavedOn412()
    {
        ProductPool theirs = pool(3, 5);
        theirs.updatedBy = u"operator2"_qs;
        QJsonObject current = theirs.toJson();
        current.insert(u"memberCount"_qs, 999);
        m_nam->addRoute("PATCH", u"^/api/v1/pools/3$"_qs,
            FakeResponse::problem(412, u"version_conflict"_qs, {{u"current"_qs, current}}));
        auto *job = new UpdatePoolJob(m_session, pool());
        QVERIFY(!job->isIdempotent());
        const ApiError error = failureOf(job);
        QCOMPARE(m_nam->requests().size(), 1); // never retried
        QCOMPARE(m_nam->requests().first().header("If-Match"), QByteArray("\"4\""));
        QVERIFY2(error.message().contains(u"operator2"_qs), qPrintable(error.message()));
        const auto saved = UpdatePoolJob::currentPool(error);
        QVERIFY(saved);
        QCOMPARE(saved->pool.version, 5);
        QCOMPARE(saved->memberCount, 999);
    }

    void createPoolRefusesAMissingName()
    {
        ProductPool p = pool(0, 1);
        p.name.clear();
        QVERIFY(failureOf(new CreatePoolJob(m_session, p)).kind == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    // A create carries an Idempotency-Key (so the base may retry it after a timeout), the one it
    // is given when it repeats a lost attempt. The pages keep that key in a CreateRetryKey: the
    // same draft with no answer yet is the same request; a changed draft or an answer ends it.
    void createsCarryTheKeyOfTheAttemptTheyRepeat()
    {
        CreatePoolJob poolJob(m_session, pool(0, 1), "lost-attempt");
        QCOMPARE(ApiJob::headerValue(poolJob.extraHeaders(), "Idempotency-Key"), QByteArray("lost-attempt"));
        QVERIFY(poolJob.isIdempotent());
        CreatePricingRuleJob ruleJob(m_session, rule(0, 1));
        QCOMPARE(ApiJob::headerValue(ruleJob.extraHeaders(), "Idempotency-Key").size(), 36); // a new UUID
        QVERIFY(ruleJob.isIdempotent());

        CreateRetryKey key;
        const QJsonObject draft = PricingDecode::poolBody(pool(0, 1));
        const QByteArray first = key.keyFor(draft);
        key.failed(ApiError::timeout(u"kepler.test"_qs));
        QVERIFY(key.isPending());
        QCOMPARE(key.keyFor(draft), first); // Try again after a lost answer: the same request
        // The first copy still running when the retries ran out: its outcome is not known either.
        const ApiError running = ApiError::fromHttp(409, "application/problem+json",
            R"({"status":409,"code":"idempotency_in_progress","title":"x"})", "r0", "1");
        QVERIFY(running.isOutcomeUnknown());
        key.failed(running);
        QCOMPARE(key.keyFor(draft), first);
        ProductPool changed = pool(0, 1);
        changed.name += u" 2"_qs;
        const QByteArray second = key.keyFor(PricingDecode::poolBody(changed));
        QVERIFY(second != first); // another draft is another request
        key.failed(ApiError::fromHttp(422, "application/problem+json",
            R"({"status":422,"code":"validation_failed","title":"x"})", "r1", {}));
        QVERIFY(!key.isPending()); // answered: nothing was created under it
        QVERIFY(key.keyFor(PricingDecode::poolBody(changed)) != second);
        key.answered();
        QVERIFY(!key.isPending());
    }

    void membersPageByCursor()
    {
        m_nam->addRoute("GET", u"^/api/v1/pools/3/skus$"_qs,
            FakeResponse::json(
                200, {{u"items"_qs, QJsonArray {skuJson(100001, 100)}}, {u"nextCursor"_qs, u"abc"_qs}}));
        auto *job = new ListPoolSkusJob(m_session, 3, u"xyz"_qs, 50);
        QSignalSpy done(job, &ListPoolSkusJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const QUrlQuery sent(m_nam->requests().first().url);
        QCOMPARE(sent.queryItemValue(u"cursor"_qs), u"xyz"_qs);
        QCOMPARE(sent.queryItemValue(u"limit"_qs), u"50"_qs);
        QCOMPARE(done.first().first().value<SkuPage>().nextCursor, u"abc"_qs);
    }

    void rulesKeepTheirEffectiveStatus()
    {
        QJsonObject r = rule().toJson();
        r.insert(u"status"_qs, u"active"_qs);
        r.insert(u"effectiveStatus"_qs, u"scheduled"_qs);
        m_nam->addRoute(
            "GET", u"^/api/v1/pricing/rules$"_qs, FakeResponse::json(200, {{u"items"_qs, QJsonArray {r}}}));
        auto *job = new ListPricingRulesJob(m_session, PricingRuleStatus::Scheduled);
        QSignalSpy done(job, &ListPricingRulesJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(QUrlQuery(m_nam->requests().first().url).queryItemValue(u"status"_qs), u"scheduled"_qs);
        const auto rules = done.first().first().value<QList<PricingRuleEntry>>();
        QCOMPARE(rules.size(), 1);
        QVERIFY(rules.first().rule.status == PricingRuleStatus::Active);
        QVERIFY(rules.first().effectiveStatus == PricingRuleStatus::Scheduled);
        QCOMPARE(rules.first().rule.name, rule().name);
    }

    void createRuleRefusesWhatTheServiceWould()
    {
        PricingRule r = rule(0, 1);
        r.value = 20000; // a 200 % discount
        auto *job = new CreatePricingRuleJob(m_session, r);
        QCOMPARE(job->inputErrors().first().field, u"value"_qs);
        QVERIFY(failureOf(job).kind == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void updateRule412NamesWhoSaved()
    {
        QJsonObject current = rule(7, 3).toJson();
        current.insert(u"effectiveStatus"_qs, u"draft"_qs);
        m_nam->addRoute("PATCH", u"^/api/v1/pricing/rules/7$"_qs,
            FakeResponse::problem(
                412, u"version_conflict"_qs, {{u"current"_qs, current}, {u"updatedBy"_qs, u"admin"_qs}}));
        auto *job = new UpdatePricingRuleJob(m_session, rule());
        const ApiError error = failureOf(job);
        QCOMPARE(m_nam->requests().size(), 1);
        QCOMPARE(m_nam->requests().first().header("If-Match"), QByteArray("\"2\""));
        QVERIFY(!sentBody().contains(u"status"_qs));
        QVERIFY2(error.message().contains(u"admin"_qs), qPrintable(error.message()));
        QCOMPARE(UpdatePricingRuleJob::currentRule(error)->rule.version, 3);
    }

    void activateAndDeactivatePaths()
    {
        QJsonObject answer = rule(7, 3).toJson();
        answer.insert(u"status"_qs, u"active"_qs);
        answer.insert(u"effectiveStatus"_qs, u"active"_qs);
        m_nam->addRoute("POST", u"^/api/v1/pricing/rules/7/(activate|deactivate)$"_qs,
            FakeResponse::json(200, answer, {{"ETag", "\"3\""}}));
        auto *job = new ChangePricingRuleStatusJob(m_session, 7, 2, true);
        QVERIFY(!job->isIdempotent());
        QSignalSpy done(job, &ChangePricingRuleStatusJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(m_nam->requests().first().url.path(), u"/api/v1/pricing/rules/7/activate"_qs);
        QCOMPARE(m_nam->requests().first().header("If-Match"), QByteArray("\"2\""));
        QCOMPARE(done.first().first().value<PricingRuleEntry>().rule.version, 3);
        QCOMPARE(ChangePricingRuleStatusJob(m_session, 7, 3, false).path(),
            u"/api/v1/pricing/rules/7/deactivate"_qs);
    }

    void impactOfAStoredRuleAndOfADraft()
    {
        const QJsonObject answer {{u"ruleId"_qs, 7}, {u"partnersConsidered"_qs, 50},
            {u"skusConsidered"_qs, 5000}, {u"sampled"_qs, true}, {u"partnersReached"_qs, 240},
            {u"skusReached"_qs, 6100}, {u"pairsEvaluated"_qs, 9000}, {u"pairsChanged"_qs, 1234},
            {u"skusChanged"_qs, 300}, {u"partnersAffected"_qs, 12}, {u"averageMarginBeforeBps"_qs, 2500},
            {u"averageMarginAfterBps"_qs, 1800}, {u"guardrailStops"_qs, 4},
            {u"samples"_qs,
                QJsonArray {QJsonObject {{u"partnerId"_qs, 17}, {u"partnerName"_qs, u"今日资讯"_qs},
                    {u"skuId"_qs, 100001}, {u"listPriceFen"_qs, 199900}, {u"beforeFen"_qs, 199900},
                    {u"afterFen"_qs, 179910}, {u"guardrail"_qs, u"floor"_qs}}}}};
        m_nam->addRoute("POST", u"^/api/v1/pricing/impact$"_qs, FakeResponse::json(200, answer));
        auto *job = new PricingImpactJob(m_session, rule());
        QSignalSpy done(job, &PricingImpactJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(sentBody(), (QJsonObject {{u"ruleId"_qs, 7}}));
        const auto impact = done.first().first().value<PricingImpact>();
        QCOMPARE(impact.pairsChanged, 1234);
        QCOMPARE(impact.skusChanged, 300);
        QCOMPARE(impact.partnersAffected, 12);
        QCOMPARE(impact.averageMarginBeforeBps, 2500);
        QCOMPARE(impact.averageMarginAfterBps, 1800);
        QCOMPARE(impact.guardrailStops, 4);
        QVERIFY(impact.sampled);
        QCOMPARE(impact.partnersReached, 240); // what the 50 are a sample of
        QCOMPARE(impact.skusReached, 6100);
        QCOMPARE(impact.samples.first().afterFen, 179910);
        QVERIFY(impact.samples.first().guardrail == Guardrail::Floor);

        auto *draft = new PricingImpactJob(m_session, rule(0, 1));
        QSignalSpy draftDone(draft, &PricingImpactJob::finished);
        QVERIFY(draft->start());
        QVERIFY(draftDone.wait(5000));
        const QJsonObject body = sentBody(1);
        QCOMPARE(body.value(u"rule"_qs).toObject().value(u"value"_qs).toInteger(), 1000);
        QVERIFY(!body.value(u"rule"_qs).toObject().contains(u"id"_qs));
    }

    void explainReadsTheTrail()
    {
        const QJsonObject answer {{u"partnerId"_qs, 17}, {u"mode"_qs, u"guide"_qs}, {u"skuId"_qs, 100001},
            {u"skuName"_qs, u"手机"_qs}, {u"at"_qs, u"2026-12-01T09:00:00.000Z"_qs},
            {u"listPriceFen"_qs, 199900}, {u"costFen"_qs, 150000}, {u"floorFen"_qs, 157500},
            {u"ceilingFen"_qs, 199900}, {u"beforeGuardrailsFen"_qs, 179910}, {u"priceFen"_qs, 179910},
            {u"guardrail"_qs, u"none"_qs}, {u"commissionBps"_qs, 600}, {u"minMarginBps"_qs, 500},
            {u"pools"_qs, QJsonArray {1}}, {u"sellable"_qs, true},
            {u"steps"_qs,
                QJsonArray {QJsonObject {{u"ruleId"_qs, 7}, {u"ruleName"_qs, u"九折"_qs},
                                {u"outcome"_qs, u"applied"_qs}, {u"ruleStatus"_qs, u"active"_qs},
                                {u"priceBeforeFen"_qs, 199900}, {u"priceAfterFen"_qs, 179910}},
                    QJsonObject {{u"ruleId"_qs, 9}, {u"ruleName"_qs, u"草稿"_qs},
                        {u"outcome"_qs, u"not_in_effect"_qs}, {u"ruleStatus"_qs, u"draft"_qs},
                        {u"priceBeforeFen"_qs, 179910}, {u"priceAfterFen"_qs, 179910}}}}};
        m_nam->addRoute("GET", u"^/api/v1/pricing/explain$"_qs, FakeResponse::json(200, answer));
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
        auto *job = new ExplainPriceJob(m_session, 17, 100001, at);
        QSignalSpy done(job, &ExplainPriceJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const QUrlQuery sent(m_nam->requests().first().url);
        QCOMPARE(sent.queryItemValue(u"partner"_qs), u"17"_qs);
        QCOMPARE(sent.queryItemValue(u"sku"_qs), u"100001"_qs);
        QCOMPARE(fromIsoUtc(sent.queryItemValue(u"at"_qs, QUrl::FullyDecoded)), at);
        const auto r = done.first().first().value<PriceExplainResult>();
        QCOMPARE(r.explanation.priceFen, 179910);
        QCOMPARE(r.explanation.ceilingFen, 199900);
        QCOMPARE(r.explanation.commissionBps, 600);
        QVERIFY(r.sellable);
        QCOMPARE(r.explanation.steps.size(), 2);
        QVERIFY(r.explanation.steps.at(1).outcome == RuleOutcome::NotInEffect);
        QVERIFY(r.explanation.steps.at(1).ruleStatus == PricingRuleStatus::Draft);
    }

    void explainRefusesWithoutPartnerOrSku()
    {
        QVERIFY(failureOf(new ExplainPriceJob(m_session, 0, 100001)).kind == ApiError::Kind::Invalid);
        QVERIFY(failureOf(new ExplainPriceJob(m_session, 17, 0)).kind == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void conflictsReadWhereTheyCollide()
    {
        const QJsonObject item {{u"firstRuleId"_qs, 2}, {u"secondRuleId"_qs, 5}, {u"skuCount"_qs, 1234},
            {u"partnerCount"_qs, 80}, {u"skuSamples"_qs, QJsonArray {100001, 100002}},
            {u"overlap"_qs, QJsonObject {{u"categories"_qs, QJsonArray {101}}}}};
        m_nam->addRoute("GET", u"^/api/v1/pricing/conflicts$"_qs,
            FakeResponse::json(200, {{u"items"_qs, QJsonArray {item}}}));
        auto *job = new ListPricingConflictsJob(m_session);
        QSignalSpy done(job, &ListPricingConflictsJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto conflicts = done.first().first().value<QList<PricingConflictEntry>>();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().otherThan(2), 5);
        QCOMPARE(conflicts.first().skuCount, 1234);
        QCOMPARE(conflicts.first().partnerCount, 80);
        QCOMPARE(conflicts.first().overlap.categories, QList<int> {101});
    }
};

QTEST_GUILESS_MAIN(TestPricingJobs)
#include "tst_pricing_jobs.moc"
