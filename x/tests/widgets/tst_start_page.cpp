// The first page after sign-in follows the role (reviewer → Reviews, manager → Overview, operator
// → Partners) unless the account's last page is remembered; the shortcut help lists only the keys
// of pages the role can reach. Against a real kepler-platform --demo, one window per account.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignedInSession.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/KeyboardCommands.h"
#include "app/MainWindow.h"
#include "domain/Role.h"
#include "domain/StaffUser.h"
#include "widgets/AuditLogPage.h"
#include "widgets/CatalogPage.h"
#include "widgets/PartnersPage.h"
#include "widgets/ShortcutCatalog.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;
using Kepler::Test::signedInSession;

class TestStartPage : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleSettings> m_settings;

    // A session signed in as `username`, as the sign-in dialog leaves it.
    ApiSession *signIn(const QString &username)
    {
        return signedInSession(m_platform.url(), username, &m_network, this);
    }

    static QWidget *currentPage(MainWindow *w) { return w->findChild<QStackedWidget *>()->currentWidget(); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_qs).toLocal8Bit());
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_settings = std::make_unique<ConsoleSettings>(m_home.filePath(u"console.ini"_qs));
    }

    void startPageOfRoles_data()
    {
        QTest::addColumn<int>("roles");
        QTest::addColumn<QString>("page");
        QTest::newRow("operator") << int(Role::Operator) << u"partners"_qs;
        QTest::newRow("reviewer") << int(Role::Reviewer) << u"reviews"_qs;
        QTest::newRow("manager") << int(Role::Manager) << u"overview"_qs;
        QTest::newRow("admin") << int(Role::Admin) << u"partners"_qs;
        QTest::newRow("manager and reviewer") << int(Role::Manager | Role::Reviewer) << u"overview"_qs;
    }

    void startPageOfRoles()
    {
        QFETCH(int, roles);
        QFETCH(QString, page);
        QCOMPARE(startPage(Roles::fromInt(roles)), page);
    }

    void firstPageFollowsTheRoleThenTheLastPage_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("page");
        QTest::newRow("reviewer") << u"reviewer"_qs << u"reviews"_qs;
        QTest::newRow("manager") << u"manager"_qs << u"overview"_qs;
        QTest::newRow("operator") << u"operator"_qs << u"partners"_qs;
    }

    void firstPageFollowsTheRoleThenTheLastPage()
    {
        QFETCH(QString, username);
        QFETCH(QString, page);
        ApiSession *session = signIn(username);
        QCOMPARE(session->currentUser().username, username);
        {
            MainWindow w(session, m_settings.get());
            w.show();
            QCOMPARE(w.pageKey(currentPage(&w)), page);
            // The user goes to the catalog and closes the console…
            w.showPage(w.catalogPage());
            QCOMPARE(currentPage(&w), static_cast<QWidget *>(w.catalogPage()));
        }
        // …and the next start is where they left.
        {
            MainWindow w(session, m_settings.get());
            w.show();
            QCOMPARE(currentPage(&w), static_cast<QWidget *>(w.catalogPage()));
        }
        // A remembered page the role no longer reaches falls back to the role's page.
        m_settings->setLastPage(username, u"users"_qs);
        MainWindow w(session, m_settings.get());
        QCOMPARE(w.pageKey(currentPage(&w)), page);
    }

    void shortcutHelpListsOnlyReachablePages()
    {
        ApiSession *session = signIn(u"operator"_qs);
        MainWindow w(session, m_settings.get());
        w.show();
        QVERIFY(!w.isPageAvailable(w.auditPage()));
        const QString audit = w.pageTitle(w.auditPage());
        const QString partners = w.pageTitle(w.partnersPage());
        QVERIFY(!audit.isEmpty());
        const QList<ShortcutEntry> entries = w.keyboard()->shortcuts();
        QStringList groups;
        for (const ShortcutEntry &e : entries)
            groups << e.group;
        QVERIFY2(!groups.contains(audit), qPrintable(groups.join(u", "_qs)));
        // The operator's own pages still have theirs (Refresh, New partner).
        QVERIFY2(groups.contains(partners), qPrintable(groups.join(u", "_qs)));

        // An admin reaches the audit log: its Refresh is listed.
        ApiSession *adminSession = signIn(u"admin"_qs);
        MainWindow admin(adminSession, m_settings.get());
        admin.show();
        QStringList adminGroups;
        for (const ShortcutEntry &e : admin.keyboard()->shortcuts())
            adminGroups << e.group;
        QVERIFY2(
            adminGroups.contains(admin.pageTitle(admin.auditPage())), qPrintable(adminGroups.join(u", "_qs)));
    }
};

QTEST_MAIN(TestStartPage)
#include "tst_start_page.moc"
