#include "DashboardShots.h"
#include "ShotSupport.h"

#include "HttpClient.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"
#include "models/MetricsFeed.h"
#include "models/PartnerRankingModel.h"
#include "models/PartnerSloModel.h"
#include "widgets/charts/TimeRangeBar.h"
#include "widgets/charts/TimeSeriesChart.h"
#include "widgets/dashboards/AvailabilityPage.h"
#include "widgets/dashboards/OrdersPage.h"
#include "widgets/dashboards/OverviewPage.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QScrollArea>
#include <QTableView>
#include <QTextStream>

namespace Kepler {
namespace {

bool chartsReady(const QList<TimeSeriesChart *> &charts)
{
    for (TimeSeriesChart *c : charts)
        if (c->state() == TimeSeriesChart::State::Loading)
            return false;
    return true;
}

bool shoot(QWidget *w, const QString &outDir, const QString &name, const QString &lang)
{
    waitUntil([] { return false; }, 600); // let the charts decimate for their final size and repaint
    const QString path = QDir(outDir).filePath(name + u'-' + lang + u".png"_qs);
    const bool ok = w->grab().save(path);
    QTextStream(stdout) << path << (ok ? "" : " (FAILED)") << Qt::endl;
    return ok;
}

} // namespace

bool shootDashboards(const QUrl &url, const QString &outDir, const QString &lang, const QString &settingsFile)
{
    QNetworkAccessManager nam;
    Test::HttpClient http(url);
    http.login(u"manager"_qs, u"kepler-demo"_qs);
    auto *session = new ApiSession(&nam);
    session->setBaseUrl(url);
    session->setToken(http.token());
    if (const auto me
        = StaffUser::fromJson(http.get(u"/api/v1/sessions/current"_qs).object().value(u"user"_qs).toObject()))
        session->setCurrentUser(*me);
    ConsoleSettings settings(settingsFile);
    MainWindow window(session, &settings);
    window.setDemoMode(true);
    window.resize(1440, 1000);
    window.show();
    bool ok = true;

    OverviewPage *overview = window.overviewPage();
    window.showPage(overview);
    overview->rangeBar()->setPreset(TimeRangePreset::Preset::Last24Hours);
    waitUntil([&] {
        return overview->figuresReady() && chartsReady({overview->ordersChart()})
            && overview->topModel()->rowCount() > 0;
    });
    ok &= shoot(&window, outDir, u"overview"_qs, lang);

    // The month the Overview's figures speak of, with its incidents, live minutes included: the
    // live traffic keeps the history's level (kepler-traffic without --rate).
    AvailabilityPage *availability = window.availabilityPage();
    window.showPage(availability);
    availability->rangeBar()->setPreset(TimeRangePreset::Preset::Last30Days);
    waitUntil([&] {
        return chartsReady({availability->successChart(), availability->latencyChart(),
                   availability->rateChart(), availability->budgetChart()})
            && availability->partnerSlo()->rowCount() > 0;
    });
    ok &= shoot(&window, outDir, u"availability"_qs, lang);

    OrdersPage *orders = window.ordersPage();
    window.showPage(orders);
    orders->rangeBar()->setPreset(TimeRangePreset::Preset::Last7Days); // a week of days, up to now
    waitUntil([&] { return chartsReady({orders->chart()}) && orders->topModel()->rowCount() > 0; });
    orders->setGrouping(OrdersPage::Grouping::Mode);
    orders->setStacked(true);
    waitUntil([&] { return chartsReady({orders->chart()}) && orders->chartFeed()->hasData(); });
    ok &= shoot(&window, outDir, u"orders"_qs, lang);
    return ok;
}

} // namespace Kepler
