// The dashboards' models fed from answers recorded from a demo platform with simulated traffic
// (tests/models/data/, recorded with kepler-traffic: 30 days of backfill cut short, then live traffic
// with 1 % injected 5xx; the partner files keep 24 or 40 of the series): decoding, the lines the
// charts draw, the burn-down that ends where /slo says, incident markers, the per-partner SLO table
// sorted by worst burn, the partner ranking with its invalid-share flags, and the tail merge of auto
// refresh.
#include "api/MetricsDecode.h"
#include "models/DashboardSeries.h"
#include "models/MetricsTail.h"
#include "models/PartnerRankingModel.h"
#include "models/PartnerSloModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace Kepler;

namespace {

QJsonObject recorded(const QString &name)
{
    QFile f(QStringLiteral(KEPLER_TEST_DATA "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    return QJsonDocument::fromJson(f.readAll()).object();
}

OrderMetrics orders(const QString &name)
{
    OrderMetrics m;
    ApiError error;
    if (!MetricsDecode::orders(recorded(name), &m, &error))
        qFatal("%s does not decode", qPrintable(name));
    return m;
}

AvailabilityMetrics availability(const QString &name)
{
    AvailabilityMetrics m;
    ApiError error;
    if (!MetricsDecode::availability(recorded(name), &m, &error))
        qFatal("%s does not decode", qPrintable(name));
    return m;
}

// Sums of a field over every point of a series of the raw JSON, independent of the decoder.
qint64 rawSum(const QJsonObject &answer, int series, const QString &field)
{
    qint64 sum = 0;
    for (const QJsonValue &p :
        answer.value(u"series"_qs).toArray().at(series).toObject().value(u"points"_qs).toArray())
        sum += p.toObject().value(field).toInteger();
    return sum;
}

} // namespace

class tst_DashboardModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesOrders()
    {
        const QJsonObject raw = recorded(u"orders-all-1h.json"_qs);
        const OrderMetrics m = orders(u"orders-all-1h.json"_qs);
        QCOMPARE(m.step, u"1m"_qs);
        QCOMPARE(m.stepMs, 60'000);
        QCOMPARE(m.series.size(), 1);
        QCOMPARE(m.series.first().key, u"all"_qs);
        QCOMPARE(m.series.first().points.size(), (m.to - m.from) / m.stepMs);
        QCOMPARE(m.series.first().points.first().t, m.from);
        const OrderPoint totals = DashboardSeries::orderTotals(m, m.from, m.to);
        QCOMPARE(totals.orders, rawSum(raw, 0, u"orders"_qs));
        QCOMPARE(totals.gmvFen, rawSum(raw, 0, u"gmvFen"_qs));
        QVERIFY(totals.orders > 100); // the live run placed ~200 orders in this hour
        QVERIFY(totals.validOrders < totals.orders);
    }

    void orderLinesAndValidInvalid()
    {
        const OrderMetrics m = orders(u"orders-all-1h.json"_qs);
        const QList<TimeSeries> gmv = DashboardSeries::orders(m, DashboardSeries::OrderValue::GmvFen);
        QCOMPARE(gmv.size(), 1);
        QCOMPARE(gmv.first().points.size(), m.series.first().points.size());
        const QList<TimeSeries> vi = DashboardSeries::validInvalid(m);
        QCOMPARE(vi.size(), 2);
        double gmvSum = 0;
        for (qsizetype i = 0; i < m.series.first().points.size(); ++i) {
            const OrderPoint &p = m.series.first().points[i];
            QCOMPARE(vi[0].points[i].y() + vi[1].points[i].y(), double(p.orders));
            QCOMPARE(vi[1].points[i].x(), double(p.t));
            gmvSum += gmv.first().points[i].y();
        }
        QCOMPARE(qint64(gmvSum), DashboardSeries::orderTotals(m, m.from, m.to).gmvFen); // fen, exact
    }

    void groupedByModeNamesItsSeries()
    {
        const OrderMetrics m = orders(u"orders-mode-7d.json"_qs);
        QStringList keys;
        for (const auto &s : m.series)
            keys.append(s.key);
        QCOMPARE(keys, (QStringList {u"buyout"_qs, u"guide"_qs, u"settle_in"_qs}));
        const auto lines = DashboardSeries::orders(
            m, DashboardSeries::OrderValue::Orders, [](const QString &k) { return k.toUpper(); });
        QCOMPARE(lines.at(1).name, u"GUIDE"_qs);
        // The others fold into one series that adds up to the whole.
        const OrderMetrics top = DashboardSeries::topSeries(m, {u"guide"_qs}, 1, u"others"_qs);
        QCOMPARE(top.series.size(), 2);
        QCOMPARE(top.series.last().key, u"others"_qs);
        const qint64 all = DashboardSeries::orderTotals(m, m.from, m.to, 0).orders
            + DashboardSeries::orderTotals(m, m.from, m.to, 1).orders
            + DashboardSeries::orderTotals(m, m.from, m.to, 2).orders;
        QCOMPARE(DashboardSeries::orderTotals(top, m.from, m.to, 0).orders
                + DashboardSeries::orderTotals(top, m.from, m.to, 1).orders,
            all);
    }

    void requestLinesLeaveGapsWithoutTraffic()
    {
        const AvailabilityMetrics m = availability(u"availability-service-1h.json"_qs);
        QVERIFY(m.series.size() >= 5); // search, detail, order, status, ping, …
        const auto ratio = DashboardSeries::requests(m, DashboardSeries::RequestValue::SuccessRatio);
        const auto rate = DashboardSeries::requests(m, DashboardSeries::RequestValue::RequestsPerMinute);
        for (qsizetype s = 0; s < m.series.size(); ++s) {
            qsizetype withTraffic = 0;
            for (const RequestPoint &p : m.series[s].points)
                withTraffic += p.total > 0;
            QCOMPARE(ratio[s].points.size(), withTraffic);
            QCOMPARE(rate[s].points.size(), m.series[s].points.size()); // a rate of 0 is a value
            for (const QPointF &p : ratio[s].points)
                QVERIFY(p.y() >= 0 && p.y() <= 1);
        }
        const auto latency = DashboardSeries::latency(m);
        QCOMPARE(latency.size(), 3);
        for (qsizetype i = 0; i < latency[0].points.size(); ++i)
            QVERIFY(latency[0].points[i].y() <= latency[2].points[i].y()); // p50 ≤ p99
    }

    void burnDownEndsWhereTheSloSays()
    {
        const AvailabilityMetrics m = availability(u"availability-all-30d.json"_qs);
        SloReport slo;
        ApiError error;
        QVERIFY(MetricsDecode::slo(recorded(u"slo.json"_qs), &slo, &error));
        QCOMPARE(slo.items.first().service, u"all"_qs);
        const TimeSeries burnDown = DashboardSeries::budgetBurnDown(m, slo.overallTarget);
        QCOMPARE(burnDown.points.size(), (m.to - m.from) / m.stepMs);
        QVERIFY(burnDown.points.size() >= 720);
        QVERIFY(burnDown.points.first().y() <= 1.0);
        // Recorded a second apart with no traffic between: the same 30 days, the same budget.
        QCOMPARE(qRound64(burnDown.points.last().y() * 1e6),
            qRound64(slo.items.first().errorBudgetRemaining * 1e6));
        // A burn-down: what is spent is never given back, and a clean hour spends nothing; an hour
        // with failures spends its share of the whole period's budget.
        qint64 requests = 0;
        for (const RequestPoint &p : m.series.first().points)
            requests += p.total;
        const double allowed = (1 - slo.overallTarget) * double(requests);
        for (qsizetype i = 1; i < burnDown.points.size(); ++i) {
            const RequestPoint &p = m.series.first().points[i];
            const double spent = burnDown.points[i - 1].y() - burnDown.points[i].y();
            QVERIFY(std::abs(spent - double(p.total - p.good) / allowed) < 1e-9);
        }
    }

    void incidentsWhereAlertsFired()
    {
        AvailabilityMetrics m = availability(u"availability-service-1h.json"_qs);
        // The service with the most 5xx in the hour.
        std::sort(m.series.begin(), m.series.end(), [](const auto &a, const auto &b) {
            auto errors = [](const auto &s) {
                qint64 e = 0;
                for (const RequestPoint &p : s.points)
                    e += p.errors;
                return e;
            };
            return errors(a) > errors(b);
        });
        // The live run's 1 % of 5xx on a quiet system burns at ~100×: the workbook pages at once.
        const QList<qint64> starts = DashboardSeries::incidentStarts(m, 0.9999);
        QCOMPARE(starts.size(), 1);
        qint64 firstTraffic = 0;
        for (const RequestPoint &p : m.series.first().points)
            if (p.errors > 0 && firstTraffic == 0)
                firstTraffic = p.t;
        QVERIFY(starts.first() <= firstTraffic);
        // The same minutes without errors: nothing fires.
        for (RequestPoint &p : m.series.first().points) {
            p.good = p.total;
            p.errors = 0;
        }
        QVERIFY(DashboardSeries::incidentStarts(m, 0.9999).isEmpty());
    }

    void partnerSloWorstBurnFirst()
    {
        const AvailabilityMetrics shortRange = availability(u"availability-partner-6h.json"_qs);
        const AvailabilityMetrics longRange = availability(u"availability-partner-30d.json"_qs);
        PartnerSloModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetrics(
            shortRange, longRange, 0.9999, [](const QString &k) -> QString { return u"P"_qs + k; });
        QCOMPARE(model.rowCount(), shortRange.series.size());
        auto severity = [](Slo::AlertState s) {
            return int(s);
        };
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto &a = model.rowAt(r - 1);
            const auto &b = model.rowAt(r);
            QVERIFY(severity(a.alert) >= severity(b.alert));
            if (a.alert == b.alert)
                QVERIFY(a.worstBurn() >= b.worstBurn());
        }
        QVERIFY(model.rowAt(0).alert != Slo::AlertState::Ok); // the recorded partners with 5xx page
        // Row 0 by hand from the raw answers: 6 h burn and 30 d budget.
        const qint64 id = model.rowAt(0).partnerId;
        Slo::Counts sixHours, thirtyDays;
        for (const auto &s : shortRange.series)
            if (s.key.toLongLong() == id)
                for (const RequestPoint &p : s.points)
                    sixHours += {p.good, p.total};
        for (const auto &s : longRange.series)
            if (s.key.toLongLong() == id)
                for (const RequestPoint &p : s.points)
                    thirtyDays += {p.good, p.total};
        QCOMPARE(model.rowAt(0).burn.h6, Slo::burnRate(sixHours, 0.9999));
        QCOMPARE(model.rowAt(0).budgetLeft, Slo::errorBudgetRemaining(thirtyDays, 0.9999));
        QCOMPARE(model.index(0, 0).data().toString(), u"P%1"_qs.arg(id));
        QCOMPARE(
            model.index(0, int(PartnerSloModel::Column::Alert)).data(PartnerSloModel::AlertRole).toString(),
            Slo::alertStateName(model.rowAt(0).alert));
    }

    void rankingAndInvalidShareFlags()
    {
        const OrderMetrics m = orders(u"orders-partner-30d.json"_qs);
        PartnerRankingModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMetrics(m);
        QVERIFY(model.rowCount() > 20);
        // GMV, largest first; the bar of the first row is full.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.rowAt(r - 1).gmvFen >= model.rowAt(r).gmvFen);
        QCOMPARE(model.index(0, int(PartnerRankingModel::Column::Gmv))
                     .data(PartnerRankingModel::BarRole)
                     .toDouble(),
            1.0);
        // Sums equal the raw answer's, per partner.
        const QJsonArray rawSeries = recorded(u"orders-partner-30d.json"_qs).value(u"series"_qs).toArray();
        for (int s = 0; s < rawSeries.size(); ++s) {
            const QString key = rawSeries.at(s).toObject().value(u"key"_qs).toString();
            for (int r = 0; r < model.rowCount(); ++r)
                if (model.rowAt(r).partnerId == key.toLongLong()) {
                    QCOMPARE(model.rowAt(r).orders,
                        rawSum(recorded(u"orders-partner-30d.json"_qs), s, u"orders"_qs));
                    QCOMPARE(model.rowAt(r).gmvFen,
                        rawSum(recorded(u"orders-partner-30d.json"_qs), s, u"gmvFen"_qs));
                }
        }
        // Flags: above the share and with enough orders for the share to mean something.
        model.setThreshold(0.1, 10);
        int flagged = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto &row = model.rowAt(r);
            const bool expected
                = row.orders >= 10 && double(row.orders - row.validOrders) / double(row.orders) > 0.1;
            QCOMPARE(model.isFlagged(row), expected);
            QCOMPARE(model.index(r, 0).data(PartnerRankingModel::FlaggedRole).toBool(), expected);
            flagged += expected;
        }
        QCOMPARE(model.flaggedCount(), flagged);
        QVERIFY(flagged > 0); // partner 74: 3 of 20 invalid
        model.sort(int(PartnerRankingModel::Column::InvalidShare), Qt::DescendingOrder);
        QVERIFY(model.rowAt(0).invalidShare() >= model.rowAt(1).invalidShare());
        model.setTopN(5);
        QCOMPARE(model.rowCount(), 5);
        QVERIFY(model.index(0, int(PartnerRankingModel::Column::Gmv)).data().toString().contains(u'¥'));
    }

