// The pricing engine (issue 5): every adjustment, rounding in fen, priority ties, exclusive vs
// stackable, windows at their edges, each guardrail, commission for guide partners, the rule
// codec and validator; and the scope index agrees with the plain walk on random catalogs.
#include "domain/PricingConflicts.h"
#include "domain/PricingEngine.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Kepler;

namespace {

const QDateTime kAt(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);

PricingRule rule(
    qint64 id, PriceAdjustment adjustment, qint64 value, int priority = 0, bool exclusive = false)
{
    PricingRule r;
    r.id = id;
    r.name = u"rule %1"_qs.arg(id);
    r.adjustment = adjustment;
    r.value = value;
    r.priority = priority;
    r.exclusive = exclusive;
    r.status = PricingRuleStatus::Active;
    return r;
}

PricedSku sku(qint64 list = 10000, qint64 cost = 5000)
{
    PricedSku s;
    s.id = 7;
    s.cid1 = 1;
    s.cid2 = 12;
    s.cid3 = 123;
    s.brand = 9;
    s.listPriceFen = list;
    s.costFen = cost;
    s.pools = {3};
    return s;
}

PricingPartner partner(PartnerMode mode = PartnerMode::Guide)
{
    return {42, mode};
}

} // namespace

class tst_PricingEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void adjustments_data();
    void adjustments();
    void roundingInFen_data();
    void roundingInFen();
    void priorityTiesWalkByIdAndOrderMatters();
    void exclusiveAppliesAlone();
    void windowsAtTheirEdges_data();
    void windowsAtTheirEdges();
    void guardrails_data();
    void guardrails();
    void commissionForGuidePartnersOnly();
    void scopeDimensions_data();
    void scopeDimensions();
    void indexAgreesWithTheWalk_data();
    void indexAgreesWithTheWalk();
    void conflicts();
    void ruleJsonRoundTrip();
    void ruleValidation_data();
    void ruleValidation();
};

void tst_PricingEngine::adjustments_data()
{
    QTest::addColumn<int>("adjustment");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("guardrail");
    const int guide = int(PartnerMode::Guide), buyout = int(PartnerMode::Buyout);
    QTest::newRow("markup, guide: capped at list")
        << int(PriceAdjustment::PercentMarkup) << qint64(1000) << guide << qint64(10000) << u"ceiling"_qs;
    QTest::newRow("markup, buy-out") << int(PriceAdjustment::PercentMarkup) << qint64(1000) << buyout
                                     << qint64(11000) << u"none"_qs;
    QTest::newRow("discount 15 %") << int(PriceAdjustment::PercentDiscount) << qint64(1500) << guide
                                   << qint64(8500) << u"none"_qs;
    QTest::newRow("amount off") << int(PriceAdjustment::AmountOff) << qint64(1234) << guide << qint64(8766)
                                << u"none"_qs;
    QTest::newRow("fixed price") << int(PriceAdjustment::FixedPrice) << qint64(9000) << guide << qint64(9000)
                                 << u"none"_qs;
    QTest::newRow("commission keeps the price")
        << int(PriceAdjustment::CommissionRate) << qint64(800) << guide << qint64(10000) << u"none"_qs;
}

void tst_PricingEngine::adjustments()
{
    QFETCH(int, adjustment);
    QFETCH(qint64, value);
    QFETCH(int, mode);
    QFETCH(qint64, price);
    QFETCH(QString, guardrail);
    const QList<PricingRule> rules {rule(1, PriceAdjustment(adjustment), value)};
    const PriceExplanation e = PricingEngine::explain(rules, partner(PartnerMode(mode)), sku(), kAt);
    QCOMPARE(e.priceFen, price);
    QCOMPARE(toString(e.guardrail), guardrail);
    QCOMPARE(e.steps.size(), 1);
    QCOMPARE(toString(e.steps.at(0).outcome), toString(RuleOutcome::Applied));
    QCOMPARE(e.listPriceFen, qint64(10000));
    QCOMPARE(e.floorFen, qint64(5250));
}

