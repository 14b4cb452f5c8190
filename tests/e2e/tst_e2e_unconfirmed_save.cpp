// A save whose answer is lost (docs/reliability.md): the platform is paused (SIGSTOP) with the
// partner's PATCH in its socket, so the console's request times out although the service carries it
// out once it runs again (SIGCONT). The console must not claim "Not saved": it says the save is not
// confirmed, reads the partner again when the platform answers, finds its own draft at the next
// version and ends clean there — no conflict with itself, no second write.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SignInThroughDialog.h"
#include "app/ConsoleSettings.h"
#include "app/MainWindow.h"

#include "api/ApiSession.h"
#include "api/ConnectionMonitor.h"
#include "models/PartnerListModel.h"
#include "widgets/ConnectionBar.h"
#include "widgets/MessageBar.h"
#include "widgets/PartnerEditor.h"
#include "widgets/PartnersPage.h"

#include <QComboBox>
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

QStringList actionTexts(MessageBar *bar)
{
    QStringList texts;
    for (QToolButton *b : bar->findChildren<QToolButton *>())
        if (b->isVisible() && !b->text().isEmpty())
            texts << b->text();
    return texts;
}

} // namespace

class TestE2EUnconfirmedSave : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lostAnswerIsConfirmedWhenThePlatformAnswers();
    void retriedCreateMakesOnePartner();

private:
    bool signalPlatform(int signal);

    PlatformProcess m_platform;
    QTemporaryDir m_home;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ConnectionBar *m_bar = nullptr;
    bool m_stopped = false;
};

void TestE2EUnconfirmedSave::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--demo-partners"_qs, u"30"_qs}),
        qPrintable(m_platform.errorString()));
    m_session = new ApiSession(&m_network, this);
    m_session->setBaseUrl(m_platform.url());
    Test::signInThroughDialog(m_session, m_platform.url(), u"operator"_qs);
    // A lost answer in 2 s instead of the console's 15 s.
    m_session->setJobTimeoutMs(2000);
    m_settings = std::make_unique<ConsoleSettings>(m_home.filePath(u"console.ini"_qs));
    m_window = std::make_unique<MainWindow>(m_session, m_settings.get());
    m_window->resize(1400, 900);
    m_window->show();
    m_bar = m_window->findChild<ConnectionBar *>();
    QVERIFY(m_bar);
    m_bar->monitor()->setIntervals(1000, 300);
    m_window->partnersPage()->reload();
    QTRY_VERIFY_WITH_TIMEOUT(m_window->partnersPage()->editor()->original().id != 0, 15000);
}

void TestE2EUnconfirmedSave::cleanupTestCase()
{
    if (m_stopped)
        signalPlatform(SIGCONT); // never leave a stopped child behind
    m_window.reset();
}

bool TestE2EUnconfirmedSave::signalPlatform(int signal)
{
    const qint64 pid = m_platform.process().processId();
    if (pid <= 0 || ::kill(pid_t(pid), signal) != 0)
        return false;
    m_stopped = signal == SIGSTOP;
    return true;
}