    void tailMergeEqualsTheWholeAnswer()
    {
        const OrderMetrics whole = orders(u"orders-all-1h.json"_qs);
        const qsizetype n = whole.series.first().points.size();
        const qsizetype k = n - 5;
        // What the console held before: the points up to k, the last of them still filling.
        OrderMetrics held = whole;
        held.series.first().points = whole.series.first().points.first(k + 1);
        held.series.first().points.last().orders = 0;
        held.to = whole.from + (k + 1) * whole.stepMs;
        const MetricsRequest tailQuestion = MetricsTail::request(MetricsRequest {}, held, whole.to);
        QCOMPARE(tailQuestion.from, whole.series.first().points[k].t);
        QCOMPARE(tailQuestion.step, u"1m"_qs);
        OrderMetrics tail = whole;
        tail.from = tailQuestion.from;
        tail.series.first().points = whole.series.first().points.mid(k);
        // A new partner key in the tail gets zeros before it.
        tail.series.append({u"later"_qs, std::nullopt, QList<OrderPoint>(n - k, OrderPoint {0, 1, 1, 100})});
        QVERIFY(MetricsTail::merge(&held, tail, whole.from));
        QCOMPARE(held.series.first(), whole.series.first());
        QCOMPARE(held.series.last().points.size(), n);
        QCOMPARE(held.series.last().points.first().orders, 0);
        QCOMPARE(held.series.last().points.first().t, whole.from);
        // A sliding range drops what fell out of the front.
        OrderMetrics slid = whole;
        OrderMetrics tail2 = whole;
        tail2.from = whole.series.first().points.last().t;
        tail2.series.first().points = {whole.series.first().points.last()};
        QVERIFY(MetricsTail::merge(&slid, tail2, whole.from + 3 * whole.stepMs));
        QCOMPARE(slid.series.first().points.size(), n - 3);
        QCOMPARE(slid.from, whole.from + 3 * whole.stepMs);
        // Another step cannot continue: the caller reloads.
        tail2.stepMs = 300'000;
        QVERIFY(!MetricsTail::merge(&slid, tail2, whole.from));
    }

