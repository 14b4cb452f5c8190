// The console as a desktop program: one console per profile, checked with real kepler-console
// processes (a second start brings the first forward and exits 0; another profile runs beside
// it; a socket left by a killed console is taken over), and the pages' table layouts coming back
// in a new window, against a real kepler-platform.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiSession.h"
#include "app/ConsoleController.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"
#include "widgets/AuditLogPage.h"
#include "widgets/CatalogPage.h"
#include "widgets/PoolsPage.h"
#include "widgets/PricingPage.h"
#include "widgets/ReviewQueuePage.h"
#include "widgets/UsersPage.h"
#include "widgets/dashboards/AvailabilityPage.h"
#include "widgets/dashboards/OrdersPage.h"
#include "widgets/dashboards/OverviewPage.h"

#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

namespace {

// A kepler-console child whose profile is XDG_CONFIG_HOME=<root>/<profile>; all of them share
// one runtime folder, as one user's consoles do.
class Console
{
public:
    Console(const QTemporaryDir &root, const QString &profile)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        env.insert(u"QT_LOGGING_RULES"_qs, u"kepler.app.instance.info=true"_qs);
        env.insert(u"XDG_CONFIG_HOME"_qs, root.filePath(profile));
        env.insert(u"XDG_DATA_HOME"_qs, root.filePath(profile + u"-data"_qs));
        env.insert(u"XDG_RUNTIME_DIR"_qs, root.filePath(u"run"_qs));
        m_process.setProcessEnvironment(env);
        m_process.setProgram(QStringLiteral(KEPLER_CONSOLE_BIN));
        m_process.setArguments({u"--lang"_qs, u"en"_qs});
    }
    ~Console()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    void start() { m_process.start(); }
    // Everything it wrote to stderr so far.
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    bool waitForLog(const QString &text, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!log().contains(text)) {
            if (timer.hasExpired(timeoutMs) || m_process.state() == QProcess::NotRunning)
                return log().contains(text);
            m_process.waitForReadyRead(200);
        }
        return true;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_log;
};

const QString Serving = u"serving this profile on"_qs;
const QString Activated = u"a second start with this profile"_qs;

} // namespace

