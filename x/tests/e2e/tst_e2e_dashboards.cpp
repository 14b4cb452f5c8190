// The dashboards end to end (issue 7): a demo platform, a short kepler-traffic run (5 s of partners
// browsing and ordering, with injected 5xx), then the Overview as a manager sees it shows the numbers
// the metrics API returns — availability and budget from /slo, today's orders, GMV (¥ from fen) and
// valid share from /metrics/orders, the top partner — and a chart's CSV export parses back to the same
// data. Auto refresh then asks only for the tail.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "domain/MetricsRange.h"
#include "models/ChartValueFormat.h"
#include "models/MetricsFeed.h"
#include "models/PartnerRankingModel.h"
#include "widgets/charts/TimeRangeBar.h"
#include "widgets/charts/TimeSeriesChart.h"
#include "widgets/dashboards/OrdersPage.h"
#include "widgets/dashboards/OverviewPage.h"

#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler;
using namespace Kepler::Test;

namespace {

struct Totals
{
    qint64 orders = 0, valid = 0, gmv = 0;
};

Totals totalsOf(const QJsonObject &answer)
{
    Totals t;
    for (const QJsonValue &s : answer.value(u"series"_qs).toArray())
        for (const QJsonValue &p : s.toObject().value(u"points"_qs).toArray()) {
            t.orders += p.toObject().value(u"orders"_qs).toInteger();
            t.valid += p.toObject().value(u"validOrders"_qs).toInteger();
            t.gmv += p.toObject().value(u"gmvFen"_qs).toInteger();
        }
    return t;
}

} // namespace

class tst_E2eDashboards : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void overviewShowsWhatTheApiSays();
    void csvExportParsesBack();
    void autoRefreshAsksForTheTail();
    void eachChartShowsItsErrorWithRetry();

private:
    HttpClient m_http;
    PlatformProcess m_platform;
    QTemporaryDir m_state;
    QNetworkAccessManager m_nam;
    ApiSession *m_session = nullptr;
};

void tst_E2eDashboards::initTestCase()
{
    QVERIFY2(
        m_platform.start({u"--demo"_qs, u"--allow-test-hooks"_qs}), qPrintable(m_platform.errorString()));
    QProcess traffic;
    traffic.start(QStringLiteral(KEPLER_TRAFFIC_BIN),
        {u"--url"_qs, m_platform.url().toString(), u"--duration"_qs, u"8s"_qs, u"--rate"_qs, u"40"_qs,
            u"--faults"_qs, u"error=0.02"_qs, u"--state"_qs, m_state.path()});
    QVERIFY(traffic.waitForFinished(120000));
    QVERIFY2(traffic.exitCode() == 0, traffic.readAllStandardError().constData());
    m_http.setBaseUrl(m_platform.url());
    QCOMPARE(m_http.login(u"manager"_qs, u"kepler-demo"_qs).status, 201);
    // The recorder adds into the store once a second: wait until two answers a second apart agree.
    QByteArray previous;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QJsonObject all
                = m_http.get(u"/api/v1/slo"_qs).object().value(u"items"_qs).toArray().first().toObject();
            const QByteArray now = QByteArray::number(all.value(u"total"_qs).toInteger()) + ' '
                + QByteArray::number(all.value(u"good"_qs).toInteger());
            const bool stable = now == previous && !now.startsWith("0 ");
            previous = now;
            if (!stable)
                QTest::qWait(1100);
            return stable;
        }(),
        20000);
    m_session = new ApiSession(&m_nam, this);
    m_session->setBaseUrl(m_platform.url());
    m_session->setToken(m_http.token());
}