void tst_PricingEngine::roundingInFen_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("bps");
    QTest::addColumn<qint64>("percent");
    QTest::newRow("exact") << qint64(10000) << qint64(1500) << qint64(1500);
    QTest::newRow("down") << qint64(999) << qint64(333) << qint64(33); // 33.27
    QTest::newRow("half up") << qint64(5) << qint64(1000) << qint64(1); // 0.5
    QTest::newRow("just under half") << qint64(49) << qint64(1000) << qint64(5); // 4.9
    QTest::newRow("zero") << qint64(0) << qint64(5000) << qint64(0);
    QTest::newRow("big") << qint64(100'000'000'00) << qint64(100000) << qint64(100'000'000'000);
}

void tst_PricingEngine::roundingInFen()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, bps);
    QFETCH(qint64, percent);
    QCOMPARE(PricingEngine::percentOf(fen, bps), percent);
}

void tst_PricingEngine::priorityTiesWalkByIdAndOrderMatters()
{
    // Same priority: the lower id first. Amount off then fixed price: the fixed price wins;
    // fixed price then amount off: the amount comes off the fixed price.
    QList<PricingRule> rules {
        rule(1, PriceAdjustment::AmountOff, 500), rule(2, PriceAdjustment::FixedPrice, 9000)};
    QCOMPARE(PricingEngine::explain(rules, partner(), sku(), kAt).priceFen, qint64(9000));
    rules = {rule(2, PriceAdjustment::AmountOff, 500), rule(1, PriceAdjustment::FixedPrice, 9000)};
    const PriceExplanation e = PricingEngine::explain(rules, partner(), sku(), kAt);
    QCOMPARE(e.priceFen, qint64(8500));
    QCOMPARE(e.steps.at(0).ruleId, qint64(1));
    QCOMPARE(e.steps.at(0).priceAfterFen, qint64(9000));
    QCOMPARE(e.steps.at(1).priceBeforeFen, qint64(9000));
    // Higher priority walks first whatever the id.
    rules = {rule(1, PriceAdjustment::AmountOff, 500, 0), rule(2, PriceAdjustment::FixedPrice, 9000, 5)};
    QCOMPARE(PricingEngine::explain(rules, partner(), sku(), kAt).priceFen, qint64(8500));
    // Percentages stack on the list price, not on each other: 10 % + 10 % = 20 % off.
    rules
        = {rule(1, PriceAdjustment::PercentDiscount, 1000), rule(2, PriceAdjustment::PercentDiscount, 1000)};
    QCOMPARE(PricingEngine::explain(rules, partner(), sku(), kAt).priceFen, qint64(8000));
}

void tst_PricingEngine::exclusiveAppliesAlone()
{
    const QList<PricingRule> first {rule(1, PriceAdjustment::PercentDiscount, 2000, 10, true),
        rule(2, PriceAdjustment::AmountOff, 500, 5), rule(3, PriceAdjustment::CommissionRate, 700, 1)};
    PriceExplanation e = PricingEngine::explain(first, partner(), sku(), kAt);
    QCOMPARE(e.priceFen, qint64(8000));
    QCOMPARE(toString(e.steps.at(1).outcome), toString(RuleOutcome::AfterExclusive));
    QCOMPARE(
        toString(e.steps.at(2).outcome), toString(RuleOutcome::Applied)); // commission is not a price rule
    QCOMPARE(e.commissionBps, std::optional<int>(700));
    const QList<PricingRule> late {rule(1, PriceAdjustment::AmountOff, 500, 10),
        rule(2, PriceAdjustment::PercentDiscount, 2000, 5, true)};
    e = PricingEngine::explain(late, partner(), sku(), kAt);
    QCOMPARE(e.priceFen, qint64(9500));
    QCOMPARE(toString(e.steps.at(1).outcome), toString(RuleOutcome::ExclusiveNotAlone));
}

