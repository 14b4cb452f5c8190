// Secrets (issue 8 "Secrets"; OWASP API8, ASVS V3.3/V7.1): a real platform logging everything it
// can (debug on) goes through sign-ins (right and wrong passwords), staff accounts with passwords,
// a password reset, key issue and rotate, and signed gateway calls; then its stderr, its database
// files and every file the console wrote must hold no bearer token, no password and no app secret
// (the gateway needs the secret to check signatures, so the main database is the one place it
// lives). The console half runs the real ConsoleController with "remember me" on, against that
// platform, with HOME and XDG folders in a temporary directory: the token goes to the keychain
// (CredentialStore, or its session-only memory when no keychain answers), never to its settings.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "TestPostgres.h"

#include "api/ApiSession.h"
#include "app/ConsoleController.h"
#include "widgets/LoginDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler;
using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
const QString kNewPassword = u"Sesame-open-42-secret"_qs;
const QString kResetPassword = u"Reset-to-this-99-secret"_qs;
const QString kWrongPassword = u"wrong-guess-secret-77"_qs;

// Every file under `root` whose bytes contain `needle` (several spellings of it).
QStringList filesHolding(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        if (bytes.contains(needle) || bytes.contains(needle.toBase64())
            || bytes.contains(needle.toPercentEncoding()))
            found.append(it.filePath());
    }
    return found;
}
} // namespace

class tst_SecuritySecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serviceLogsAndFilesHoldNoSecret_data();
    void serviceLogsAndFilesHoldNoSecret();
    void tokenNeverInTheDatabase();
    void consoleKeepsTheTokenOutOfItsSettings();

private:
    PlatformProcess m_platform;
    QTemporaryDir m_home;
    QList<std::pair<QString, QByteArray>> m_secrets; // what, value
    QList<QByteArray> m_tokens;
};

void tst_SecuritySecrets::initTestCase()
{
    // Everything the service can say, at debug level.
    m_platform.process().setProcessEnvironment([] {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_LOGGING_RULES"_qs, u"*.debug=true"_qs);
        return env;
    }());
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    HttpClient admin(m_platform.url());
    const HttpResult login = admin.login(u"admin"_qs, kDemoPassword);
    QCOMPARE(login.status, 201);
    m_tokens.append(admin.token().toLatin1());

    HttpClient guess(m_platform.url());
    QCOMPARE(guess.login(u"operator"_qs, kWrongPassword).status, 401);
    QCOMPARE(guess.login(u"nobody-here"_qs, kWrongPassword).status, 401);

    const HttpResult user = admin.request("POST", u"/api/v1/users"_qs,
        QJsonObject {{u"username"_qs, u"secret-keeper"_qs}, {u"displayName"_qs, u"S"_qs},
            {u"password"_qs, kNewPassword}, {u"roles"_qs, QJsonArray {u"operator"_qs}}});
    QCOMPARE(user.status, 201);
    HttpClient keeper(m_platform.url());
    QCOMPARE(keeper.login(u"secret-keeper"_qs, kNewPassword).status, 201);
    m_tokens.append(keeper.token().toLatin1());
    QCOMPARE(
        admin
            .request("POST", u"/api/v1/users/%1/password"_qs.arg(user.object().value(u"id"_qs).toInteger()),
                QJsonObject {{u"password"_qs, kResetPassword}})
            .status,
        204);
    QCOMPARE(keeper.login(u"secret-keeper"_qs, kResetPassword).status, 201);
    m_tokens.append(keeper.token().toLatin1());

    const qint64 partner = keeper.get(u"/api/v1/partners?status=active&limit=1"_qs).firstItemId();
    const HttpResult issued
        = keeper.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(partner), QJsonObject {});
    QCOMPARE(issued.status, 201);
    const HttpResult rotated = keeper.request("POST",
        u"/api/v1/partners/%1/keys/%2/rotate"_qs.arg(partner).arg(
            issued.object().value(u"keyId"_qs).toInteger()),
        QJsonObject {{u"overlapHours"_qs, 1}});
    QCOMPARE(rotated.status, 201);
    for (const HttpResult *k : {&issued, &rotated}) {
        const GatewayKey key {
            k->object().value(u"appKey"_qs).toString(), k->object().value(u"secret"_qs).toString()};
        HttpClient gateway(m_platform.url());
        QCOMPARE(sendSigned(gateway, key).status, 200);
        SignedCall bad;
        QCOMPARE(sendSigned(gateway, {key.appKey, key.secret + u"x"_qs}, bad).status, 401);
        m_secrets.append({u"app secret"_qs, key.secret.toLatin1()});
    }
    // A token used once more and then revoked, so both paths have logged what they log.
    QCOMPARE(keeper.request("DELETE", u"/api/v1/sessions/current"_qs).status, 204);
    QCOMPARE(keeper.get(u"/api/v1/sessions/current"_qs).status, 401);

    for (const QByteArray &t : std::as_const(m_tokens))
        m_secrets.append({u"bearer token"_qs, t});
    for (const QString &p : {kDemoPassword, kNewPassword, kResetPassword, kWrongPassword})
        m_secrets.append({u"password"_qs, p.toUtf8()});
    QTest::qWait(1500); // the metrics writer and the log have flushed
}