void tst_E2eDashboards::overviewShowsWhatTheApiSays()
{
    OverviewPage page(m_session);
    page.resize(1300, 1000);
    page.show();
    QTRY_VERIFY_WITH_TIMEOUT(page.figuresReady(), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(page.topModel()->rowCount() > 0, 20000);
    const QLocale locale;

    const QJsonObject all
        = m_http.get(u"/api/v1/slo"_qs).object().value(u"items"_qs).toArray().first().toObject();
    QCOMPARE(all.value(u"service"_qs).toString(), u"all"_qs);
    QVERIFY(all.value(u"total"_qs).toInteger() > 100);
    QVERIFY(all.value(u"good"_qs).toInteger() < all.value(u"total"_qs).toInteger()); // faults were injected
    const QString sli = ChartValueFormat::percentOfRatio(4).text(all.value(u"sli"_qs).toDouble(), locale);
    QVERIFY2(page.figureLabel(OverviewPage::Figure::Availability)->text().contains(sli),
        qPrintable(page.figureLabel(OverviewPage::Figure::Availability)->text() + u" ≠ "_qs + sli));
    const QString budget
        = ChartValueFormat::percentOfRatio(1).text(all.value(u"errorBudgetRemaining"_qs).toDouble(), locale);
    QVERIFY2(page.figureLabel(OverviewPage::Figure::BudgetLeft)->text().contains(budget), qPrintable(budget));
    QVERIFY(page.comparisonLabel(OverviewPage::Figure::Availability)
                ->text()
                .contains(locale.toString(all.value(u"total"_qs).toInteger())));
    // One service row per service the API lists.
    QCOMPARE(page.servicesTable()->rowCount(),
        m_http.get(u"/api/v1/slo"_qs).object().value(u"items"_qs).toArray().size() - 1);

    // Today (a Beijing day) so far, as the API counts it.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Totals today = totalsOf(
        m_http.get(u"/api/v1/metrics/orders?from=%1&to=%2"_qs.arg(MetricsRange::dayOf(now)).arg(now))
            .object());
    QVERIFY(today.orders > 0);
    QCOMPARE(page.today().orders, today.orders);
    QCOMPARE(page.today().gmvFen, today.gmv);
    QCOMPARE(page.figureLabel(OverviewPage::Figure::OrdersToday)->text(), locale.toString(today.orders));
    QCOMPARE(page.figureLabel(OverviewPage::Figure::GmvToday)->text(),
        ChartValueFormat::yuanFromFen().text(double(today.gmv), locale).toHtmlEscaped());
    QVERIFY(page.figureLabel(OverviewPage::Figure::GmvToday)->text().startsWith(u'¥'));
    QCOMPARE(page.figureLabel(OverviewPage::Figure::ValidShareToday)->text(),
        ChartValueFormat::percentOfRatio(1).text(double(today.valid) / double(today.orders), locale));

    // The top partner by GMV is the API's.
    const QJsonArray byPartner = m_http
                                     .get(u"/api/v1/metrics/orders?from=%1&to=%2&step=1h&groupBy=partner"_qs
                                              .arg(now - 24 * 3'600'000LL)
                                              .arg(now))
                                     .object()
                                     .value(u"series"_qs)
                                     .toArray();
    qint64 bestGmv = -1;
    for (const QJsonValue &s : byPartner)
        bestGmv = std::max(bestGmv, totalsOf(QJsonObject {{u"series"_qs, QJsonArray {s}}}).gmv);
    QCOMPARE(page.topModel()->rowAt(0).gmvFen, bestGmv);
}

