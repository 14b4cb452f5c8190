#include "ChartFoundationShot.h"

#include "bench/charts/DailySignal.h"
#include "widgets/charts/TimeRangeBar.h"
#include "widgets/charts/TimeSeriesChart.h"

#include <QApplication>
#include <QDateTime>
#include <QGridLayout>
#include <QSettings>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace Kepler {

bool shootChartFoundation(const QString &path, const QString &lang)
{
    const bool en = lang == u"en";
    const auto text = [en](const char *english, const char *chinese) {
        return en ? QString::fromUtf8(english) : QString::fromUtf8(chinese);
    };
    // A fixed "now" (on the minute) so the pictures only change when the widgets do.
    const QDateTime now(QDate(2026, 11, 25), QTime(15, 0));
    const qint64 to = now.toMSecsSinceEpoch();
    const qint64 minute = 60 * 1000;
    const qint64 week = 7 * 24 * 60 * minute;

    QWidget window;
    window.resize(1280, 900);
    auto *layout = new QVBoxLayout(&window);
    auto *bar = new TimeRangeBar(&window);
    bar->setClock([now] { return now; });
    bar->setPreset(TimeRangePreset::Preset::Last7Days);
    bar->setRefresh(TimeRangePreset::Refresh::Every1m);
    layout->addWidget(bar);

    // Orders per minute by mode, stacked, over 7 days (10,080 points a series), two incidents.
    auto *orders = new TimeSeriesChart(&window);
    orders->setTitle(text("Orders per minute by mode", "各模式每分钟订单数"));
    orders->setMode(TimeSeriesChart::Mode::StackedArea);
    orders->setValueFormat(ChartValueFormat::number());
    const qsizetype points = week / minute;
    orders->setTimeRange(to - week, to);
    orders->setSeries({{text("Guide", "导购"), Bench::dailySignal(to - week, minute, points, 60, 1),
                           QColor(0x2f, 0x6f, 0xd6)},
        {text("Settle-in", "入驻"), Bench::dailySignal(to - week, minute, points, 35, 2),
            QColor(0x2a, 0xa1, 0x98)},
        {text("Buyout", "买断"), Bench::dailySignal(to - week, minute, points, 20, 3),
            QColor(0xe0, 0x9b, 0x2d)},
        {text("Rent", "租赁"), Bench::dailySignal(to - week, minute, points, 8, 4),
            QColor(0x8e, 0x5c, 0xc2)}});
    orders->setSeriesVisible(3, false); // a legend entry switched off
    orders->setAnnotations(
        {{to - 4 * 24 * 60 * minute - 200 * minute, text("Release 2.3 (gateway)", "发布 2.3（网关）")},
            {to - 33 * 60 * minute, text("Payment provider incident", "支付通道故障")}});
    layout->addWidget(orders, 3);

    // GMV in yuan over 24 h, zoomed into the evening peak (the reset button shows).
    auto *gmv = new TimeSeriesChart(&window);
    gmv->setTitle(text("GMV per minute (¥)", "每分钟成交额（¥）"));
    gmv->setValueFormat(ChartValueFormat::yuanFromFen());
    const qint64 day = 24 * 60 * minute;
    gmv->setTimeRange(to - day, to);
    gmv->setSeries({{text("Today", "今天"), Bench::dailySignal(to - day, minute, day / minute, 2.4e6, 5), {}},
        {text("Same time last week", "上周同期"),
            Bench::dailySignal(to - day, minute, day / minute, 2.1e6, 6), {}}});
    layout->addWidget(gmv, 2);

    auto *states = new QGridLayout;
    auto *loading = new TimeSeriesChart(&window);
    loading->setTitle(text("Success ratio", "成功率"));
    loading->setValueFormat(ChartValueFormat::percentOfRatio(2));
    loading->setSeries(
        {{text("Gateway", "网关"), Bench::dailySignal(to - day, minute, day / minute, 1, 7), {}}});
    loading->setLoading();
    auto *failed = new TimeSeriesChart(&window);
    failed->setTitle(text("p99 latency", "p99 延迟"));
    failed->setError(text("The server did not answer in time.", "服务器响应超时。"));
    auto *empty = new TimeSeriesChart(&window);
    empty->setTitle(text("Invalid orders", "无效订单"));
    empty->setTimeRange(to - 3600 * 1000, to);
    empty->setSeries({{text("Invalid", "无效"), {}, {}}});
    states->addWidget(loading, 0, 0);
    states->addWidget(failed, 0, 1);
    states->addWidget(empty, 0, 2);
    layout->addLayout(states, 2);

    window.show();
    QApplication::processEvents();
    gmv->setVisibleRange(to - 9 * 60 * minute, to - 3 * 60 * minute);
    QApplication::processEvents();
    // The crosshair where the second incident was marked.
    orders->showCrosshairAt(to - 33 * 60 * minute);
    gmv->showCrosshairAt(to - 5 * 60 * minute - 17 * minute);
    QApplication::processEvents();
    return window.grab().save(path);
}

} // namespace Kepler