void tst_PricingEngine::windowsAtTheirEdges_data()
{
    QTest::addColumn<QDateTime>("at");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("price");
    const QDateTime from = kAt;
    const QDateTime until = kAt.addDays(7);
    QTest::newRow("1 ms before") << from.addMSecs(-1) << u"scheduled"_qs << qint64(10000);
    QTest::newRow("at the start") << from << u"active"_qs << qint64(9000);
    QTest::newRow("1 ms before the end") << until.addMSecs(-1) << u"active"_qs << qint64(9000);
    QTest::newRow("at the end") << until << u"expired"_qs << qint64(10000);
}

void tst_PricingEngine::windowsAtTheirEdges()
{
    QFETCH(QDateTime, at);
    QFETCH(QString, status);
    QFETCH(qint64, price);
    PricingRule r = rule(1, PriceAdjustment::AmountOff, 1000);
    r.validFrom = kAt;
    r.validUntil = kAt.addDays(7);
    QCOMPARE(toString(r.effectiveStatus(at)), status);
    const PriceExplanation e = PricingEngine::explain({r}, partner(), sku(), at);
    QCOMPARE(e.priceFen, price);
    QCOMPARE(toString(e.steps.at(0).ruleStatus), status);
    QCOMPARE(e.steps.at(0).outcome == RuleOutcome::Applied, status == u"active");
    r.status = PricingRuleStatus::Draft;
    QCOMPARE(PricingEngine::explain({r}, partner(), sku(), at).priceFen, qint64(10000));
    QCOMPARE(toString(r.effectiveStatus(at)), u"draft"_qs);
}

void tst_PricingEngine::guardrails_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<qint64>("cost");
    QTest::addColumn<qint64>("discountBps");
    QTest::addColumn<qint64>("markupBps");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<QString>("guardrail");
    const int guide = int(PartnerMode::Guide), settle = int(PartnerMode::SettleIn),
              buyout = int(PartnerMode::Buyout);
    // list 10000; floor = cost + 5 %
    QTest::newRow("above the floor") << guide << qint64(5000) << qint64(2000) << qint64(0) << qint64(8000)
                                     << u"none"_qs;
    QTest::newRow("raised to the floor")
        << guide << qint64(9000) << qint64(2000) << qint64(0) << qint64(9450) << u"floor"_qs;
    QTest::newRow("exactly the floor") << guide << qint64(7619) << qint64(2000) << qint64(0) << qint64(8000)
                                       << u"none"_qs; // 7619 + 381 = 8000
    QTest::newRow("settle-in capped at list")
        << settle << qint64(5000) << qint64(0) << qint64(3000) << qint64(10000) << u"ceiling"_qs;
    QTest::newRow("buy-out above list")
        << buyout << qint64(5000) << qint64(0) << qint64(3000) << qint64(13000) << u"none"_qs;
    QTest::newRow("buy-out still floored")
        << buyout << qint64(9000) << qint64(5000) << qint64(0) << qint64(9450) << u"floor"_qs;
    QTest::newRow("floor above list")
        << guide << qint64(9800) << qint64(0) << qint64(0) << qint64(10000) << u"floor_above_ceiling"_qs;
    QTest::newRow("buy-out: no list cap, floor wins")
        << buyout << qint64(9800) << qint64(0) << qint64(0) << qint64(10290) << u"floor"_qs;
}

void tst_PricingEngine::guardrails()
{
    QFETCH(int, mode);
    QFETCH(qint64, cost);
    QFETCH(qint64, discountBps);
    QFETCH(qint64, markupBps);
    QFETCH(qint64, price);
    QFETCH(QString, guardrail);
    QList<PricingRule> rules;
    if (discountBps)
        rules.append(rule(1, PriceAdjustment::PercentDiscount, discountBps));
    if (markupBps)
        rules.append(rule(2, PriceAdjustment::PercentMarkup, markupBps));
    const PriceExplanation e
        = PricingEngine::explain(rules, partner(PartnerMode(mode)), sku(10000, cost), kAt);
    QCOMPARE(e.priceFen, price);
    QCOMPARE(toString(e.guardrail), guardrail);
    PricingIndex index(rules, partner(PartnerMode(mode)), kAt);
    QCOMPARE(index.price(sku(10000, cost)).priceFen, price);
    QCOMPARE(toString(index.price(sku(10000, cost)).guardrail), guardrail);
}

