// Saves whose answer is lost on the pools, pricing and staff-account pages (docs/reliability.md):
// the platform is paused (SIGSTOP) with the request in its socket, so the console stops waiting
// although the service carries the request out once it runs again (SIGCONT). The page must say
// "Not confirmed yet", never "Not saved"; a create tried again must not make a second pool or
// account (it repeats its Idempotency-Key), and an edit is confirmed by reading the rule again.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignInThroughDialog.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"

#include "api/ApiSession.h"
#include "api/ConnectionMonitor.h"
#include "models/PoolListModel.h"
#include "models/PricingRuleListModel.h"
#include "models/UserListModel.h"
#include "widgets/ConnectionBar.h"
#include "widgets/MessageBar.h"
#include "widgets/PoolEditor.h"
#include "widgets/PoolsPage.h"
#include "widgets/PricingPage.h"
#include "widgets/PricingRuleEditor.h"
#include "widgets/UsersPage.h"

#include <QCheckBox>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <csignal>
#include <sys/types.h>

using namespace Kepler;
using Kepler::Test::HttpClient;
using Kepler::Test::PlatformProcess;

namespace {

QToolButton *barAction(MessageBar *bar, const QString &text)
{
    for (QToolButton *b : bar->findChildren<QToolButton *>())
        if (b->isVisible() && b->text() == text)
            return b;
    return nullptr;
}

// How many items of a list answer have `field` == `value`.
int countNamed(const QJsonObject &list, const QString &field, const QString &value)
{
    int n = 0;
    for (const QJsonValue &item : list.value(u"items"_qs).toArray())
        n += item.toObject().value(field).toString() == value;
    return n;
}

} // namespace

class TestE2ELostAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void retriedPoolCreateMakesOnePool();
    void lostRuleEditIsConfirmed();
    void retriedAccountCreateMakesOneAccount();

private:
    bool signalPlatform(int signal);
    // Pauses the platform, runs `save`, and waits for the page's bar to settle on a verdict.
    void saveWhilePaused(MessageBar *bar, const std::function<void()> &save);
    void resume();

    PlatformProcess m_platform;
    HttpClient m_http; // the service's own view, as the signed-in admin
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ConnectionBar *m_bar = nullptr;
    bool m_stopped = false;
    const QString m_tag = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000);
};

void TestE2ELostAnswers::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--demo-partners"_qs, u"30"_qs}),
        qPrintable(m_platform.errorString()));
    m_session = new ApiSession(&m_network, this);
    m_session->setBaseUrl(m_platform.url());
    Test::signInThroughDialog(m_session, m_platform.url(), u"admin"_qs); // pools, rules and accounts
    // A lost answer in 2 s instead of the console's 15 s.
    m_session->setJobTimeoutMs(2000);
    m_http.setBaseUrl(m_platform.url());
    m_http.setToken(m_session->token());
    m_settings = std::make_unique<ConsoleSettings>(m_home.filePath(u"console.ini"_qs));
    m_window = std::make_unique<MainWindow>(m_session, m_settings.get());
    m_window->resize(1400, 900);
    m_window->show();
    m_bar = m_window->findChild<ConnectionBar *>();
    QVERIFY(m_bar);
    m_bar->monitor()->setIntervals(1000, 300);
}

void TestE2ELostAnswers::cleanup()
{
    if (m_stopped) // a failed check must not leave the next test a paused platform
        QVERIFY(signalPlatform(SIGCONT));
}

void TestE2ELostAnswers::cleanupTestCase()
{
    if (m_stopped)
        signalPlatform(SIGCONT); // never leave a stopped child behind
    m_window.reset();
}

bool TestE2ELostAnswers::signalPlatform(int signal)
{
    const qint64 pid = m_platform.process().processId();
    if (pid <= 0 || ::kill(pid_t(pid), signal) != 0)
        return false;
    m_stopped = signal == SIGSTOP;
    return true;
}

void TestE2ELostAnswers::saveWhilePaused(MessageBar *bar, const std::function<void()> &save)
{
    QVERIFY(signalPlatform(SIGSTOP));
    save();
    // A keyed create is tried three times (2 s each, with backoff) before the page hears of it.
    QTRY_VERIFY2_WITH_TIMEOUT(!bar->text().isEmpty()
            && (bar->kind() == MessageBar::Kind::Warning || bar->kind() == MessageBar::Kind::Error),
        qPrintable(u"%1 (kind %2)"_qs.arg(bar->text()).arg(int(bar->kind()))), 30000);
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY2(bar->text().startsWith(u"Not confirmed yet"_qs), qPrintable(bar->text()));
    QVERIFY2(!bar->text().contains(u"Not saved"_qs), qPrintable(bar->text()));
}

void TestE2ELostAnswers::resume()
{
    QVERIFY(signalPlatform(SIGCONT));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->monitor()->isReachable(), 15000);
}