void tst_SecuritySecrets::serviceLogsAndFilesHoldNoSecret_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QByteArray>("secret");
    for (int i = 0; i < m_secrets.size(); ++i)
        QTest::addRow("%s %d", qPrintable(m_secrets[i].first), i)
            << m_secrets[i].first << m_secrets[i].second;
}

void tst_SecuritySecrets::serviceLogsAndFilesHoldNoSecret()
{
    QFETCH(QString, what);
    QFETCH(QByteArray, secret);
    const QByteArray log = m_platform.standardError();
    QVERIFY2(log.size() > 1000, "the service logged next to nothing: debug logging is not on");
    QVERIFY2(!log.contains(secret), qPrintable(what + u" in the service's log"_qs));
    // The data folder: the database holds the app secret (signatures need it), nothing else may.
    QStringList files = filesHolding(m_platform.dataDir(), secret);
    if (what == u"app secret"_qs)
        files.removeIf([](const QString &f) { return QFileInfo(f).fileName().startsWith(u"kepler.db"_qs); });
    QVERIFY2(files.isEmpty(), qPrintable(what + u" in "_qs + files.join(u", "_qs)));
}

void tst_SecuritySecrets::tokenNeverInTheDatabase()
{
    // Sessions are stored as SHA-256 of the token; passwords as Argon2id strings. (On PostgreSQL the
    // store is not in the data folder; the log and folder checks above still ran.)
    if (TestPostgres::enabled())
        return;
    QDirIterator it(m_platform.dataDir(), QDir::Files, QDirIterator::Subdirectories);
    bool sawArgon = false;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        sawArgon = sawArgon || f.readAll().contains("$argon2id$");
    }
    QVERIFY(sawArgon);
}

void tst_SecuritySecrets::consoleKeepsTheTokenOutOfItsSettings()
{
    // The console of a user who ticks "remember me", in a home of its own.
    QVERIFY(m_home.isValid());
    for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        qputenv(var, QDir(m_home.path()).filePath(QString::fromLatin1(var)).toUtf8());
    qunsetenv("DBUS_SESSION_BUS_ADDRESS"); // no keychain here: CredentialStore goes session-only
    ConsoleController::Options options;
    options.server = m_platform.url();
    ConsoleController controller(options);
    controller.start();
    LoginDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog =
                                     [] {
                                         for (QWidget *w : QApplication::topLevelWidgets())
                                             if (auto *d = qobject_cast<LoginDialog *>(w);
                                                 d && d->isVisible())
                                                 return d;
                                         return static_cast<LoginDialog *>(nullptr);
                                     }())
            != nullptr,
        10000);
    dialog->setUsername(u"operator"_qs);
    dialog->setRememberMe(true);
    QTest::keyClicks(dialog->passwordField(), kDemoPassword);
    QTRY_VERIFY(dialog->signInButton()->isEnabled());
    QTest::mouseClick(dialog->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(controller.mainWindow() != nullptr, 20000);
    const QByteArray token = controller.session()->token().toLatin1();
    QVERIFY(token.size() >= 43);
    QTest::qWait(6000); // the keychain's timeout (5 s) has passed: whatever it saves, it has saved
    // The console wrote its settings (server, user, remember me) …
    QStringList written;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        written.append(it.next());
    QVERIFY2(!written.isEmpty(), "the console wrote no settings at all");
    QVERIFY(!filesHolding(m_home.path(), "operator").isEmpty());
    // … and neither the token nor the password anywhere in its home.
    QVERIFY2(filesHolding(m_home.path(), token).isEmpty(),
        qPrintable(filesHolding(m_home.path(), token).join(u", "_qs)));
    QVERIFY(filesHolding(m_home.path(), kDemoPassword.toUtf8()).isEmpty());
}

QTEST_MAIN(tst_SecuritySecrets)
#include "tst_security_secrets.moc"
