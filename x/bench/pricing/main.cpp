// kepler-bench-pricing: effective prices of 1,000,000 SKUs under 1,000 rules for one partner
// (ARCHITECTURE.md budget: <= 500 ms on one core), ours (PricingIndex: rules indexed by scope)
// against the naive scan that tests every rule against every SKU (PricingEngine::explain's walk
// without the trail), and a check that both give the same prices.
#include "domain/PricingEngine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <cstdio>

using namespace Kepler;

namespace {

constexpr int kSkus = 1'000'000;
constexpr int kRules = 1000;
constexpr int kNaiveSample = 20'000; // the naive scan is timed on a sample and scaled

// A catalog shaped like the demo's: 20 top categories, 200 second level, 2000 leaves, 500 brands,
// 50 pools holding a SKU each now and then.
std::vector<PricedSku> catalog(QRandomGenerator &rng)
{
    std::vector<PricedSku> skus(kSkus);
    for (int i = 0; i < kSkus; ++i) {
        PricedSku &s = skus[size_t(i)];
        s.id = i + 1;
        s.cid3 = 1000 + int(rng.bounded(2000));
        s.cid2 = 100 + (s.cid3 - 1000) / 10;
        s.cid1 = 1 + (s.cid2 - 100) / 10;
        s.brand = 1 + int(rng.bounded(500));
        s.listPriceFen = 500 + rng.bounded(200000);
        s.costFen = s.listPriceFen * (50 + qint64(rng.bounded(45))) / 100;
        if (rng.bounded(4) == 0)
            s.pools.append(1 + rng.bounded(50));
    }
    return skus;
}

// 1000 rules: 40 % by category (any level), 20 % by brand, 15 % by pool, 10 % by SKU list,
// 10 % for every partner of one mode, 5 % for other partners; some windows, some drafts, a few exclusive.
QList<PricingRule> rules(QRandomGenerator &rng, const QDateTime &at)
{
    QList<PricingRule> out;
    for (int i = 1; i <= kRules; ++i) {
        PricingRule r;
        r.id = i;
        r.name = QString::number(i);
        r.status = rng.bounded(10) == 0 ? PricingRuleStatus::Draft : PricingRuleStatus::Active;
        r.priority = int(rng.bounded(10));
        r.exclusive = rng.bounded(20) == 0;
        r.adjustment = allPriceAdjustments().at(int(rng.bounded(4)));
        r.value
            = r.adjustment == PriceAdjustment::FixedPrice ? 1000 + rng.bounded(100000) : rng.bounded(2000);
        const int kind = int(rng.bounded(100));
        if (kind < 40) {
            const int level = int(rng.bounded(3));
            r.scope.categories = {level == 0 ? 1 + int(rng.bounded(20))
                    : level == 1             ? 100 + int(rng.bounded(200))
                                             : 1000 + int(rng.bounded(2000))};
        } else if (kind < 60) {
            r.scope.brands = {1 + int(rng.bounded(500)), 1 + int(rng.bounded(500))};
        } else if (kind < 75) {
            r.scope.pools = {1 + qint64(rng.bounded(50))};
        } else if (kind < 85) {
            for (int k = 0; k < 20; ++k)
                r.scope.skus.append(1 + qint64(rng.bounded(kSkus)));
        } else if (kind < 95) {
            r.scope.modes = {allPartnerModes().at(int(rng.bounded(3)))}; // "all guide partners", ...
        } else {
            r.scope.partners = {2 + qint64(rng.bounded(200))};
        }
        if (rng.bounded(5) == 0)
            r.validUntil = at.addDays(int(rng.bounded(20)) - 10);
        out.append(r);
    }
    return out;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QRandomGenerator rng(20261201);
    const QDateTime at(QDate(2026, 12, 1), QTime(12, 0), Qt::UTC);
    const std::vector<PricedSku> skus = catalog(rng);
    const QList<PricingRule> all = rules(rng, at);
    const PricingPartner partner {1, PartnerMode::Guide};

    QElapsedTimer timer;
    timer.start();
    PricingIndex index(all, partner, at);
    const double buildMs = timer.nsecsElapsed() / 1e6;
    qint64 checksum = 0;
    double bestMs = 1e300;
    for (int round = 0; round < 3; ++round) { // best of three: the machine is shared
        timer.restart();
        qint64 sum = 0;
        for (const PricingIndex::Price &p : index.priceAll(skus))
            sum += p.priceFen;
        bestMs = std::min(bestMs, timer.nsecsElapsed() / 1e6);
        checksum = sum;
    }

    timer.restart();
    int mismatches = 0;
    for (int i = 0; i < kNaiveSample; ++i) {
        const PricedSku &s = skus[size_t(i) * (kSkus / kNaiveSample)];
        const qint64 naive = PricingEngine::explain(all, partner, s, at).priceFen;
        mismatches += naive != index.price(s).priceFen ? 1 : 0;
    }
    const double naiveMs = timer.nsecsElapsed() / 1e6 * (double(kSkus) / kNaiveSample);

    std::printf("effective prices, %d SKUs x %d rules (partner 1, guide), %d rules in effect after the "
                "partner filter\n",
        kSkus, kRules, index.ruleCount());
    std::printf("  index build:            %8.2f ms\n", buildMs);
    std::printf("  ours (scope index):     %8.2f ms (best of 3; checksum %lld)\n", bestMs,
        static_cast<long long>(checksum));
    std::printf("  naive scan (all rules): %8.2f ms (scaled from %d SKUs)\n", naiveMs, kNaiveSample);
    std::printf("  -> %.1fx faster; budget <= 500 ms: %s; naive and ours disagree on %d of %d sampled SKUs\n",
        naiveMs / bestMs, bestMs <= 500 ? "PASS" : "FAIL", mismatches, kNaiveSample);
    return mismatches == 0 ? 0 : 1;
}
