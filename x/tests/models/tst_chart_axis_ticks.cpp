// Axis ticks and value texts of the charts: round value steps, clock-aligned local times, dates at
// midnight in the locale's words; money from fen, percentages from ratios, in the user's locale.
#include "models/ChartAxisTicks.h"
#include "models/ChartPalette.h"
#include "models/ChartValueFormat.h"

#include <QDateTime>
#include <QTest>

#include <array>
#include <cmath>

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
    void midnightShowsTheDate_data();
    void midnightShowsTheDate();
    void secondsWhereTheStepNeedsThem();
    void crosshairShowsTheMomentAsListsDo();
    void valueTexts();
    void ratioAxisTopsAtTheCeiling_data();
    void ratioAxisTopsAtTheCeiling();
    void paletteIsDistinctAndReadsOnBothThemes();
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
        = ChartAxisTicks::times(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 12, QLocale(u"en_GB"_qs));
    QCOMPARE(ticks.size(), 12); // every 30 min from 09:30 to 15:00
    QCOMPARE(ticks.first().label, u"09:30"_qs);
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(ticks.first().ms).time(), QTime(9, 30));
    QCOMPARE(ticks.last().label, u"15:00"_qs);
    for (const auto &t : ticks)
        QVERIFY(t.ms >= from.toMSecsSinceEpoch() && t.ms <= to.toMSecsSinceEpoch());
}

void tst_ChartAxisTicks::midnightShowsTheDate_data()
{
    // The user's locale, as the console's other dates (DateTimeText): its clock and its own order
    // and words for a month and day — not one format string for every language.
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("labels");
    QTest::newRow("en_US") << u"en_US"_qs
                           << QStringList({u"2:00 PM"_qs, u"4:00 PM"_qs, u"6:00 PM"_qs, u"8:00 PM"_qs,
                                  u"10:00 PM"_qs, u"Nov 25"_qs, u"2:00 AM"_qs, u"4:00 AM"_qs, u"6:00 AM"_qs,
                                  u"8:00 AM"_qs, u"10:00 AM"_qs, u"12:00 PM"_qs});
    QTest::newRow("en_GB") << u"en_GB"_qs
                           << QStringList({u"14:00"_qs, u"16:00"_qs, u"18:00"_qs, u"20:00"_qs, u"22:00"_qs,
                                  u"25 Nov"_qs, u"02:00"_qs, u"04:00"_qs, u"06:00"_qs, u"08:00"_qs,
                                  u"10:00"_qs, u"12:00"_qs});
    QTest::newRow("zh_CN") << u"zh_CN"_qs
                           << QStringList({u"14:00"_qs, u"16:00"_qs, u"18:00"_qs, u"20:00"_qs, u"22:00"_qs,
                                  u"11月25日"_qs, u"02:00"_qs, u"04:00"_qs, u"06:00"_qs, u"08:00"_qs,
                                  u"10:00"_qs, u"12:00"_qs});
}

void tst_ChartAxisTicks::midnightShowsTheDate()
{
    QFETCH(QString, locale);
    const QDateTime from(QDate(2026, 11, 24), QTime(13, 0));
    const QDateTime to(QDate(2026, 11, 25), QTime(13, 0));
    const auto ticks
        = ChartAxisTicks::times(from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch(), 12, QLocale(locale));
    QStringList labels;
    for (const auto &t : ticks)
        labels << t.label;
    QTEST(labels, "labels");
}

