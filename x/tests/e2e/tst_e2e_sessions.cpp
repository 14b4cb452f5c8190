// "Signed-in sessions" (issue 8, ASVS V3) against a real kepler-platform: an operator opens the
// dialog from the Console menu, sees this console and a phone's sign-in with client and address,
// ends the phone's session after confirming (its token gets 401 at once) and then every other one;
// an already-ended session is explained in words; an admin opens an operator's sessions from the
// Staff accounts page and signs them out everywhere. Escape closes, Enter does not end anything.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignInThroughDialog.h"
#include "api/ApiSession.h"
#include "app/ConsoleSettings.h"
#include "app/KeyboardCommands.h"
#include "app/MainWindow.h"
#include "models/CommandPaletteModel.h"
#include "models/SessionListModel.h"
#include "models/UserListModel.h"
#include "widgets/LoginDialog.h"
#include "widgets/MessageBar.h"
#include "widgets/SessionsDialog.h"
#include "widgets/UsersPage.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;
using Kepler::Test::signInThroughDialog;

namespace {

// Answers the next confirmation box with the button of that text (a person reading it would).
void answerNextBox(QObject *context, const QString &buttonText, bool *seen)
{
    QTimer::singleShot(100, context, [buttonText, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == buttonText) {
                *seen = true;
                b->click();
                return;
            }
        }
    });
}

int rowOfClient(const SessionListModel *model, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, int(SessionListModel::Column::Client)).data().toString().contains(text))
            return row;
    return -1;
}

} // namespace

class TestE2ESessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void accountSeesAndEndsItsOwnSessions();
    void anEndedSessionIsExplained();
    void adminEndsAnAccountsSessionsFromTheUsersPage();

private:
    // Signs in as a phone would: its own User-Agent, its own token.
    std::unique_ptr<HttpClient> phone(const QString &userAgent, const QString &user = u"operator"_qs);
    void signIn(ApiSession *session, const QString &user);
    SessionsDialog *openFromMenu(MainWindow *window);

    PlatformProcess m_platform;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestE2ESessions::initTestCase()
{
    qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_qs).toLocal8Bit());
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--demo-partners"_qs, u"20"_qs}),
        qPrintable(m_platform.errorString()));
    m_session = new ApiSession(&m_network, this);
    m_session->setBaseUrl(m_platform.url());
    signIn(m_session, u"operator"_qs);
    m_settings = std::make_unique<ConsoleSettings>(m_home.filePath(u"console.ini"_qs));
    m_window = std::make_unique<MainWindow>(m_session, m_settings.get());
    m_window->resize(1200, 800);
    m_window->show();
}

void TestE2ESessions::cleanupTestCase()
{
    m_window.reset();
}

void TestE2ESessions::signIn(ApiSession *session, const QString &user)
{
    signInThroughDialog(session, m_platform.url(), user);
}

std::unique_ptr<HttpClient> TestE2ESessions::phone(const QString &userAgent, const QString &user)
{
    auto client = std::make_unique<HttpClient>(m_platform.url());
    const auto r = client->request("POST", u"/api/v1/sessions"_qs,
        QJsonObject {{u"username"_qs, user}, {u"password"_qs, u"kepler-demo"_qs}},
        {{"User-Agent", userAgent.toUtf8()}});
    if (r.status == 201)
        client->setToken(r.object().value(u"token"_qs).toString());
    return client;
}

SessionsDialog *TestE2ESessions::openFromMenu(MainWindow *window)
{
    // The Console menu's entry, and the same command in the palette (Ctrl+K).
    auto *action = window->findChild<QAction *>(u"action:sessions"_qs);
    if (!action || !action->isVisible())
        return nullptr;
    QStringList keys;
    for (const PaletteCommand &c : window->keyboard()->commands())
        keys << c.key;
    if (!keys.contains(u"action:sessions"_qs))
        return nullptr;
    action->trigger();
    return window->sessionsDialog();
}

