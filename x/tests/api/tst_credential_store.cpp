// CredentialStore against the real system keychain (a throwaway gnome-keyring in CI, see
// scripts/with-test-keyring.sh), its session-only mode, and the fallback when the keychain is
// broken: the token is kept in memory and nothing is written to disk.
//
// Without a working keychain the round-trip test is skipped — or fails when
// KEPLER_REQUIRE_KEYCHAIN=1, as CI sets it, so a broken CI keyring cannot pass silently.
#include "api/CredentialStore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>
#include <QUuid>

#include <cstdio>

using Kepler::CredentialStore;

namespace {

constexpr char ChildModeVariable[] = "KEPLER_CREDENTIAL_STORE_CHILD";
constexpr char ChildTokenVariable[] = "KEPLER_CREDENTIAL_STORE_CHILD_TOKEN";

QString testServiceName()
{
    // Never the console's own entries, and unique per run.
    return u"kepler-console-test-"_qs + QString::number(QCoreApplication::applicationPid());
}

bool keychainRequired()
{
    return qEnvironmentVariableIntValue("KEPLER_REQUIRE_KEYCHAIN") == 1;
}

} // namespace

#define KEYCHAIN_UNAVAILABLE(reason)                                                                         \
    do {                                                                                                     \
        const QString why = u"no working system keychain: "_qs + (reason);                                   \
        if (keychainRequired())                                                                              \
            QFAIL(qPrintable(why + u" (KEPLER_REQUIRE_KEYCHAIN=1)"_qs));                                     \
        QSKIP(qPrintable(why + u" — run under scripts/with-test-keyring.sh"_qs));                            \
    } while (false)

class TestCredentialStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sessionOnlyModeKeepsTokensInMemory();
    void realKeychainRoundTrip();
    void brokenKeychainFallsBackWithoutWritingToDisk();
};

void TestCredentialStore::sessionOnlyModeKeepsTokensInMemory()
{
    CredentialStore store(testServiceName());
    QSignalSpy sessionOnly(&store, &CredentialStore::sessionOnlyChanged);
    QSignalSpy saved(&store, &CredentialStore::tokenSaved);
    QSignalSpy loaded(&store, &CredentialStore::tokenLoaded);
    QSignalSpy missing(&store, &CredentialStore::tokenMissing);
    QSignalSpy removed(&store, &CredentialStore::tokenRemoved);

    QVERIFY(!store.isSessionOnly());
    store.setSessionOnly();
    QVERIFY(store.isSessionOnly());
    QCOMPARE(sessionOnly.size(), 1);
    QCOMPARE(sessionOnly.at(0).at(0).toBool(), true);
    QVERIFY(!CredentialStore::sessionOnlyNotice().isEmpty());

    store.saveToken(u"p1"_qs, u"t1"_qs);
    QCOMPARE(saved.size(), 0); // answers arrive from the event loop
    QTRY_COMPARE(saved.size(), 1);
    QCOMPARE(saved.at(0).at(0).toString(), u"p1"_qs);

    store.loadToken(u"p1"_qs);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(1).toString(), u"t1"_qs);

    store.loadToken(u"other"_qs);
    QTRY_COMPARE(missing.size(), 1);

    store.removeToken(u"p1"_qs);
    QTRY_COMPARE(removed.size(), 1);
    store.loadToken(u"p1"_qs);
    QTRY_COMPARE(missing.size(), 2);
    QCOMPARE(sessionOnly.size(), 1);

    // A fresh store (a new run of the console) remembers nothing.
    CredentialStore next(testServiceName());
    next.setSessionOnly();
    QSignalSpy nextMissing(&next, &CredentialStore::tokenMissing);
    store.saveToken(u"p2"_qs, u"t2"_qs);
    next.loadToken(u"p2"_qs);
    QTRY_COMPARE(nextMissing.size(), 1);
}