void tst_ChartAxisTicks::secondsWhereTheStepNeedsThem()
{
    const QDateTime from(QDate(2026, 11, 25), QTime(14, 0, 0));
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const auto en = ChartAxisTicks::times(fromMs, fromMs + 60'000, 6, QLocale(u"en_US"_qs));
    QVERIFY(en.size() >= 2);
    QCOMPARE(en.at(1).label, u"2:00:10 PM"_qs);
    const auto zh = ChartAxisTicks::times(fromMs, fromMs + 60'000, 6, QLocale(u"zh_CN"_qs));
    QCOMPARE(zh.at(1).label, u"14:00:10"_qs);
}

void tst_ChartAxisTicks::crosshairShowsTheMomentAsListsDo()
{
    const qint64 ms = QDateTime(QDate(2026, 11, 25), QTime(14, 5)).toMSecsSinceEpoch();
    QCOMPARE(ChartAxisTicks::dateTimeText(ms, QLocale(u"zh_CN"_qs)), u"2026/11/25 14:05"_qs);
    QCOMPARE(ChartAxisTicks::dateTimeText(ms, QLocale(u"en_US"_qs)), u"11/25/2026 2:05 PM"_qs);
    QCOMPARE(ChartAxisTicks::dateTimeText(ms + 7000, QLocale(u"en_US"_qs)), u"11/25/2026 2:05:07 PM"_qs);
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

void tst_ChartAxisTicks::ratioAxisTopsAtTheCeiling_data()
{
    QTest::addColumn<double>("low");
    QTest::addColumn<double>("high");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("step");
    QTest::newRow("flat at 100 %: room below, none above") << 1.0 << 1.0 << 0.9 << 0.02;
    QTest::newRow("ratios near 1") << 0.9981 << 0.99995 << 0.998 << 0.0005;
    QTest::newRow("80 % to 100 %") << 0.8 << 1.0 << 0.8 << 0.05;
    QTest::newRow("budget overspent") << -0.57 << 1.0 << -1.0 << 0.5;
    QTest::newRow("budget far overspent") << -19.65 << 1.0 << -20.0 << 5.0;
}

void tst_ChartAxisTicks::ratioAxisTopsAtTheCeiling()
{
    QFETCH(double, low);
    QFETCH(double, high);
    QFETCH(double, min);
    QFETCH(double, step);
    const ChartAxisTicks::ValueTicks t = ChartAxisTicks::values(low, high, 6, 1.0);
    QCOMPARE(t.max, 1.0);
    QVERIFY2(qAbs(t.min - min) < 1e-9, qPrintable(QString::number(t.min)));
    QVERIFY2(qAbs(t.step - step) < 1e-12, qPrintable(QString::number(t.step)));
    QVERIFY(t.min <= low);
    QCOMPARE(t.values.first(), t.min);
    for (double v : t.values)
        QVERIFY2(v <= 1.0 + 1e-12, qPrintable(QString::number(v)));
}

namespace {

double luminance(const QColor &c)
{
    auto lin = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// CIE L*a*b* (D65), for how far apart two colours look (ΔE 1976).
std::array<double, 3> lab(const QColor &c)
{
    auto lin = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    const double r = lin(c.redF()), g = lin(c.greenF()), b = lin(c.blueF());
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) {
        return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116;
    };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

} // namespace

void tst_ChartAxisTicks::paletteIsDistinctAndReadsOnBothThemes()
{
    const QList<QColor> &palette = ChartPalette::colors();
    QVERIFY(palette.size() >= 10);
    const QColor lightBase(Qt::white);
    const QColor darkBase(0x24, 0x24, 0x24); // ThemeManager::darkPalette's Base
    for (const QColor &c : palette) {
        QVERIFY2(contrast(c, lightBase) >= 3.0, qPrintable(c.name()));
        QVERIFY2(contrast(c, darkBase) >= 3.0, qPrintable(c.name()));
    }
    for (qsizetype i = 0; i < palette.size(); ++i)
        for (qsizetype j = i + 1; j < palette.size(); ++j) {
            const auto a = lab(palette[i]);
            const auto b = lab(palette[j]);
            const double dE = std::hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
            QVERIFY2(dE >= 20, qPrintable(palette[i].name() + u" ~ "_qs + palette[j].name()));
        }
    // Past the palette: the same colours, dashed.
    QCOMPARE(ChartPalette::color(palette.size()), palette.first());
    QCOMPARE(ChartPalette::penStyle(0), Qt::SolidLine);
    QCOMPARE(ChartPalette::penStyle(palette.size()), Qt::DashLine);
}

QTEST_APPLESS_MAIN(tst_ChartAxisTicks)
#include "tst_chart_axis_ticks.moc"