void tst_PricingEngine::commissionForGuidePartnersOnly()
{
    const QList<PricingRule> rules {
        rule(1, PriceAdjustment::CommissionRate, 900, 5), rule(2, PriceAdjustment::CommissionRate, 400, 1)};
    PriceExplanation e = PricingEngine::explain(rules, partner(PartnerMode::Guide), sku(), kAt);
    QCOMPARE(e.commissionBps, std::optional<int>(900));
    QCOMPARE(toString(e.steps.at(1).outcome), toString(RuleOutcome::CommissionTaken));
    e = PricingEngine::explain(rules, partner(PartnerMode::SettleIn), sku(), kAt);
    QVERIFY(!e.commissionBps);
    QCOMPARE(toString(e.steps.at(0).outcome), toString(RuleOutcome::CommissionNotGuide));
}

void tst_PricingEngine::scopeDimensions_data()
{
    QTest::addColumn<PricingScope>("scope");
    QTest::addColumn<bool>("matches");
    const auto scope = [](auto set) {
        PricingScope s;
        set(s);
        return s;
    };
    QTest::newRow("empty") << PricingScope {} << true;
    QTest::newRow("partner") << scope([](PricingScope &s) { s.partners = {42}; }) << true;
    QTest::newRow("other partner") << scope([](PricingScope &s) { s.partners = {41, 43}; }) << false;
    QTest::newRow("mode") << scope([](PricingScope &s) { s.modes = {PartnerMode::Guide}; }) << true;
    QTest::newRow("other mode") << scope([](PricingScope &s) { s.modes = {PartnerMode::Buyout}; }) << false;
    QTest::newRow("pool") << scope([](PricingScope &s) { s.pools = {2, 3}; }) << true;
    QTest::newRow("other pool") << scope([](PricingScope &s) { s.pools = {4}; }) << false;
    QTest::newRow("top category") << scope([](PricingScope &s) { s.categories = {1}; }) << true;
    QTest::newRow("leaf category") << scope([](PricingScope &s) { s.categories = {123}; }) << true;
    QTest::newRow("other category") << scope([](PricingScope &s) { s.categories = {2, 13}; }) << false;
    QTest::newRow("brand") << scope([](PricingScope &s) { s.brands = {9}; }) << true;
    QTest::newRow("other brand") << scope([](PricingScope &s) { s.brands = {8}; }) << false;
    QTest::newRow("sku") << scope([](PricingScope &s) { s.skus = {7}; }) << true;
    QTest::newRow("all dimensions") << scope([](PricingScope &s) {
        s.partners = {42};
        s.modes = {PartnerMode::Guide};
        s.pools = {3};
        s.categories = {12};
        s.brands = {9};
        s.skus = {7};
    }) << true;
    QTest::newRow("all but one") << scope([](PricingScope &s) {
        s.partners = {42};
        s.categories = {12};
        s.brands = {8};
    }) << false;
}

void tst_PricingEngine::scopeDimensions()
{
    QFETCH(PricingScope, scope);
    QFETCH(bool, matches);
    QCOMPARE(PricingEngine::scopeMatches(scope, partner(), sku()), matches);
    PricingRule r = rule(1, PriceAdjustment::AmountOff, 100);
    r.scope = scope;
    PricingIndex index({r}, partner(), kAt);
    QCOMPARE(index.price(sku()).priceFen, matches ? qint64(9900) : qint64(10000));
}