void TestCredentialStore::realKeychainRoundTrip()
{
    const QString profile = u"http://127.0.0.1:8765|operator"_qs;
    const QString token = u"token-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);

    CredentialStore store(testServiceName());
    store.setTimeoutMs(5000);
    QSignalSpy sessionOnly(&store, &CredentialStore::sessionOnlyChanged);
    QSignalSpy saved(&store, &CredentialStore::tokenSaved);
    store.saveToken(profile, token);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    if (store.isSessionOnly()) {
        KEYCHAIN_UNAVAILABLE(u"saving fell back to session-only mode"_qs);
    }
    QCOMPARE(sessionOnly.size(), 0);

    // A second store has nothing in memory: what it loads came from the keychain.
    CredentialStore reader(testServiceName());
    QSignalSpy loaded(&reader, &CredentialStore::tokenLoaded);
    QSignalSpy readerMissing(&reader, &CredentialStore::tokenMissing);
    reader.loadToken(profile);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + readerMissing.size(), 1, 10000);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).toString(), profile);
    QCOMPARE(loaded.at(0).at(1).toString(), token);
    QVERIFY(!reader.isSessionOnly());

    QSignalSpy removed(&store, &CredentialStore::tokenRemoved);
    QSignalSpy failed(&store, &CredentialStore::failed);
    store.removeToken(profile);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size() + failed.size(), 1, 10000);
    QCOMPARE(removed.size(), 1);

    CredentialStore third(testServiceName());
    QSignalSpy missing(&third, &CredentialStore::tokenMissing);
    QSignalSpy thirdLoaded(&third, &CredentialStore::tokenLoaded);
    third.loadToken(profile);
    QTRY_COMPARE_WITH_TIMEOUT(missing.size() + thirdLoaded.size(), 1, 10000);
    QCOMPARE(missing.size(), 1);
    QVERIFY(!third.isSessionOnly()); // "not found" is an answer, not a broken keychain

    // Removing what is not there is fine too.
    QSignalSpy removedAgain(&third, &CredentialStore::tokenRemoved);
    third.removeToken(profile);
    QTRY_COMPARE_WITH_TIMEOUT(removedAgain.size(), 1, 10000);
}

void TestCredentialStore::brokenKeychainFallsBackWithoutWritingToDisk()
{
    // In a child process: D-Bus state is per process, and this one may already hold a working
    // connection. The child gets a session bus address that leads nowhere and a private HOME.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QDir(home.path()).mkpath(u"run"_qs);
    QFile::setPermissions(
        home.filePath(u"run"_qs), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString canary = u"leak-canary-"_qs + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP", "KDE_FULL_SESSION"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_qs, home.path());
    env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u".config"_qs));
    env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u".local/share"_qs));
    env.insert(u"XDG_CACHE_HOME"_qs, home.filePath(u".cache"_qs));
    env.insert(u"XDG_RUNTIME_DIR"_qs, home.filePath(u"run"_qs));
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_qs, u"unix:path="_qs + home.filePath(u"no-such-bus"_qs));
    env.insert(QString::fromLatin1(ChildModeVariable), u"1"_qs);
    env.insert(QString::fromLatin1(ChildTokenVariable), canary);

    QProcess child;
    child.setProcessEnvironment(env);
    child.setWorkingDirectory(home.path());
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY2(child.waitForFinished(60000), "child did not finish");
    const QString out = QString::fromUtf8(child.readAllStandardOutput());
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
        qPrintable(u"child failed:\n"_qs + out + err));
    QVERIFY2(out.contains(u"sessionOnly=1"_qs), qPrintable(out));
    QVERIFY2(out.contains(u"loaded=match"_qs), qPrintable(out));

    // Nothing under the child's HOME or working directory holds the token.
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QVERIFY2(!file.readAll().contains(canary.toUtf8()), qPrintable(u"token written to "_qs + path));
    }
}

// The child's side: a store over a keychain that cannot work must still keep the token for the
// session, say so, and answer a load from memory.
static int runBrokenKeychainChild()
{
    const QString token = qEnvironmentVariable(ChildTokenVariable);
    CredentialStore store(u"kepler-console-broken-test"_qs);
    store.setTimeoutMs(3000);
    bool sessionOnly = false;
    QString loaded;
    QObject::connect(&store, &CredentialStore::sessionOnlyChanged, [&](bool on) { sessionOnly = on; });
    QEventLoop loop;
    QObject::connect(&store, &CredentialStore::tokenSaved, &loop, [&] { store.loadToken(u"probe"_qs); });
    QObject::connect(&store, &CredentialStore::tokenLoaded, &loop, [&](const QString &, const QString &t) {
        loaded = t;
        loop.quit();
    });
    QObject::connect(&store, &CredentialStore::tokenMissing, &loop, [&] { loop.quit(); });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    store.saveToken(u"probe"_qs, token);
    loop.exec();
    QTextStream out(stdout);
    out << "sessionOnly=" << (sessionOnly && store.isSessionOnly() ? 1 : 0) << '\n';
    out << "loaded=" << (loaded == token ? "match" : "mismatch") << '\n';
    out.flush();
    return sessionOnly && loaded == token ? 0 : 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(ChildModeVariable))
        return runBrokenKeychainChild();
    TestCredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credential_store.moc"
