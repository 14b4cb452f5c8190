// The Availability page against a real kepler-platform --demo with a few seconds of kepler-traffic
// (no faults: every service at 100 %), signed in as a manager: the success ratio and the error
// budget top out at 100 % (they went to 110 %), the services have colours of their own, and a
// moment marked with "Mark a moment…" is on the charts at once, without pressing Refresh.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "widgets/charts/TimeRangeBar.h"
#include "widgets/charts/TimeSeriesChart.h"
#include "widgets/dashboards/AvailabilityPage.h"

#include <QAbstractAxis>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineSeries>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

class tst_AvailabilityPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ratioAxesTopAtHundredPercent();
    void servicesHaveTheirOwnColours();
    void markedMomentShowsAtOnce();

private:
    PlatformProcess m_platform;
    QTemporaryDir m_state;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    std::unique_ptr<AvailabilityPage> m_page;
};

void tst_AvailabilityPage::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    QProcess traffic;
    traffic.start(QStringLiteral(KEPLER_TRAFFIC_BIN),
        {u"--url"_qs, m_platform.url().toString(), u"--duration"_qs, u"4s"_qs, u"--rate"_qs, u"30"_qs,
            u"--state"_qs, m_state.path()});
    QVERIFY(traffic.waitForFinished(120000));
    QVERIFY2(traffic.exitCode() == 0, traffic.readAllStandardError().constData());
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"manager"_qs, u"kepler-demo"_qs).status, 201);
    // The recorder adds into the store once a second.
    QTRY_VERIFY_WITH_TIMEOUT(http.get(u"/api/v1/slo"_qs)
                                 .object()
                                 .value(u"items"_qs)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"total"_qs)
                                 .toInteger()
            > 0,
        20000);
    QTest::qWait(1500);
    m_session = new ApiSession(&m_network, this);
    m_session->setBaseUrl(m_platform.url());
    m_session->setToken(http.token());
    m_page = std::make_unique<AvailabilityPage>(m_session);
    m_page->resize(1300, 1000);
    m_page->show(); // the first showing loads the last 24 h
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->successChart()->series().size() >= 2, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->budgetChart()->series().isEmpty(), 20000);
}

void tst_AvailabilityPage::ratioAxesTopAtHundredPercent()
{
    for (TimeSeriesChart *chart : {m_page->successChart(), m_page->budgetChart()}) {
        QAbstractAxis *y = chart->chart()->axes(Qt::Vertical).first();
        const QString name = chart->chart()->title();
        QVERIFY2(y->property("max").toDouble() <= 1.0, qPrintable(name));
        QVERIFY2(y->property("max").toDouble() >= 1.0 - 1e-12, qPrintable(name)); // 100 % is shown
        QVERIFY2(y->property("min").toDouble() < 1.0, qPrintable(name));
    }
}

void tst_AvailabilityPage::servicesHaveTheirOwnColours()
{
    QList<QLineSeries *> lines;
    for (QAbstractSeries *s : m_page->successChart()->chart()->series())
        lines.append(qobject_cast<QLineSeries *>(s));
    QVERIFY(lines.size() >= 2);
    for (qsizetype i = 0; i < lines.size(); ++i)
        for (qsizetype j = i + 1; j < lines.size(); ++j)
            QVERIFY2(
                lines[i]->color() != lines[j]->color() || lines[i]->pen().style() != lines[j]->pen().style(),
                qPrintable(lines[i]->name() + u" and "_qs + lines[j]->name()));
}

void tst_AvailabilityPage::markedMomentShowsAtOnce()
{
    TimeSeriesChart *success = m_page->successChart();
    QTest::qWait(1100); // "now" is past the end of the range loaded at the first showing
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(at > success->visibleTo());
    m_page->addAnnotation(at, u"Release 4.2 rolled out"_qs); // what OK in the dialog does
    auto hasIt = [&] {
        for (const Annotation &a : m_page->annotations())
            if (a.note == u"Release 4.2 rolled out"_qs)
                return true;
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(hasIt(), 10000);
    // Drawn on the chart: its time range has moved on to include it, and the marker is there.
    QTRY_VERIFY_WITH_TIMEOUT(success->visibleTo() >= at, 10000);
    const QRectF plot = success->chart()->plotArea();
    const double x = plot.left()
        + double(at - success->visibleFrom()) / double(success->visibleTo() - success->visibleFrom())
            * plot.width();
    QVERIFY2(success->annotationNoteNear(int(std::lround(x))).contains(u"Release 4.2 rolled out"_qs),
        qPrintable(success->annotationNoteNear(int(std::lround(x)))));
    // Still there after the next refresh (the list from the platform has it too).
    Q_EMIT m_page->rangeBar()->refreshRequested();
    QTest::qWait(1500);
    QVERIFY(hasIt());
}

QTEST_MAIN(tst_AvailabilityPage)
#include "tst_availability_page.moc"