void tst_PricingEngine::indexAgreesWithTheWalk_data()
{
    // Every key (SKU, pool, category, brand) times `spread`: close keys take the index's offsets
    // table, keys far apart for their number its hash.
    QTest::addColumn<int>("spread");
    QTest::newRow("dense keys") << 1;
    QTest::newRow("sparse keys") << 100003;
}

void tst_PricingEngine::indexAgreesWithTheWalk()
{
    QFETCH(int, spread);
    QRandomGenerator rng(20261201);
    QList<PricingRule> rules;
    for (int i = 1; i <= 300; ++i) {
        PricingRule r = rule(
            i, allPriceAdjustments().at(int(rng.bounded(5))), 0, int(rng.bounded(5)), rng.bounded(10) == 0);
        r.value = r.adjustment == PriceAdjustment::FixedPrice ? 1000 + rng.bounded(20000)
            : r.adjustment == PriceAdjustment::AmountOff      ? rng.bounded(3000)
                                                              : rng.bounded(3000);
        switch (rng.bounded(6)) {
        case 0:
            r.scope.skus = {spread * (qint64(rng.bounded(500)) + 1), spread * (qint64(rng.bounded(500)) + 1)};
            break;
        case 1:
            r.scope.pools = {spread * (qint64(rng.bounded(8)) + 1)};
            break;
        case 2:
            r.scope.categories = {spread * (int(rng.bounded(3)) + 1), spread * (10 + int(rng.bounded(30)))};
            break;
        case 3:
            r.scope.brands = {spread * (int(rng.bounded(40)) + 1)};
            break;
        default:
            break;
        }
        if (rng.bounded(4) == 0)
            r.scope.partners = {qint64(rng.bounded(3)) + 1};
        if (rng.bounded(4) == 0)
            r.scope.modes = {allPartnerModes().at(int(rng.bounded(3)))};
        if (rng.bounded(5) == 0)
            r.scope.brands.append(spread * (int(rng.bounded(40)) + 1)); // a second dimension to check
        if (rng.bounded(6) == 0)
            r.validFrom = kAt.addDays(int(rng.bounded(5)) - 2);
        if (rng.bounded(6) == 0)
            r.validUntil = kAt.addDays(int(rng.bounded(5)) + 1);
        r.status = rng.bounded(8) == 0 ? PricingRuleStatus::Draft : PricingRuleStatus::Active;
        rules.append(r);
    }
    int compared = 0, changed = 0, guarded = 0;
    for (qint64 p = 1; p <= 3; ++p) {
        for (PartnerMode mode : allPartnerModes()) {
            const PricingPartner who {p, mode};
            for (const QDateTime &at : {kAt, kAt.addDays(-3), kAt.addDays(4)}) {
                PricingIndex index(rules, who, at);
                std::vector<PricedSku> batch;
                std::vector<qint64> expected;
                for (int i = 0; i < 400; ++i) {
                    PricedSku s;
                    s.id = spread * (qint64(rng.bounded(500)) + 1);
                    s.cid1 = spread * (int(rng.bounded(3)) + 1);
                    s.cid2 = spread * (10 + int(rng.bounded(30)));
                    s.cid3 = spread * (100 + int(rng.bounded(300)));
                    s.brand = spread * (int(rng.bounded(40)) + 1);
                    s.listPriceFen = 100 + rng.bounded(50000);
                    s.costFen = s.listPriceFen * qint64(rng.bounded(95)) / 100;
                    for (int k = int(rng.bounded(3)); k > 0; --k)
                        s.pools.append(spread * (qint64(rng.bounded(8)) + 1));
                    const PriceExplanation e = PricingEngine::explain(rules, who, s, at);
                    batch.push_back(s);
                    expected.push_back(e.priceFen);
                    const PricingIndex::Price fast = index.price(s);
                    QCOMPARE(fast.priceFen, e.priceFen);
                    QCOMPARE(toString(fast.guardrail), toString(e.guardrail));
                    QCOMPARE(fast.commissionBps, e.commissionBps.value_or(-1));
                    ++compared;
                    changed += e.priceFen != s.listPriceFen ? 1 : 0;
                    guarded += e.guardrail != Guardrail::None ? 1 : 0;
                }
                // The batched walk gives the same prices.
                const std::vector<PricingIndex::Price> all = index.priceAll(batch);
                QCOMPARE(all.size(), batch.size());
                for (size_t k = 0; k < all.size(); ++k)
                    QCOMPARE(all[k].priceFen, expected[k]);
            }
        }
    }
    QCOMPARE(compared, 3 * 3 * 3 * 400);
    // Not agreement on nothing: most prices moved, and every kind of path was walked.
    QVERIFY2(changed > compared / 2, qPrintable(QString::number(changed)));
    QVERIFY2(guarded > compared / 20, qPrintable(QString::number(guarded)));
}

