// SLO arithmetic, latency percentiles and the metrics time axis against hand-computed tables
// (docs/gateway.md "Metrics"). Each expected figure below was worked out by hand; the comment on
// the row shows the working.
#include "domain/LatencyHistogram.h"
#include "domain/MetricsRange.h"
#include "domain/SloMath.h"

#include <QDateTime>
#include <QTest>
#include <QUrlQuery>

using namespace Kepler;

struct Segment
{
    int minutes;
    qint64 total; // per minute
    qint64 good; // per minute
};
using Segments = QList<Segment>;
using Buckets = QList<qint64>;
Q_DECLARE_METATYPE(Segments)
Q_DECLARE_METATYPE(Buckets)

class tst_SloMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratios_data();
    void ratios();
    void alertStates_data();
    void alertStates();
    void series_data();
    void series();
    void bucketOf();
    void percentiles_data();
    void percentiles();
    void steps_data();
    void steps();
    void parseTimes();
    void queryErrors();
};

namespace {
QList<Slo::Counts> expand(const Segments &segments)
{
    QList<Slo::Counts> minutes;
    for (const Segment &s : segments)
        for (int i = 0; i < s.minutes; ++i)
            minutes.append({s.good, s.total});
    return minutes;
}

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}
} // namespace

void tst_SloMath::ratios_data()
{
    QTest::addColumn<qint64>("good");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("sli");
    QTest::addColumn<double>("burn");
    QTest::addColumn<double>("budget");
    // burn = (bad/total)/(1-target); budget = 1 - burn.
    QTest::newRow("on budget: 0.1% at 99.9%") << 999LL << 1000LL << 0.999 << 0.999 << 1.0 << 0.0;
    QTest::newRow("5% at 99.9% → 50×") << 950LL << 1000LL << 0.999 << 0.95 << 50.0 << -49.0;
    QTest::newRow("0.2% at 99.9% → 2×") << 998LL << 1000LL << 0.999 << 0.998 << 2.0 << -1.0;
    QTest::newRow("half the budget at 99.99%") << 99995LL << 100000LL << 0.9999 << 0.99995 << 0.5 << 0.5;
    QTest::newRow("per service 99.999%, 1 in 100k")
        << 99999LL << 100000LL << 0.99999 << 0.99999 << 1.0 << 0.0;
    QTest::newRow("no errors") << 500LL << 500LL << 0.9999 << 1.0 << 0.0 << 1.0;
    QTest::newRow("no traffic") << 0LL << 0LL << 0.9999 << 1.0 << 0.0 << 1.0;
}

void tst_SloMath::ratios()
{
    QFETCH(qint64, good);
    QFETCH(qint64, total);
    QFETCH(double, target);
    QFETCH(double, sli);
    QFETCH(double, burn);
    QFETCH(double, budget);
    const Slo::Counts counts {good, total};
    QVERIFY(qAbs(Slo::sli(counts) - sli) < 1e-9);
    QVERIFY2(qAbs(Slo::burnRate(counts, target) - burn) < 1e-6,
        qPrintable(QString::number(Slo::burnRate(counts, target))));
    QVERIFY(qAbs(Slo::errorBudgetRemaining(counts, target) - budget) < 1e-6);
}

