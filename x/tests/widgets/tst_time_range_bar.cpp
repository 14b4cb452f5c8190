// The time range bar as a user drives it: presets give (from, to) at the pinned "now", the custom
// popup applies only a valid range and cancelling keeps the old choice, auto refresh ticks at the
// chosen interval only while shown, and the choice comes back from settings under the page's key.
#include "widgets/charts/CustomRangePopup.h"
#include "widgets/charts/TimeRangeBar.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Kepler;
using Preset = TimeRangePreset::Preset;
using Refresh = TimeRangePreset::Refresh;

class tst_TimeRangeBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void presetButtons();
    void customRange();
    void autoRefresh();
    void remembersTheChoice();

private:
    const QDateTime m_now {QDate(2026, 11, 25), QTime(10, 15)};
};

void tst_TimeRangeBar::presetButtons()
{
    TimeRangeBar bar;
    bar.setClock([this] { return m_now; });
    bar.show();
    QCOMPARE(bar.preset(), Preset::Last24Hours); // the default
    QSignalSpy changed(&bar, &TimeRangeBar::rangeChanged);
    QTest::mouseClick(bar.presetButton(Preset::Last6Hours), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toDateTime(), m_now.addSecs(-6 * 3600));
    QCOMPARE(changed.last().at(1).toDateTime(), m_now);
    QVERIFY(bar.presetButton(Preset::Last6Hours)->isChecked());
    QTest::mouseClick(bar.presetButton(Preset::Last30Days), Qt::LeftButton);
    QCOMPARE(changed.last().at(0).toDateTime(), m_now.addDays(-30));
    QCOMPARE(bar.currentRange(), (TimeRangePreset::Range {m_now.addDays(-30), m_now}));

    QSignalSpy refresh(&bar, &TimeRangeBar::refreshRequested);
    QTest::mouseClick(bar.refreshButton(), Qt::LeftButton);
    QCOMPARE(refresh.count(), 1);
}

void tst_TimeRangeBar::customRange()
{
    TimeRangeBar bar;
    bar.setClock([this] { return m_now; });
    bar.show();
    QSignalSpy changed(&bar, &TimeRangeBar::rangeChanged);
    QTest::mouseClick(bar.presetButton(Preset::Custom), Qt::LeftButton);
    CustomRangePopup *popup = bar.customPopup();
    QTRY_VERIFY(popup->isVisible());
    // It opens on the range shown so far (the last 24 h).
    QCOMPARE(popup->fromEdit()->dateTime(), m_now.addDays(-1));
    // A start after the end cannot be applied.
    popup->fromEdit()->setDateTime(m_now.addSecs(3600));
    QVERIFY(!popup->applyButton()->isEnabled());
    // Closing without Apply keeps 24 h selected.
    popup->hide();
    QVERIFY(bar.presetButton(Preset::Last24Hours)->isChecked());
    QCOMPARE(changed.count(), 0);

    QTest::mouseClick(bar.presetButton(Preset::Custom), Qt::LeftButton);
    const QDateTime from(QDate(2026, 11, 11), QTime(0, 0));
    const QDateTime to(QDate(2026, 11, 12), QTime(6, 0));
    popup->fromEdit()->setDateTime(from);
    popup->toEdit()->setDateTime(to);
    QTest::mouseClick(popup->applyButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toDateTime(), from);
    QCOMPARE(changed.last().at(1).toDateTime(), to);
    QCOMPARE(bar.preset(), Preset::Custom);
    QVERIFY(bar.presetButton(Preset::Custom)->isChecked());
    QCOMPARE(bar.currentRange(), (TimeRangePreset::Range {from, to}));
}

void tst_TimeRangeBar::autoRefresh()
{
    TimeRangeBar bar;
    bar.show();
    QVERIFY(!bar.isAutoRefreshRunning());
    QComboBox *combo = bar.refreshCombo();
    combo->setCurrentIndex(combo->findData(int(Refresh::Every10s)));
    Q_EMIT combo->activated(combo->currentIndex()); // what choosing it with the mouse does
    QCOMPARE(bar.refresh(), Refresh::Every10s);
    QVERIFY(bar.isAutoRefreshRunning());
    QCOMPARE(bar.autoRefreshIntervalMs(), 10000);
    bar.setRefresh(Refresh::Every5m);
    QCOMPARE(bar.autoRefreshIntervalMs(), 300000);
    // A hidden page does not poll; shown again, it does.
    bar.hide();
    QVERIFY(!bar.isAutoRefreshRunning());
    bar.show();
    QVERIFY(bar.isAutoRefreshRunning());
    bar.setRefresh(Refresh::Off);
    QVERIFY(!bar.isAutoRefreshRunning());
}

void tst_TimeRangeBar::remembersTheChoice()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"console.ini"_qs);
    const QDateTime from(QDate(2026, 11, 1), QTime(8, 0));
    const QDateTime to(QDate(2026, 11, 3), QTime(20, 0));
    {
        QSettings settings(file, QSettings::IniFormat);
        TimeRangeBar bar;
        bar.setSettings(&settings, u"dashboards/orders"_qs);
        bar.setCustomRange(from, to);
        bar.setRefresh(Refresh::Every30s);
        TimeRangeBar other; // another page keeps its own choice
        other.setSettings(&settings, u"dashboards/availability"_qs);
        other.setPreset(Preset::LastHour);
    }
    QSettings settings(file, QSettings::IniFormat);
    TimeRangeBar bar;
    bar.setClock([this] { return m_now; });
    bar.setSettings(&settings, u"dashboards/orders"_qs);
    QCOMPARE(bar.preset(), Preset::Custom);
    QCOMPARE(bar.currentRange(), (TimeRangePreset::Range {from, to}));
    QCOMPARE(bar.refresh(), Refresh::Every30s);
    QCOMPARE(bar.refreshCombo()->currentData().toInt(), int(Refresh::Every30s));
    TimeRangeBar other;
    other.setSettings(&settings, u"dashboards/availability"_qs);
    QCOMPARE(other.preset(), Preset::LastHour);
    QCOMPARE(other.refresh(), Refresh::Off);
    // A key never written: the defaults.
    TimeRangeBar fresh;
    fresh.setSettings(&settings, u"dashboards/overview"_qs);
    QCOMPARE(fresh.preset(), Preset::Last24Hours);
}

QTEST_MAIN(tst_TimeRangeBar)
#include "tst_time_range_bar.moc"