void tst_PricingEngine::conflicts()
{
    PricingRule a = rule(1, PriceAdjustment::PercentDiscount, 1000, 5);
    a.scope.categories = {3};
    a.scope.modes = {PartnerMode::Guide, PartnerMode::Buyout};
    PricingRule b = rule(2, PriceAdjustment::AmountOff, 500, 5);
    b.scope.categories = {30101}; // a leaf under 3
    b.scope.modes = {PartnerMode::Guide};
    PricingRule c = rule(3, PriceAdjustment::FixedPrice, 900, 5);
    c.scope.brands = {31}; // open categories: overlaps a and b on their categories
    c.validFrom = kAt.addDays(10); // but later...
    PricingRule d = rule(4, PriceAdjustment::AmountOff, 100, 4); // another priority
    PricingRule e = rule(5, PriceAdjustment::CommissionRate, 800, 5); // not a price rule
    PricingRule f = rule(6, PriceAdjustment::AmountOff, 100, 5);
    f.status = PricingRuleStatus::Draft;
    PricingRule g = rule(7, PriceAdjustment::AmountOff, 100, 5);
    g.scope.modes = {PartnerMode::SettleIn}; // no mode in common with a or b
    const auto within = [](int inner, int outer) {
        return inner / 10000 == outer || inner / 100 == outer || inner == outer;
    };
    const QList<PricingRule> rules {a, b, c, d, e, f, g};

    QList<PricingConflict> found = PricingConflicts::find(rules, kAt, within);
    QStringList pairs;
    for (const PricingConflict &x : found)
        pairs << u"%1-%2"_qs.arg(x.firstId).arg(x.secondId);
    // a–b share guide partners and the leaf 30101; c's window starts later but is open-ended, so
    // it overlaps too; g shares nothing in modes with a or b but overlaps c (open everywhere).
    QCOMPARE(pairs, (QStringList {u"1-2"_qs, u"1-3"_qs, u"2-3"_qs, u"3-7"_qs}));
    QCOMPARE(found.at(0).overlap.categories, (QList<int> {30101}));
    QVERIFY(found.at(0).overlap.modes == QList<PartnerMode> {PartnerMode::Guide});
    // Without the tree, 3 and 30101 are just different ids.
    pairs.clear();
    for (const PricingConflict &x : PricingConflicts::find(rules, kAt))
        pairs << u"%1-%2"_qs.arg(x.firstId).arg(x.secondId);
    QCOMPARE(pairs, (QStringList {u"1-3"_qs, u"2-3"_qs, u"3-7"_qs}));
    // Windows that only touch do not overlap: [t, t+1d) and [t+1d, …).
    PricingRule early = a, late = a;
    early.validUntil = kAt.addDays(1);
    late.validFrom = kAt.addDays(1);
    QVERIFY(!PricingConflicts::windowsOverlap(early, late));
    late.validFrom = kAt.addDays(1).addMSecs(-1);
    QVERIFY(PricingConflicts::windowsOverlap(early, late));
    // An expired rule conflicts with nothing.
    b.validUntil = kAt;
    QVERIFY(PricingConflicts::find({a, b}, kAt, within).isEmpty());
}