void tst_SloMath::alertStates_data()
{
    QTest::addColumn<double>("m5");
    QTest::addColumn<double>("m30");
    QTest::addColumn<double>("h1");
    QTest::addColumn<double>("h6");
    QTest::addColumn<double>("d3");
    QTest::addColumn<QString>("state");
    QTest::newRow("quiet") << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << u"ok"_qs;
    QTest::newRow("fast page") << 14.5 << 0.0 << 14.5 << 0.0 << 0.0 << u"page"_qs;
    QTest::newRow("1h high, 5m at the threshold (not above)")
        << 14.4 << 0.0 << 20.0 << 0.0 << 0.0 << u"ok"_qs;
    QTest::newRow("5m high, 1h at the threshold") << 20.0 << 0.0 << 14.4 << 0.0 << 0.0 << u"ok"_qs;
    QTest::newRow("slow page") << 0.0 << 6.1 << 0.0 << 6.1 << 0.0 << u"page"_qs;
    QTest::newRow("6h high, 30m calm, 3d over") << 0.0 << 5.0 << 0.0 << 6.1 << 2.0 << u"ticket"_qs;
    QTest::newRow("ticket") << 0.0 << 0.0 << 0.0 << 1.5 << 1.5 << u"ticket"_qs;
    QTest::newRow("3d over, 6h exactly 1") << 0.0 << 0.0 << 0.0 << 1.0 << 1.5 << u"ok"_qs;
    QTest::newRow("6h over, 3d under") << 0.0 << 0.0 << 0.0 << 5.0 << 0.9 << u"ok"_qs;
}

void tst_SloMath::alertStates()
{
    QFETCH(double, m5);
    QFETCH(double, m30);
    QFETCH(double, h1);
    QFETCH(double, h6);
    QFETCH(double, d3);
    QFETCH(QString, state);
    QCOMPARE(Slo::alertStateName(Slo::alertState({m5, m30, h1, h6, d3})), state);
}

void tst_SloMath::series_data()
{
    QTest::addColumn<Segments>("segments");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("firstPage"); // minute index, -1 = never
    QTest::addColumn<int>("firstTicket");
    QTest::addColumn<int>("probe"); // a minute whose state is checked
    QTest::addColumn<QString>("probeState");
    QTest::addColumn<QString>("lastState");
    // The case: 5% errors for an hour at 99.9% = 50× everywhere from the first minute
    // (the windows hold only this traffic): page at once, i.e. within 5 minutes.
    QTest::newRow("5% for 1 h at 99.9% (errors start the series)")
        << Segments {{60, 1000, 950}} << 0.999 << 0 << -1 << 4 << u"page"_qs << u"page"_qs;
    // The same hour after 6 h of clean traffic. At error minute k: burn(5m) = 10·min(k,5),
    // burn(1h) = 50k/60 > 14.4 from k = 18; burn(30m) = 50k/30 > 6 from k = 4 but burn(6h) = 50k/360
    // > 6 only from k = 44; burn(3d) = 50k/(360+k) > 1 and burn(6h) > 1 from k = 8. So ticket at
    // k = 8 (index 367), page at k = 18 (index 377): the workbook's 17.3-minute detection time.
    QTest::newRow("5% for 1 h after 6 h clean") << Segments {{360, 1000, 1000}, {60, 1000, 950}} << 0.999
                                                << 377 << 367 << 376 << u"ticket"_qs << u"page"_qs;
    // After the bad hour ends: k clean minutes later burn(5m) = 10·(5-k) drops to 10 at k = 4, but
    // burn(30m) = 50·(30-k)/30 > 6 until k = 26 and burn(6h) = 50·60/(60+k) > 6: page through index
    // 85 (k = 26); at k = 27 (index 86) burn(30m) = 5: ticket (3d and 6h both ≈ 34).
    QTest::newRow("5% for 1 h, then clean") << Segments {{60, 1000, 950}, {60, 1000, 1000}} << 0.999 << 0
                                            << 86 << 85 << u"page"_qs << u"ticket"_qs;
    // The second case: 0.2% for 3 days at 99.9% = 2× everywhere: ticket, never page.
    QTest::newRow("0.2% for 3 days at 99.9%")
        << Segments {{4320, 1000, 998}} << 0.999 << -1 << 0 << 4319 << u"ticket"_qs << u"ticket"_qs;
    // Exactly on budget (burn 1, thresholds are strict): never an alert.
    QTest::newRow("0.1% for 3 days at 99.9%")
        << Segments {{4320, 1000, 999}} << 0.999 << -1 << -1 << 100 << u"ok"_qs << u"ok"_qs;
    // A full outage after a clean day: burn 1000 per bad minute; at k = 1 burn(5m) = 200 and
    // burn(1h) = 1000/60 = 16.7: page in the first minute.
    QTest::newRow("outage after a clean day") << Segments {{1440, 1000, 1000}, {10, 1000, 0}} << 0.999 << 1440
                                              << -1 << 1439 << u"ok"_qs << u"page"_qs;
    // 99.99% overall: 0.05% errors = 5× — ticket, not page (5 < 6).
    QTest::newRow("0.05% for 7 h at 99.99%")
        << Segments {{420, 10000, 9995}} << 0.9999 << -1 << 0 << 419 << u"ticket"_qs << u"ticket"_qs;
}

