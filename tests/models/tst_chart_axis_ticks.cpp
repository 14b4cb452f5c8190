// Axis ticks and value texts of the charts: round value steps, clock-aligned local times, dates at
// midnight in the locale's words; money from fen, percentages from ratios, in the user's locale.
#include "models/ChartAxisTicks.h"
#include "models/ChartValueFormat.h"

#include <QDateTime>
#include <QTest>

using namespace Kepler;

class tst_ChartAxisTicks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueTicks_data();
    void valueTicks();
    void timeSteps_data();
    void timeSteps();
    void timeTicksAlignToLocalClock();
    void midnightShowsTheDate();
    void valueTexts();
};

void tst_ChartAxisTicks::valueTicks_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<double>("step");
    QTest::newRow("0..97, 6 ticks: steps of 20") << 0.0 << 97.0 << 0.0 << 100.0 << 20.0;
    QTest::newRow("ratios near 1") << 0.9981 << 0.99995 << 0.998 << 1.0 << 0.0005;
    QTest::newRow("negative") << -13.0 << 42.0 << -20.0 << 50.0 << 10.0;
    QTest::newRow("flat at 5: padded by 10%") << 5.0 << 5.0 << 4.4 << 5.6 << 0.2;
    QTest::newRow("flat at 0") << 0.0 << 0.0 << -1.0 << 1.0 << 0.5;
    QTest::newRow("fen, millions") << 0.0 << 123456789.0 << 0.0 << 125000000.0 << 25000000.0;
}

void tst_ChartAxisTicks::valueTicks()
{
    QFETCH(double, low);
    QFETCH(double, high);
    const ChartAxisTicks::ValueTicks t = ChartAxisTicks::values(low, high, 6);
    QTEST(t.min, "min");
    QTEST(t.step, "step");
    QFETCH(double, max);
    QVERIFY2(qAbs(t.max - max) < 1e-9 * qMax(1.0, max), qPrintable(QString::number(t.max)));
    QVERIFY(t.min <= low && t.max >= high);
    QVERIFY(t.values.size() <= 8);
    QCOMPARE(t.values.first(), t.min);
}

void tst_ChartAxisTicks::timeSteps_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("step");
    const qint64 min = 60'000, hour = 60 * min, day = 24 * hour;
    QTest::newRow("1 h, 12 ticks → 5 min") << hour << 5 * min;
    QTest::newRow("6 h → 30 min") << 6 * hour << 30 * min;
    QTest::newRow("24 h → 2 h") << day << 2 * hour;
    QTest::newRow("7 d → 1 d") << 7 * day << day;
    QTest::newRow("30 d → 7 d") << 30 * day << 7 * day;
}

void tst_ChartAxisTicks::timeSteps()
{
    QFETCH(qint64, span);
    QTEST(ChartAxisTicks::timeStepMs(span, 12), "step");
}

void tst_ChartAxisTicks::timeTicksAlignToLocalClock()
{
    const QDateTime from(QDate(2026, 11, 25), QTime(9, 7, 31));
    const QDateTime to = from.addSecs(6 * 3600);
    const auto ticks
        = ChartAxisTicks::times(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 12, QLocale::c());
    QCOMPARE(ticks.size(), 12); // every 30 min from 09:30 to 15:00
    QCOMPARE(ticks.first().label, u"09:30"_qs);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(ticks.first().ms).time(), QTime(9, 30));
    QCOMPARE(ticks.last().label, u"15:00"_qs);
    for (const auto &t : ticks)
        QVERIFY(t.ms >= from.toMSecsSinceEpoch() && t.ms <= to.toMSecsSinceEpoch());
}

void tst_ChartAxisTicks::midnightShowsTheDate()
{
    const QDateTime from(QDate(2026, 11, 24), QTime(13, 0));
    const QDateTime to(QDate(2026, 11, 25), QTime(13, 0));
    const auto en
        = ChartAxisTicks::times(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 12, QLocale(u"en_US"_qs));
    QStringList labels;
    for (const auto &t : en)
        labels << t.label;
    QCOMPARE(labels,
        QStringList({u"14:00"_qs, u"16:00"_qs, u"18:00"_qs, u"20:00"_qs, u"22:00"_qs, u"Nov 25"_qs,
            u"02:00"_qs, u"04:00"_qs, u"06:00"_qs, u"08:00"_qs, u"10:00"_qs, u"12:00"_qs}));
}

void tst_ChartAxisTicks::valueTexts()
{
    const QLocale en(u"en_US"_qs);
    const QLocale de(u"de_DE"_qs);
    const QLocale zh(u"zh_CN"_qs);
    QCOMPARE(ChartValueFormat::yuanFromFen().text(123456789, en), u"¥1,234,567.89"_qs);
    QCOMPARE(ChartValueFormat::yuanFromFen().text(-150, zh), u"−¥1.50"_qs);
    QCOMPARE(ChartValueFormat::yuanFromFen().axisLabel(500000, 100000, en), u"¥5,000"_qs);
    QCOMPARE(ChartValueFormat::percentOfRatio(2).text(0.99991, en), u"99.99%"_qs);
    QCOMPARE(ChartValueFormat::percentOfRatio(2).axisLabel(0.9995, 0.0005, en), u"99.95%"_qs);
    QCOMPARE(ChartValueFormat::number().text(1234567, de), u"1.234.567"_qs);
    QCOMPARE(ChartValueFormat::number(1).text(12.26, en), u"12.3"_qs);
    QCOMPARE(ChartValueFormat::number().axisLabel(0.25, 0.05, en), u"0.25"_qs);
    const auto custom = ChartValueFormat::custom(
        [](double v, const QLocale &l) -> QString { return l.toString(v) + u" ms"_qs; });
    QCOMPARE(custom.text(12, en), u"12 ms"_qs);
}

QTEST_APPLESS_MAIN(tst_ChartAxisTicks)
#include "tst_chart_axis_ticks.moc"