void tst_PricingEngine::ruleJsonRoundTrip()
{
    PricingRule r = rule(12, PriceAdjustment::PercentDiscount, 1500, 3, true);
    r.scope.partners = {1, 2};
    r.scope.modes = {PartnerMode::Guide, PartnerMode::SettleIn};
    r.scope.categories = {12};
    r.validFrom = kAt;
    r.validUntil = kAt.addDays(3);
    r.version = 4;
    FieldErrors errors;
    const auto back = PricingRule::fromJson(r.toJson(), &errors);
    QVERIFY2(back,
        qPrintable(errors.isEmpty() ? QString() : errors.first().field + u' ' + errors.first().message));
    QCOMPARE(*back, r);
}

void tst_PricingEngine::ruleValidation_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("code");
    const QJsonObject ok {
        {u"name"_qs, u"双11 九折"_qs}, {u"adjustment"_qs, u"percent_discount"_qs}, {u"value"_qs, 1000}};
    const auto with = [&](const QString &key, const QJsonValue &value) {
        QJsonObject o = ok;
        o.insert(key, value);
        return o;
    };
    QTest::newRow("valid") << ok << QString() << QString();
    QTest::newRow("no name") << with(u"name"_qs, u""_qs) << u"name"_qs << u"required"_qs;
    QTest::newRow("unknown adjustment")
        << with(u"adjustment"_qs, u"half_off"_qs) << u"adjustment"_qs << u"invalid_value"_qs;
    QTest::newRow("discount over 100 %") << with(u"value"_qs, 10001) << u"value"_qs << u"out_of_range"_qs;
    QTest::newRow("negative") << with(u"value"_qs, -5) << u"value"_qs << u"out_of_range"_qs;
    QTest::newRow("value as text") << with(u"value"_qs, u"10"_qs) << u"value"_qs << u"wrong_type"_qs;
    QJsonObject backwards = with(u"validFrom"_qs, u"2026-12-02T00:00:00Z"_qs);
    backwards.insert(u"validUntil"_qs, u"2026-12-01T00:00:00Z"_qs);
    QTest::newRow("window backwards") << backwards << u"validUntil"_qs << u"invalid_value"_qs;
    QTest::newRow("bad time") << with(u"validFrom"_qs, u"tomorrow"_qs) << u"validFrom"_qs
                              << u"invalid_value"_qs;
    QTest::newRow("unknown scope key") << with(u"scope"_qs, QJsonObject {{u"regions"_qs, QJsonArray {1}}})
                                       << u"scope.regions"_qs << u"unknown_field"_qs;
    QTest::newRow("scope not numbers") << with(u"scope"_qs, QJsonObject {{u"pools"_qs, QJsonArray {u"a"_qs}}})
                                       << u"scope.pools"_qs << u"invalid_value"_qs;
    QTest::newRow("scope bad mode") << with(
        u"scope"_qs, QJsonObject {{u"modes"_qs, QJsonArray {u"retail"_qs}}})
                                    << u"scope.modes"_qs << u"invalid_value"_qs;
    QTest::newRow("read-only status") << with(u"status"_qs, u"active"_qs) << u"status"_qs << u"read_only"_qs;
    QTest::newRow("stray") << with(u"colour"_qs, u"red"_qs) << u"colour"_qs << u"unknown_field"_qs;
}

void tst_PricingEngine::ruleValidation()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    QFETCH(QString, code);
    PricingRule r;
    const FieldErrors errors = readPricingRule(body, &r);
    if (field.isEmpty()) {
        QVERIFY(errors.isEmpty());
        QCOMPARE(r.name, u"双11 九折"_qs);
        return;
    }
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().field, field);
    QCOMPARE(errors.first().code, code);
    QVERIFY(r.name.isEmpty()); // nothing applied on errors
}

QTEST_GUILESS_MAIN(tst_PricingEngine)
#include "tst_pricing_engine.moc"