void TestE2EUnconfirmedSave::lostAnswerIsConfirmedWhenThePlatformAnswers()
{
    PartnerEditor *editor = m_window->partnersPage()->editor();
    MessageBar *bar = editor->messageBar();
    const Partner loaded = editor->original();
    QVERIFY(loaded.id > 0 && loaded.version > 0);
    const QString newName = loaded.name + u" X"_qs;

    auto *name = editor->findChild<QLineEdit *>(u"name"_qs);
    QVERIFY(name);
    name->setFocus();
    QTest::keyClick(name, Qt::Key_End);
    QTest::keyClicks(name, u" X"_qs); // the names are Chinese: type what the keyboard has
    QVERIFY(editor->isDirty());

    // Paused, the platform still accepts the connection: the PATCH waits in its socket and is
    // carried out after SIGCONT, long after the console stopped waiting for the answer.
    QVERIFY(signalPlatform(SIGSTOP));
    QTest::mouseClick(editor->findChild<QPushButton *>(u"save"_qs), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(bar->kind(), MessageBar::Kind::Warning, 10000);
    QVERIFY2(bar->text().startsWith(u"Not confirmed yet"_qs), qPrintable(bar->text()));
    QVERIFY2(!bar->text().contains(u"Not saved"_qs), qPrintable(bar->text()));
    QVERIFY(editor->isDirty());
    QCOMPARE(name->text(), newName);
    // The connection bar notices too; still no verdict while the platform is away.
    QTRY_VERIFY_WITH_TIMEOUT(!m_bar->monitor()->isReachable(), 15000);
    QTest::qWait(2500);
    QVERIFY2(bar->text().startsWith(u"Not confirmed yet"_qs), qPrintable(bar->text()));

    QVERIFY(signalPlatform(SIGCONT));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->monitor()->isReachable(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isDirty(), 20000);
    QCOMPARE(editor->original().version, loaded.version + 1);
    QCOMPARE(editor->original().name, newName);
    QCOMPARE(bar->kind(), MessageBar::Kind::Positive);
    QVERIFY2(bar->text().contains(u"confirmed after the connection came back"_qs), qPrintable(bar->text()));
    QVERIFY2(actionTexts(bar).isEmpty(), qPrintable(actionTexts(bar).join(u", "_qs)));

    // The service holds the edit once: one version further, the name as typed.
    HttpClient http(m_platform.url());
    http.setToken(m_session->token());
    const auto answer = http.get(u"/api/v1/partners/%1"_qs.arg(loaded.id));
    QCOMPARE(answer.object().value(u"name"_qs).toString(), newName);
    QCOMPARE(answer.object().value(u"version"_qs).toInteger(), loaded.version + 1);
    // And the list shows what the editor shows.
    const int row = m_window->partnersPage()->model()->rowOfId(loaded.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_window->partnersPage()->model()->partnerAt(row).name, newName);
}

// A new partner whose answer is lost: "Not confirmed yet" as for an edit, then "Try again" once the
// platform is back: the retry repeats the first request's Idempotency-Key, so the service answers
// with the partner the lost attempt created — one partner, not two.
void TestE2EUnconfirmedSave::retriedCreateMakesOnePartner()
{
    PartnersPage *page = m_window->partnersPage();
    PartnerEditor *editor = page->editor();
    MessageBar *bar = editor->messageBar();
    QTRY_VERIFY(!editor->isDirty());
    page->newPartner();
    QVERIFY(editor->isNew());
    const QString name = u"Retry Once %1"_qs.arg(QDateTime::currentMSecsSinceEpoch() % 100000);
    auto *nameField = editor->findChild<QLineEdit *>(u"name"_qs);
    QVERIFY(nameField);
    nameField->setFocus();
    QTest::keyClicks(nameField, name);
    for (const char *combo : {"mode", "scenario"}) {
        auto *box = editor->findChild<QComboBox *>(QString::fromLatin1(combo));
        QVERIFY(box && box->count() > 1);
        box->setCurrentIndex(1);
    }
    QVERIFY(editor->isDirty());

    QVERIFY(signalPlatform(SIGSTOP));
    auto *save = editor->findChild<QPushButton *>(u"save"_qs);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!bar->text().isEmpty() && save->isEnabled(), 10000);
    QVERIFY(editor->isNew()); // no answer: nothing to adopt yet
    // The create may have been carried out: not confirmed, not "Not saved", and a way to try again.
    QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
    QVERIFY2(bar->text().startsWith(u"Not confirmed yet"_qs), qPrintable(bar->text()));
    QVERIFY2(!bar->text().contains(u"Not saved"_qs), qPrintable(bar->text()));
    QToolButton *tryAgain = nullptr;
    for (QToolButton *b : bar->findChildren<QToolButton *>())
        if (b->isVisible() && b->text() == u"Try again")
            tryAgain = b;
    QVERIFY2(tryAgain, qPrintable(actionTexts(bar).join(u", "_qs)));
    QVERIFY(signalPlatform(SIGCONT));
    QTRY_VERIFY_WITH_TIMEOUT(m_bar->monitor()->isReachable(), 15000);

    QTest::mouseClick(tryAgain, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!editor->isNew() && editor->original().id > 0, 15000);
    QCOMPARE(editor->original().name, name);

    HttpClient http(m_platform.url());
    http.setToken(m_session->token());
    const auto found
        = http.get(u"/api/v1/partners?q=%1"_qs.arg(QString::fromUtf8(QUrl::toPercentEncoding(name))));
    QList<qint64> named; // the search matches parts of names too: keep the exact ones
    for (const QJsonValue &item : found.object().value(u"items"_qs).toArray())
        if (item.toObject().value(u"name"_qs).toString() == name)
            named << item.toObject().value(u"id"_qs).toInteger();
    QCOMPARE(named, QList<qint64> {editor->original().id});
}

QTEST_MAIN(TestE2EUnconfirmedSave)
#include "tst_e2e_unconfirmed_save.moc"