void tst_E2eDashboards::csvExportParsesBack()
{
    OrdersPage page(m_session);
    page.resize(1300, 1000);
    page.show();
    page.rangeBar()->setPreset(TimeRangePreset::Preset::LastHour);
    page.setValue(OrdersPage::Value::ValidAndInvalid);
    QTRY_VERIFY_WITH_TIMEOUT(
        page.chartFeed()->hasData() && page.chart()->state() != TimeSeriesChart::State::Loading, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(page.chart()->series().size(), 2, 5000);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"orders.csv"_qs);
    QVERIFY(page.chart()->exportCsv(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).trimmed().split('\n');
    QCOMPARE(lines.first().trimmed().split(',').size(), 4); // time, time_ms, valid, invalid
    // Every raw point comes back, exactly, and adds up to what the API counted in the range.
    const QList<TimeSeries> &series = page.chart()->series();
    QCOMPARE(lines.size() - 1, series.first().points.size());
    double valid = 0, invalid = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells[1].toLongLong(), qint64(series[0].points[i - 1].x()));
        QCOMPARE(QDateTime::fromString(QString::fromLatin1(cells[0]), Qt::ISODateWithMs).toMSecsSinceEpoch(),
            cells[1].toLongLong());
        QCOMPARE(cells[2].toDouble(), series[0].points[i - 1].y());
        QCOMPARE(cells[3].toDouble(), series[1].points[i - 1].y());
        valid += cells[2].toDouble();
        invalid += cells[3].toDouble();
    }
    const OrderMetrics &held = page.chartFeed()->orders();
    const Totals api = totalsOf(
        m_http
            .get(
                u"/api/v1/metrics/orders?from=%1&to=%2&step=%3"_qs.arg(held.from).arg(held.to).arg(held.step))
            .object());
    QCOMPARE(qint64(valid), api.valid);
    QCOMPARE(qint64(invalid), api.orders - api.valid);
    QVERIFY(api.orders > 0);
}

void tst_E2eDashboards::autoRefreshAsksForTheTail()
{
    OrdersPage page(m_session);
    page.show();
    page.rangeBar()->setPreset(TimeRangePreset::Preset::Last6Hours);
    QTRY_VERIFY_WITH_TIMEOUT(page.chartFeed()->hasData() && !page.chartFeed()->isLoading(), 20000);
    const int whole = page.chartFeed()->lastAnswerPoints();
    QVERIFY(whole >= 72); // 6 h of 5 minutes (a count chart's step: at most 200 points)
    qint64 heldOrders = 0;
    for (const OrderPoint &p : page.chartFeed()->orders().series.first().points)
        heldOrders += p.orders;
    QSignalSpy updated(page.chartFeed(), &MetricsFeed::updated);
    Q_EMIT page.rangeBar()->refreshRequested();
    QVERIFY(updated.wait(20000));
    QCOMPARE(updated.first().first().toBool(), true); // merged a tail
    QVERIFY2(page.chartFeed()->lastAnswerPoints() <= 3,
        qPrintable(QString::number(page.chartFeed()->lastAnswerPoints())));
    qint64 after = 0;
    for (const OrderPoint &p : page.chartFeed()->orders().series.first().points)
        after += p.orders;
    QCOMPARE(after, heldOrders); // no traffic since: the same data, from a few points
    QVERIFY(page.chartFeed()->orders().series.first().points.size() >= whole - 1);
}

// A platform that does not answer: every chart says so on its own, with Retry, and Retry asks again.
void tst_E2eDashboards::eachChartShowsItsErrorWithRetry()
{
    QNetworkAccessManager nam;
    ApiSession gone(&nam);
    gone.setBaseUrl(QUrl(u"http://127.0.0.1:1"_qs)); // nothing listens on port 1
    gone.setToken(u"token"_qs);
    OrdersPage page(&gone);
    page.show();
    QTRY_COMPARE_WITH_TIMEOUT(page.chart()->state(), TimeSeriesChart::State::Error, 20000);
    QVERIFY(!page.chart()->stateText().isEmpty());
    QSignalSpy loading(page.chartFeed(), &MetricsFeed::loading);
    Q_EMIT page.chart()->retryRequested();
    QCOMPARE(loading.size(), 1);
    QCOMPARE(page.chart()->state(), TimeSeriesChart::State::Loading);
    QTRY_COMPARE_WITH_TIMEOUT(page.chart()->state(), TimeSeriesChart::State::Error, 20000);
}

QTEST_MAIN(tst_E2eDashboards)
#include "tst_e2e_dashboards.moc"