void tst_SloMath::series()
{
    QFETCH(Segments, segments);
    QFETCH(double, target);
    QFETCH(int, firstPage);
    QFETCH(int, firstTicket);
    QFETCH(int, probe);
    QFETCH(QString, probeState);
    QFETCH(QString, lastState);
    const QList<Slo::Counts> minutes = expand(segments);
    const QList<Slo::AlertState> states = Slo::evaluatePerMinute(minutes, target);
    QCOMPARE(states.size(), minutes.size());
    QCOMPARE(int(states.indexOf(Slo::AlertState::Page)), firstPage);
    QCOMPARE(int(states.indexOf(Slo::AlertState::Ticket)), firstTicket);
    QCOMPARE(Slo::alertStateName(states.at(probe)), probeState);
    QCOMPARE(Slo::alertStateName(states.constLast()), lastState);
    if (QByteArray(QTest::currentDataTag()).startsWith("5% for 1 h at")) {
        const Slo::BurnRates r = Slo::burnRatesAt(minutes, 59, target);
        QVERIFY(qAbs(r.h1 - 50) < 1e-9 && qAbs(r.m5 - 50) < 1e-9);
    }
}

void tst_SloMath::bucketOf()
{
    using namespace LatencyHistogram;
    QCOMPARE(LatencyHistogram::bucketOf(0), 0);
    QCOMPARE(LatencyHistogram::bucketOf(1000), 0); // a bound belongs to its bucket
    QCOMPARE(LatencyHistogram::bucketOf(1001), 1);
    QCOMPARE(LatencyHistogram::bucketOf(7000), 3); // 5–10 ms
    QCOMPARE(LatencyHistogram::bucketOf(5'000'000), BucketCount - 2);
    QCOMPARE(LatencyHistogram::bucketOf(5'000'001), BucketCount - 1);
    QCOMPARE(LatencyHistogram::bucketOf(3'600'000'000LL), BucketCount - 1);
}

void tst_SloMath::percentiles_data()
{
    QTest::addColumn<Buckets>("counts"); // by bucket index; missing = 0
    QTest::addColumn<double>("p50");
    QTest::addColumn<double>("p95");
    QTest::addColumn<double>("p99");
    QTest::newRow("empty") << Buckets {} << 0.0 << 0.0 << 0.0;
    // 100 in 0–1 ms: rank q·100 → q ms.
    QTest::newRow("all under 1 ms") << Buckets {100} << 0.5 << 0.95 << 0.99;
    // 100 in 2–5 ms: 2 + q·3.
    QTest::newRow("all in 2–5 ms") << Buckets {0, 0, 100} << 3.5 << 4.85 << 4.97;
    // 50 in 0–1, 50 in 5–10: p50 = the top of bucket 0 (rank 50 of 50) = 1; p95 = 5 + (45/50)·5 = 9.5;
    // p99 = 5 + (49/50)·5 = 9.9.
    QTest::newRow("two humps") << Buckets {50, 0, 0, 50} << 1.0 << 9.5 << 9.9;
    // 90 in 10–25 ms, 10 in 250–500 ms: p50 = 10 + (50/90)·15; p95 = 250 + (5/10)·250; p99 = 250 + 0.9·250.
    QTest::newRow("tail") << Buckets {0, 0, 0, 0, 90, 0, 0, 0, 10} << 10 + 50.0 / 90 * 15 << 375.0 << 475.0;
    // Beyond 5 s there is no upper bound: the answer is "at least 5000 ms".
    QTest::newRow("over 5 s") << Buckets {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10} << 5000.0 << 5000.0
                              << 5000.0;
}

void tst_SloMath::percentiles()
{
    QFETCH(Buckets, counts);
    QFETCH(double, p50);
    QFETCH(double, p95);
    QFETCH(double, p99);
    LatencyHistogram::Counts c {};
    for (qsizetype i = 0; i < counts.size(); ++i)
        c[size_t(i)] = counts[i];
    QVERIFY2(qAbs(LatencyHistogram::percentileMs(c, 0.50) - p50) < 1e-9,
        qPrintable(QString::number(LatencyHistogram::percentileMs(c, 0.50))));
    QVERIFY(qAbs(LatencyHistogram::percentileMs(c, 0.95) - p95) < 1e-9);
    QVERIFY(qAbs(LatencyHistogram::percentileMs(c, 0.99) - p99) < 1e-9);
}

void tst_SloMath::steps_data()
{
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QString>("step"); // asked; empty = let the server choose
    QTest::addColumn<int>("minuteDaysKept");
    QTest::addColumn<QString>("chosen"); // empty = refused
    QTest::addColumn<int>("points");
    QTest::addColumn<qint64>("alignedFrom");
    const qint64 t0 = utc("2026-11-11T00:00:00Z");
    using MetricsRange::DayMs;
    using MetricsRange::HourMs;
    QTest::newRow("1 h → 1m") << t0 << t0 + HourMs << QString() << 7 << u"1m"_qs << 60 << t0;
    QTest::newRow("24 h → 1m (1440 ≤ 1500)") << t0 << t0 + DayMs << QString() << 7 << u"1m"_qs << 1440 << t0;
    QTest::newRow("26 h → 5m") << t0 << t0 + 26 * HourMs << QString() << 7 << u"5m"_qs << 312 << t0;
    QTest::newRow("7 d → 15m") << t0 << t0 + 7 * DayMs << QString() << 7 << u"15m"_qs << 672 << t0;
    QTest::newRow("30 d → 1h") << t0 << t0 + 30 * DayMs << QString() << 7 << u"1h"_qs << 720 << t0;
    QTest::newRow("400 d → 1d (6h would be 1600)")
        << t0 << t0 + 400 * DayMs << QString() << 7 << u"1d"_qs << 401 << utc("2026-11-10T16:00:00Z");
    QTest::newRow("5 years → refused") << t0 << t0 + 1826 * DayMs << QString() << 7 << QString() << 0 << 0LL;
    QTest::newRow("1m asked over 2 d → refused")
        << t0 << t0 + 2 * DayMs << u"1m"_qs << 7 << QString() << 0 << 0LL;
    QTest::newRow("1h asked over 2 d") << t0 << t0 + 2 * DayMs << u"1h"_qs << 7 << u"1h"_qs << 48 << t0;
    // Minute rows kept for 1 day only: a 3-day range starting before that reads hourly rows.
    QTest::newRow("minutes purged → 1h") << t0 << t0 + 3 * DayMs << QString() << 1 << u"1h"_qs << 72 << t0;
    QTest::newRow("5m asked, minutes purged → refused")
        << t0 << t0 + 3 * DayMs << u"5m"_qs << 1 << QString() << 0 << 0LL;
    // 1d points are Beijing days (16:00 UTC); 6h points start at 16/22/04/10 UTC.
    QTest::newRow("1d aligned to Beijing midnight")
        << t0 << t0 + 3 * DayMs << u"1d"_qs << 7 << u"1d"_qs << 4 << utc("2026-11-10T16:00:00Z");
    QTest::newRow("6h aligned to Beijing quarters")
        << t0 + HourMs << t0 + DayMs << u"6h"_qs << 7 << u"6h"_qs << 5 << utc("2026-11-10T22:00:00Z");
    QTest::newRow("a partial minute gets its point")
        << t0 + 30'000 << t0 + 90'000 << QString() << 7 << u"1m"_qs << 2 << t0;
}

void tst_SloMath::steps()
{
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QString, step);
    QFETCH(int, minuteDaysKept);
    QFETCH(QString, chosen);
    QFETCH(int, points);
    QFETCH(qint64, alignedFrom);
    // "now" is the end of the range; retention counts back from it (hourly rows: 90 days).
    const MetricsRange::Retention retention {
        to - minuteDaysKept * MetricsRange::DayMs, to - 90 * MetricsRange::DayMs};
    qint64 stepMs = 0;
    for (const auto &s : MetricsRange::Steps)
        if (step == QLatin1StringView(s.name))
            stepMs = s.ms;
    FieldErrors errors;
    const auto axis = MetricsRange::resolve(from, to, stepMs, retention, &errors);
    if (chosen.isEmpty()) {
        QVERIFY(!axis);
        QCOMPARE(errors.size(), 1);
        QVERIFY(!errors.first().message.isEmpty());
        return;
    }
    QVERIFY2(axis, errors.isEmpty() ? "" : qPrintable(errors.first().message));
    QCOMPARE(MetricsRange::stepName(axis->stepMs), chosen);
    QCOMPARE(axis->points, points);
    QCOMPARE(MetricsRange::formatTime(axis->from), MetricsRange::formatTime(alignedFrom));
    QCOMPARE(axis->to, axis->from + axis->points * axis->stepMs);
    QVERIFY(axis->to >= to);
    QVERIFY(axis->points <= MetricsRange::MaxPoints);
}

void tst_SloMath::parseTimes()
{
    const qint64 t = utc("2026-11-11T00:00:00Z");
    QCOMPARE(MetricsRange::parseTime(u"2026-11-11T00:00:00Z"_qs), t);
    QCOMPARE(MetricsRange::parseTime(u"2026-11-11T08:00:00+08:00"_qs), t);
    QCOMPARE(MetricsRange::parseTime(u"2026-11-11T00:00:00.250Z"_qs), t + 250);
    QCOMPARE(MetricsRange::parseTime(QString::number(t)), t);
    QVERIFY(!MetricsRange::parseTime(u"2026-11-11T00:00:00"_qs)); // no zone
    QVERIFY(!MetricsRange::parseTime(u"yesterday"_qs));
    QCOMPARE(MetricsRange::formatTime(t), u"2026-11-11T00:00:00.000Z"_qs);
}

void tst_SloMath::queryErrors()
{
    const qint64 now = utc("2026-11-11T12:00:00Z");
    const MetricsRange::Retention kept {now - 7 * MetricsRange::DayMs, now - 90 * MetricsRange::DayMs};
    FieldErrors errors;
    auto axis = MetricsRange::resolve(QUrlQuery(), now, kept, &errors);
    QVERIFY(axis); // the last 24 h
    QCOMPARE(axis->stepMs, MetricsRange::MinuteMs);
    QCOMPARE(axis->to, now);
    QCOMPARE(axis->points, 1440);

    errors.clear();
    QVERIFY(!MetricsRange::resolve(QUrlQuery(u"step=2m"_qs), now, kept, &errors));
    QCOMPARE(errors.first().field, u"step"_qs);
    errors.clear();
    QVERIFY(!MetricsRange::resolve(QUrlQuery(u"from=soon"_qs), now, kept, &errors));
    QCOMPARE(errors.first().field, u"from"_qs);
    errors.clear();
    QVERIFY(!MetricsRange::resolve(
        QUrlQuery(u"from=2026-11-11T10:00:00Z&to=2026-11-11T09:00:00Z"_qs), now, kept, &errors));
    QCOMPARE(errors.first().field, u"from"_qs);
}

QTEST_APPLESS_MAIN(tst_SloMath)
#include "tst_slo_math.moc"