void TestE2ESessions::accountSeesAndEndsItsOwnSessions()
{
    auto phoneClient = phone(u"PhoneBrowser/1.0"_qs);
    QCOMPARE(phoneClient->get(u"/api/v1/sessions/current"_qs).status, 200);

    SessionsDialog *dialog = openFromMenu(m_window.get());
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    SessionListModel *model = dialog->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded(), 15000);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(dialog->windowTitle(), u"Signed-in sessions"_qs);

    // This console, marked in words, and the phone with where it signed in from.
    const int mine = rowOfClient(model, u"(this session)"_qs);
    const int other = rowOfClient(model, u"PhoneBrowser/1.0"_qs);
    QVERIFY(mine >= 0 && other >= 0 && mine != other);
    QVERIFY(model->index(mine, 0).data().toString().startsWith(u"Kepler Console"_qs));
    QCOMPARE(model->index(other, int(SessionListModel::Column::Address)).data().toString(), u"127.0.0.1"_qs);
    QVERIFY(!model->index(other, int(SessionListModel::Column::LastSeen)).data().toString().isEmpty());

    // This session cannot be ended from here (that is Sign out); the phone's can.
    dialog->table()->setCurrentIndex(model->index(mine, 0));
    QVERIFY(!dialog->revokeButton()->isEnabled());
    dialog->table()->setCurrentIndex(model->index(other, 0));
    QVERIFY(dialog->revokeButton()->isEnabled());

    // Enter does not end it (Close is the default button): the dialog closes, nothing is ended.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog->table(), Qt::Key_Return);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(phoneClient->get(u"/api/v1/sessions/current"_qs).status, 200);
    dialog = openFromMenu(m_window.get());
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && model->rowCount() == 2, 15000);
    dialog->table()->setCurrentIndex(model->index(rowOfClient(model, u"PhoneBrowser"_qs), 0));

    // Asked first: Cancel keeps it.
    bool asked = false;
    answerNextBox(this, u"Cancel"_qs, &asked);
    QTest::mouseClick(dialog->revokeButton(), Qt::LeftButton);
    QTRY_VERIFY(asked);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(phoneClient->get(u"/api/v1/sessions/current"_qs).status, 200);

    // Confirmed (Delete on the table, as the tooltip says): gone, and the phone's token is refused.
    asked = false;
    answerNextBox(this, u"Sign out"_qs, &asked);
    dialog->table()->setFocus();
    QTest::keyClick(dialog->table(), Qt::Key_Delete);
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QCOMPARE(dialog->messageBar()->kind(), MessageBar::Kind::Positive);
    QVERIFY(dialog->messageBar()->text().contains(u"PhoneBrowser/1.0"_qs));
    const auto refused = phoneClient->get(u"/api/v1/sessions/current"_qs);
    QCOMPARE(refused.status, 401);
    QCOMPARE(refused.code(), u"session_expired"_qs);
    QVERIFY(!dialog->revokeAllButton()->isEnabled()); // only this one is left

    // Two more sign-ins; Refresh shows them; "all other sessions" ends both, this one stays.
    auto tablet = phone(u"Tablet/2.0"_qs);
    auto laptop = phone(u"Laptop/3.0"_qs);
    QTest::mouseClick(dialog->refreshButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
    QVERIFY(dialog->revokeAllButton()->isEnabled());
    asked = false;
    answerNextBox(this, u"Sign out others"_qs, &asked);
    QTest::mouseClick(dialog->revokeAllButton(), Qt::LeftButton);
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    QTRY_VERIFY(model->hasLoaded() && !model->isLoading());
    QVERIFY(model->sessionAt(0).current);
    QCOMPARE(tablet->get(u"/api/v1/sessions/current"_qs).status, 401);
    QCOMPARE(laptop->get(u"/api/v1/sessions/current"_qs).status, 401);
    HttpClient console(m_platform.url());
    console.setToken(m_session->token());
    QCOMPARE(console.get(u"/api/v1/sessions/current"_qs).status, 200);

    // Escape closes.
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(dialog->table(), Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
}

void TestE2ESessions::anEndedSessionIsExplained()
{
    auto gone = phone(u"Gone/1.0"_qs);
    SessionsDialog *dialog = openFromMenu(m_window.get());
    QVERIFY(dialog);
    SessionListModel *model = dialog->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->hasLoaded() && model->rowCount() == 2, 15000);
    dialog->table()->setCurrentIndex(model->index(rowOfClient(model, u"Gone/1.0"_qs), 0));
    // It signs out by itself while the dialog shows it.
    QCOMPARE(gone->request("DELETE", u"/api/v1/sessions/current"_qs).status, 204);
    bool asked = false;
    answerNextBox(this, u"Sign out"_qs, &asked);
    QTest::mouseClick(dialog->revokeButton(), Qt::LeftButton);
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->messageBar()->kind(), MessageBar::Kind::Warning, 15000);
    QVERIFY2(
        dialog->messageBar()->text().contains(u"already ended"_qs), qPrintable(dialog->messageBar()->text()));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 15000);
    dialog->close();
}