// Before: the create was sent once with no key; "Try again" sent it again and made a second pool.
void TestE2ELostAnswers::retriedPoolCreateMakesOnePool()
{
    PoolsPage *page = m_window->poolsPage();
    m_window->showPage(page); // a bar out of sight reads as empty
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() > 0, 15000);
    page->newPool();
    const QString name = u"Lost answer pool "_qs + m_tag;
    page->editor()->nameField()->setText(name);
    page->editor()->keywordField()->setText(u"茶"_qs);
    QTRY_VERIFY(page->saveButton()->isEnabled());
    saveWhilePaused(page->messageBar(), [page] { page->saveButton()->click(); });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(page->editor()->original().id, 0); // no answer: nothing to adopt yet
    QCOMPARE(page->editor()->nameField()->text(), name);
    resume();
    QToolButton *again = barAction(page->messageBar(), u"Try again"_qs);
    QVERIFY(again);
    again->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->editor()->original().id > 0, 15000);
    QCOMPARE(page->editor()->original().name, name);
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Positive);
    QCOMPARE(countNamed(m_http.get(u"/api/v1/pools"_qs).object(), u"name"_qs, name), 1);
}

// Before: "The server did not answer in time." as an error, though the edit was saved.
void TestE2ELostAnswers::lostRuleEditIsConfirmed()
{
    PricingPage *page = m_window->pricingPage();
    m_window->showPage(page);
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->model()->rowCount() > 0, 15000);
    const PricingRuleEntry entry = page->model()->entryAt(0);
    QVERIFY(page->openRule(entry.rule.id));
    QTRY_COMPARE(page->editor()->original().id, entry.rule.id);
    const int version = page->editor()->original().version;
    const QString newName = entry.rule.name + u" X"_qs;
    page->editor()->nameField()->setText(newName);
    QTRY_VERIFY(page->saveButton()->isEnabled());
    saveWhilePaused(page->messageBar(), [page] { page->saveButton()->click(); });
    if (QTest::currentTestFailed())
        return;
    QVERIFY(barAction(page->messageBar(), u"Check now"_qs));
    QTest::qWait(2500); // still no verdict while the platform is away
    QVERIFY2(page->messageBar()->text().startsWith(u"Not confirmed yet"_qs),
        qPrintable(page->messageBar()->text()));
    resume();
    QTRY_VERIFY_WITH_TIMEOUT(
        page->messageBar()->text().contains(u"confirmed after the connection came back"_qs), 20000);
    QCOMPARE(page->messageBar()->kind(), MessageBar::Kind::Positive);
    QVERIFY(!page->editor()->isDirty());
    QCOMPARE(page->editor()->original().version, version + 1);
    QCOMPARE(page->editor()->original().name, newName);
    const QJsonObject stored = m_http.get(u"/api/v1/pricing/rules/%1"_qs.arg(entry.rule.id)).object();
    QCOMPARE(stored.value(u"name"_qs).toString(), newName);
    QCOMPARE(stored.value(u"version"_qs).toInt(), version + 1); // written once
}

// Before: each Save made a new key, so trying again after a lost answer said "username taken".
void TestE2ELostAnswers::retriedAccountCreateMakesOneAccount()
{
    UsersPage *page = m_window->usersPage();
    m_window->showPage(page);
    page->reload();
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 0, 15000);
    const auto field = [page](const QString &name) {
        for (QLineEdit *e : page->findChildren<QLineEdit *>())
            if (e->accessibleName() == name)
                return e;
        return static_cast<QLineEdit *>(nullptr);
    };
    QPushButton *newUser = nullptr;
    QPushButton *save = nullptr;
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == u"New user"_qs)
            newUser = b;
        if (b->text() == u"Save"_qs)
            save = b;
    }
    QVERIFY(newUser && save);
    newUser->click();
    const QString username = u"lost.answer"_qs + m_tag;
    field(u"User name"_qs)->setText(username);
    field(u"Display name"_qs)->setText(u"Lost Answer"_qs);
    field(u"Password"_qs)->setText(u"a long enough one"_qs);
    for (QCheckBox *b : page->findChildren<QCheckBox *>())
        if (b->text() == u"Reviewer"_qs)
            b->setChecked(true);
    saveWhilePaused(page->messageBar(), [save] { save->click(); });
    if (QTest::currentTestFailed())
        return;
    resume();
    QToolButton *again = barAction(page->messageBar(), u"Try again"_qs);
    QVERIFY(again);
    again->click();
    QTRY_VERIFY_WITH_TIMEOUT(page->messageBar()->kind() == MessageBar::Kind::Positive, 15000);
    QVERIFY2(page->messageBar()->text().contains(username), qPrintable(page->messageBar()->text()));
    QCOMPARE(countNamed(m_http.get(u"/api/v1/users?limit=500"_qs).object(), u"username"_qs, username), 1);
}

QTEST_MAIN(TestE2ELostAnswers)
#include "tst_e2e_lost_answers.moc"