    void availabilityTailRecomputesTheSli()
    {
        const AvailabilityMetrics whole = availability(u"availability-service-1h.json"_qs);
        AvailabilityMetrics held = whole;
        const qsizetype n = whole.series.first().points.size();
        for (auto &s : held.series)
            s.points = s.points.first(n - 10);
        held.to = whole.from + (n - 10) * whole.stepMs;
        AvailabilityMetrics tail = whole;
        tail.from = whole.from + (n - 11) * whole.stepMs;
        for (auto &s : tail.series)
            s.points = s.points.mid(n - 11);
        QVERIFY(MetricsTail::merge(&held, tail, whole.from));
        QCOMPARE(held.series, whole.series);
        QCOMPARE(qRound64(*held.sli * 1e9), qRound64(*whole.sli * 1e9));
    }

    void stepForBoundsThePoints()
    {
        QCOMPARE(DashboardSeries::stepFor(3'600'000, 100), u"1m"_qs);
        QCOMPARE(DashboardSeries::stepFor(24 * 3'600'000LL, 32), u"1h"_qs);
        QCOMPARE(DashboardSeries::stepFor(30 * 24 * 3'600'000LL, 32), u"1d"_qs);
        QCOMPARE(DashboardSeries::stepFor(7 * 24 * 3'600'000LL, 700), u"15m"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_DashboardModels)
#include "tst_dashboard_models.moc"