void TestE2ESessions::adminEndsAnAccountsSessionsFromTheUsersPage()
{
    // The operator is also signed in on a phone; an admin's console ends both sessions.
    auto operatorPhone = phone(u"PhoneBrowser/1.0"_qs);
    QNetworkAccessManager network;
    ApiSession admin(&network);
    admin.setBaseUrl(m_platform.url());
    signIn(&admin, u"admin"_qs);
    QTemporaryDir home;
    ConsoleSettings settings(home.filePath(u"console.ini"_qs));
    MainWindow window(&admin, &settings);
    window.resize(1200, 800);
    window.show();
    window.showPage(window.usersPage());
    UsersPage *users = window.usersPage();
    QTRY_VERIFY_WITH_TIMEOUT(users->model()->rowCount() > 0, 15000);
    const int row = [&] {
        for (int r = 0; r < users->model()->rowCount(); ++r)
            if (users->model()->userAt(r).username == u"operator"_qs)
                return r;
        return -1;
    }();
    QVERIFY(row >= 0);
    auto *table = users->findChild<QTableView *>();
    table->setCurrentIndex(users->model()->index(row, 0));
    QVERIFY(users->sessionsButton()->isEnabled());
    QTest::mouseClick(users->sessionsButton(), Qt::LeftButton);
    SessionsDialog *dialog = window.sessionsDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isOwnAccount());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->hasLoaded() && dialog->model()->rowCount() == 2, 15000);
    QCOMPARE(rowOfClient(dialog->model(), u"(this session)"_qs), -1); // none of them is the admin's
    QVERIFY(rowOfClient(dialog->model(), u"Kepler Console"_qs) >= 0);
    QCOMPARE(dialog->revokeAllButton()->text(), u"Sign out everywhere…"_qs);

    bool asked = false;
    answerNextBox(this, u"Sign out everywhere"_qs, &asked);
    QTest::mouseClick(dialog->revokeAllButton(), Qt::LeftButton);
    QTRY_VERIFY(asked);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->messageBar()->kind(), MessageBar::Kind::Positive, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->model()->hasLoaded() && dialog->model()->rowCount() == 0, 15000);
    QCOMPARE(operatorPhone->get(u"/api/v1/sessions/current"_qs).status, 401);
    HttpClient operatorConsole(m_platform.url());
    operatorConsole.setToken(m_session->token());
    QCOMPARE(operatorConsole.get(u"/api/v1/sessions/current"_qs).status, 401);
    HttpClient adminConsole(m_platform.url());
    adminConsole.setToken(admin.token());
    QCOMPARE(adminConsole.get(u"/api/v1/sessions/current"_qs).status, 200);
    dialog->close();
}

QTEST_MAIN(TestE2ESessions)
#include "tst_e2e_sessions.moc"