class TestE2EDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // The runtime folder must be private (Qt and the XDG spec want 0700), like /run/user/UID.
        QVERIFY(QDir(m_root.path()).mkdir(u"run"_qs));
        QVERIFY(QFile::setPermissions(m_root.filePath(u"run"_qs),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void secondStartWithTheSameProfileActivatesTheFirst()
    {
        Console first(m_root, u"alice"_qs);
        first.start();
        QVERIFY2(first.waitForLog(Serving), qPrintable(first.log()));

        Console second(m_root, u"alice"_qs);
        second.start();
        QVERIFY(second.process().waitForFinished(30000));
        QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.process().exitCode(), 0);
        QVERIFY2(second.log().contains(u"already running with this profile"_qs), qPrintable(second.log()));
        QVERIFY2(!second.log().contains(Serving), qPrintable(second.log()));
        QVERIFY2(first.waitForLog(Activated), qPrintable(first.log()));
        QCOMPARE(first.process().state(), QProcess::Running);

        // Another profile is another console: it serves its own and the first hears nothing.
        Console other(m_root, u"bob"_qs);
        other.start();
        QVERIFY2(other.waitForLog(Serving), qPrintable(other.log()));
        QCOMPARE(other.process().state(), QProcess::Running);
        QCOMPARE(first.log().count(Activated), 1);
    }

    void socketOfAKilledConsoleIsTakenOver()
    {
        QString socketPath;
        {
            Console crashed(m_root, u"carol"_qs);
            crashed.start();
            QVERIFY2(crashed.waitForLog(Serving), qPrintable(crashed.log()));
            crashed.process().kill(); // SIGKILL: no chance to remove its socket
            QVERIFY(crashed.process().waitForFinished(5000));
            const QString log = crashed.log();
            socketPath = log.mid(log.indexOf(Serving) + Serving.size()).section(u'"', 1, 1);
        }
        QVERIFY2(QFileInfo::exists(socketPath), qPrintable(socketPath)); // left behind

        Console next(m_root, u"carol"_qs);
        next.start();
        QVERIFY2(next.waitForLog(Serving), qPrintable(next.log()));
        QVERIFY2(next.log().contains(u"removing the stale socket"_qs), qPrintable(next.log()));
        QCOMPARE(next.process().state(), QProcess::Running);
    }

    void demoConsolesAreKeyedByTheirDataFolder()
    {
        ConsoleController::Options normal;
        ConsoleController::Options demo;
        demo.demo = true;
        demo.demoDataDir = m_root.filePath(u"demo-a"_qs);
        ConsoleController::Options otherDemo = demo;
        otherDemo.demoDataDir = m_root.filePath(u"demo-b"_qs);
        ConsoleController::Options defaultDemo;
        defaultDemo.demo = true;
        ConsoleController::Options biggerDemo = defaultDemo;
        biggerDemo.demoPartners = 2000;

        // A demo beside the console of the same settings; one console per demo database.
        QVERIFY(ConsoleController::profileKeyFor(demo) != ConsoleController::profileKeyFor(normal));
        QCOMPARE(ConsoleController::profileKeyFor(demo), ConsoleController::profileKeyFor(demo));
        QVERIFY(ConsoleController::profileKeyFor(demo) != ConsoleController::profileKeyFor(otherDemo));
        // --demo-partners N has its own default folder, so its own console.
        QVERIFY(
            ConsoleController::profileKeyFor(defaultDemo) != ConsoleController::profileKeyFor(biggerDemo));
    }

    void tableLayoutsComeBackInANewWindow()
    {
        PlatformProcess platform;
        QVERIFY2(
            platform.start({u"--demo"_qs, u"--demo-skus"_qs, u"200"_qs}), qPrintable(platform.errorString()));
        HttpClient http(platform.url());
        QCOMPARE(http.login(u"admin"_qs, u"kepler-demo"_qs).status, 201);
        QNetworkAccessManager network;
        ApiSession session(&network);
        session.setBaseUrl(platform.url());
        session.setToken(http.token());
        ConsoleSettings settings(m_root.filePath(u"layout.ini"_qs));

        const auto tablesOf = [](MainWindow &w) {
            return QList<QTableView *> {w.catalogPage()->table(), w.poolsPage()->table(),
                w.pricingPage()->table(), w.reviewsPage()->table(), w.auditPage()->table(),
                w.usersPage()->findChild<QTableView *>(), w.overviewPage()->findChild<QTableView *>(),
                w.availabilityPage()->partnerTable(), w.ordersPage()->topTable(),
                w.ordersPage()->invalidTable()};
        };
        struct Layout
        {
            int width;
            int visualOfFirst;
            bool lastHidden;
        };
        QList<Layout> changed;
        {
            MainWindow window(&session, &settings);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            int i = 0;
            for (QTableView *table : tablesOf(window)) {
                QVERIFY2(table, qPrintable(QString::number(i)));
                QHeaderView *header = table->horizontalHeader();
                QVERIFY2(header->count() >= 3,
                    qPrintable(u"table %1 has %2 columns"_qs.arg(i).arg(header->count())));
                // What a user does: widen a column, drag the first one to the end, hide the last.
                if (header->sectionResizeMode(1) == QHeaderView::Interactive)
                    header->resizeSection(1, 137 + i);
                header->moveSection(0, header->count() - 1);
                header->setSectionHidden(header->count() - 1, true);
                changed.append({header->sectionSize(1), header->visualIndex(0), true});
                ++i;
            }
            window.close();
        } // the window saves its layout as it goes
        MainWindow again(&session, &settings);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        int i = 0;
        for (QTableView *table : tablesOf(again)) {
            QHeaderView *header = table->horizontalHeader();
            const QString which = u"table %1"_qs.arg(i);
            QCOMPARE(header->visualIndex(0), changed.at(i).visualOfFirst);
            QVERIFY2(header->isSectionHidden(header->count() - 1), qPrintable(which));
            if (header->sectionResizeMode(1) == QHeaderView::Interactive)
                QCOMPARE(header->sectionSize(1), changed.at(i).width);
            ++i;
        }
    }

private:
    QTemporaryDir m_root;
};

QTEST_MAIN(TestE2EDesktop)
#include "tst_e2e_desktop.moc"
