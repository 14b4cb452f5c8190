// The time range picker's presets mapped to (from, to) at a pinned "now", the auto-refresh
// intervals, and the names kept in settings.
#include "models/TimeRangePreset.h"

#include <QTest>
#include <QTimeZone>

using namespace Kepler;
using Preset = TimeRangePreset::Preset;
using Refresh = TimeRangePreset::Refresh;

class tst_TimeRangePreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ranges_data();
    void ranges();
    void customIsKept();
    void settingsNames();
    void refreshIntervals();
};

void tst_TimeRangePreset::ranges_data()
{
    QTest::addColumn<Preset>("preset");
    QTest::addColumn<QDateTime>("from");
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 15, 30), QTimeZone(8 * 3600));
    QTest::newRow("1 h") << Preset::LastHour
                         << QDateTime(QDate(2026, 11, 25), QTime(9, 15, 30), QTimeZone(8 * 3600));
    QTest::newRow("6 h") << Preset::Last6Hours
                         << QDateTime(QDate(2026, 11, 25), QTime(4, 15, 30), QTimeZone(8 * 3600));
    QTest::newRow("24 h, across midnight")
        << Preset::Last24Hours << QDateTime(QDate(2026, 11, 24), QTime(10, 15, 30), QTimeZone(8 * 3600));
    QTest::newRow("7 d") << Preset::Last7Days
                         << QDateTime(QDate(2026, 11, 18), QTime(10, 15, 30), QTimeZone(8 * 3600));
    QTest::newRow("30 d, across a month")
        << Preset::Last30Days << QDateTime(QDate(2026, 10, 26), QTime(10, 15, 30), QTimeZone(8 * 3600));
}

void tst_TimeRangePreset::ranges()
{
    QFETCH(Preset, preset);
    QFETCH(QDateTime, from);
    const QDateTime now(QDate(2026, 11, 25), QTime(10, 15, 30), QTimeZone(8 * 3600));
    const TimeRangePreset::Range r = TimeRangePreset::rangeFor(preset, now);
    QCOMPARE(r.to, now);
    QCOMPARE(r.from, from);
    QCOMPARE(r.from.msecsTo(r.to), TimeRangePreset::lengthMs(preset));
}

void tst_TimeRangePreset::customIsKept()
{
    const TimeRangePreset::Range custom {
        QDateTime(QDate(2026, 11, 1), QTime(0, 0)), QDateTime(QDate(2026, 11, 2), QTime(12, 0))};
    QCOMPARE(TimeRangePreset::rangeFor(Preset::Custom, QDateTime::currentDateTime(), custom), custom);
    QCOMPARE(TimeRangePreset::lengthMs(Preset::Custom), 0);
}

void tst_TimeRangePreset::settingsNames()
{
    QStringList keys;
    for (Preset p : TimeRangePreset::Presets) {
        keys << TimeRangePreset::key(p);
        QCOMPARE(TimeRangePreset::presetFromKey(TimeRangePreset::key(p)), p);
        QVERIFY(!TimeRangePreset::label(p).isEmpty());
    }
    QCOMPARE(keys, QStringList({u"1h"_qs, u"6h"_qs, u"24h"_qs, u"7d"_qs, u"30d"_qs, u"custom"_qs}));
    for (Refresh r : TimeRangePreset::Refreshes)
        QCOMPARE(TimeRangePreset::refreshFromKey(TimeRangePreset::key(r)), r);
    QCOMPARE(TimeRangePreset::presetFromKey(u"2h"_qs), std::nullopt);
    QCOMPARE(TimeRangePreset::refreshFromKey(QString()), std::nullopt);
}

void tst_TimeRangePreset::refreshIntervals()
{
    QCOMPARE(TimeRangePreset::intervalMs(Refresh::Off), 0);
    QCOMPARE(TimeRangePreset::intervalMs(Refresh::Every10s), 10000);
    QCOMPARE(TimeRangePreset::intervalMs(Refresh::Every30s), 30000);
    QCOMPARE(TimeRangePreset::intervalMs(Refresh::Every1m), 60000);
    QCOMPARE(TimeRangePreset::intervalMs(Refresh::Every5m), 300000);
}

QTEST_APPLESS_MAIN(tst_TimeRangePreset)
#include "tst_time_range_preset.moc"
