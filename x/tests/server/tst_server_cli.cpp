// The kepler-platform command line: refusal without accounts, `user add`, the URL line, --demo
// determinism and graceful shutdown.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "TestPostgres.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler::Test;

class tst_ServerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesToStartWithoutUsers();
    void userAddThenStart();
    void userAddIsValidated_data();
    void userAddIsValidated();
    void firstStdoutLineIsTheUrl();
    void demoSeedIsDeterministic();
    void demoDoesNotReseedExistingData();
    void sigtermShutsDownCleanly();
    void unknownCommandFails();
    void malformedDbUrlIsRefused();
    void outOfRangeTimeoutsAreRefused_data();
    void outOfRangeTimeoutsAreRefused();
    void unreachablePostgresFailsWithoutItsPassword();
    void databaseFileIsPrivate();

private:
    static QJsonArray allPartners(const QUrl &url);
};

QJsonArray tst_ServerCli::allPartners(const QUrl &url)
{
    HttpClient http(url);
    if (http.login(u"operator"_qs, u"kepler-demo"_qs).status != 201)
        return {};
    return http.get(u"/api/v1/partners?limit=500&sort=id"_qs).object().value(u"items"_qs).toArray();
}

void tst_ServerCli::refusesToStartWithoutUsers()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(PlatformProcess::binaryPath(), {u"--data"_qs, dir.path(), u"--listen"_qs, u"127.0.0.1:0"_qs});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardOutput().isEmpty()); // no URL: nobody may think it is serving
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("user add") && err.contains("--role admin"), err.constData());
}

void tst_ServerCli::userAddThenStart()
{
    QTemporaryDir dir;
    QByteArray output;
    QCOMPARE(
        PlatformProcess::addUser(dir.path(), u"root"_qs, {u"admin"_qs}, u"correct horse battery"_qs, &output),
        0);
    QVERIFY2(output.contains("root"), output.constData());

    PlatformProcess platform;
    platform.setDataDir(dir.path());
    QVERIFY2(platform.start(), qPrintable(platform.errorString()));
    HttpClient http(platform.url());
    const HttpResult login = http.login(u"root"_qs, u"correct horse battery"_qs);
    QCOMPARE(login.status, 201);
    QCOMPARE(
        login.object().value(u"user"_qs).toObject().value(u"roles"_qs).toArray(), QJsonArray {u"admin"_qs});
    // No demo data without --demo.
    QCOMPARE(http.get(u"/api/v1/partners"_qs).object().value(u"total"_qs).toInt(), 0);
    QCOMPARE(http.get(u"/api/v1/users"_qs).object().value(u"total"_qs).toInt(), 1);
}

void tst_ServerCli::userAddIsValidated_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("password");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("short password") << u"alice"_qs << QStringList {u"admin"_qs} << u"short"_qs << 2;
    QTest::newRow("no role") << u"alice"_qs << QStringList {} << u"long-enough-1"_qs << 2;
    QTest::newRow("unknown role") << u"alice"_qs << QStringList {u"root"_qs} << u"long-enough-1"_qs << 2;
    QTest::newRow("bad name") << u"Alice Smith"_qs << QStringList {u"admin"_qs} << u"long-enough-1"_qs << 2;
    QTest::newRow("duplicate") << u"taken"_qs << QStringList {u"admin"_qs} << u"long-enough-1"_qs << 1;
}

void tst_ServerCli::userAddIsValidated()
{
    QFETCH(QString, name);
    QFETCH(QStringList, roles);
    QFETCH(QString, password);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    QCOMPARE(PlatformProcess::addUser(dir.path(), u"taken"_qs, {u"operator"_qs}, u"long-enough-1"_qs), 0);
    QByteArray output;
    QCOMPARE(PlatformProcess::addUser(dir.path(), name, roles, password, &output), exitCode);
    QVERIFY(!output.isEmpty());
}

void tst_ServerCli::firstStdoutLineIsTheUrl()
{
    PlatformProcess platform;
    QVERIFY2(platform.start({u"--demo"_qs}), qPrintable(platform.errorString()));
    const QRegularExpression urlLine(u"^http://127\\.0\\.0\\.1:(\\d+)$"_qs);
    const auto match = urlLine.match(platform.url().toString());
    QVERIFY2(match.hasMatch(), qPrintable(platform.url().toString()));
    QVERIFY(match.captured(1).toInt() > 0); // port 0 became a real port
}

void tst_ServerCli::demoSeedIsDeterministic()
{
    // Review ages and waiting applications are relative to the seeding moment; pin it.
    qputenv("KEPLER_DEMO_ANCHOR", "2026-11-30T12:00:00Z");
    const auto unpin = qScopeGuard([] { qunsetenv("KEPLER_DEMO_ANCHOR"); });
    PlatformProcess a;
    PlatformProcess b;
    QVERIFY2(a.start({u"--demo"_qs}), qPrintable(a.errorString()));
    QVERIFY2(b.start({u"--demo"_qs}), qPrintable(b.errorString()));
    const QJsonArray first = allPartners(a.url());
    QCOMPARE(first.size(), 240);
    QCOMPARE(allPartners(b.url()), first);
    // The review queue too: every state of every seeded mini-program version.
    const auto queue = [](const QUrl &url) {
        HttpClient http(url);
        http.login(u"reviewer"_qs, u"kepler-demo"_qs);
        return http
            .get(u"/api/v1/reviews?limit=500&status=draft,submitted,approved,rejected,withdrawn,delayed,"
                 u"released,rolled_back,in_review"_qs)
            .object();
    };
    QJsonObject firstQueue = queue(a.url());
    QVERIFY(firstQueue.value(u"total"_qs).toInt() > 50);
    QJsonObject secondQueue = queue(b.url());
    QVERIFY(!secondQueue.value(u"serverTime"_qs).toString().isEmpty());
    for (QJsonObject *q : {&firstQueue, &secondQueue})
        q->remove(u"serverTime"_qs); // when it was asked, not what was seeded
    QCOMPARE(secondQueue, firstQueue);
}

void tst_ServerCli::demoDoesNotReseedExistingData()
{
    QTemporaryDir dir;
    {
        PlatformProcess platform;
        platform.setDataDir(dir.path());
        QVERIFY2(platform.start({u"--demo"_qs}), qPrintable(platform.errorString()));
        HttpClient http(platform.url());
        QCOMPARE(http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
        QCOMPARE(http.request("POST", u"/api/v1/partners"_qs,
                         QJsonObject {{u"name"_qs, u"保留渠道"_qs}, {u"mode"_qs, u"guide"_qs},
                             {u"scenario"_qs, u"music"_qs}})
                     .status,
            201);
        QVERIFY(platform.stop());
    }
    PlatformProcess again;
    again.setDataDir(dir.path());
    QVERIFY2(again.start({u"--demo"_qs}), qPrintable(again.errorString()));
    // Committed writes survived the restart, and the seed did not run twice.
    QCOMPARE(allPartners(again.url()).size(), 241);
}

void tst_ServerCli::sigtermShutsDownCleanly()
{
    PlatformProcess platform;
    QVERIFY2(platform.start({u"--demo"_qs}), qPrintable(platform.errorString()));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(platform.stop(10000));
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(platform.process().exitCode(), 0);
}

void tst_ServerCli::unknownCommandFails()
{
    QProcess p;
    p.start(PlatformProcess::binaryPath(), {u"user"_qs, u"remove"_qs, u"x"_qs});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("unknown command"));
}

void tst_ServerCli::malformedDbUrlIsRefused()
{
    // From --db and from $KEPLER_DB alike: exit 2 naming --db, before anything is opened.
    QTemporaryDir dir;
    for (const bool fromEnvironment : {false, true}) {
        QProcess p;
        QStringList args {u"--data"_qs, dir.path(), u"--demo"_qs};
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (fromEnvironment)
            env.insert(u"KEPLER_DB"_qs, u"mysql://kepler@localhost/kepler"_qs);
        else
            args << u"--db"_qs << u"postgresql://kepler@localhost"_qs; // no database named
        p.setProcessEnvironment(env);
        p.start(PlatformProcess::binaryPath(), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardOutput().isEmpty());
        QVERIFY(p.readAllStandardError().contains("--db"));
        QVERIFY(!QFile::exists(dir.filePath(u"kepler.db"_qs)));
    }
}

void tst_ServerCli::outOfRangeTimeoutsAreRefused_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    for (const QString &option : {u"--idle-timeout"_qs, u"--client-timeout"_qs}) {
        for (const QString &value : {u"1e300"_qs, u"nan"_qs, u"inf"_qs, u"-1"_qs, u"soon"_qs})
            QTest::newRow(qPrintable(option + u' ' + value)) << option << value;
    }
}

void tst_ServerCli::outOfRangeTimeoutsAreRefused()
{
    // Exit 2 naming the option, before anything is opened; never a double cast to an integer out of
    // its range (undefined behaviour, which UBSan in build-asan/ would stop the process for).
    QFETCH(QString, option);
    QFETCH(QString, value);
    QTemporaryDir dir;
    QProcess p;
    p.start(PlatformProcess::binaryPath(), {u"--data"_qs, dir.path(), u"--demo"_qs, option, value});
    QVERIFY(p.waitForFinished(30000));
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(option.toUtf8()), err.constData());
    QVERIFY(!QFile::exists(dir.filePath(u"kepler.db"_qs)));
}

void tst_ServerCli::unreachablePostgresFailsWithoutItsPassword()
{
    // Port 1 on loopback: nothing listens. The service says it cannot prepare the database, and the
    // URL it names has no password.
    QTemporaryDir dir;
    QProcess p;
    p.start(PlatformProcess::binaryPath(),
        {u"--data"_qs, dir.path(), u"--demo"_qs, u"--db"_qs,
            u"postgresql://kepler:s3cret-pw@127.0.0.1:1/kepler?connect_timeout=5"_qs});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardOutput().isEmpty());
    const QByteArray err = p.readAllStandardError();
    QVERIFY2(err.contains("cannot prepare the database"), err.constData());
    QVERIFY2(!err.contains("s3cret-pw"), err.constData());
}

void tst_ServerCli::databaseFileIsPrivate()
{
    QTemporaryDir dir;
    QCOMPARE(PlatformProcess::addUser(dir.path(), u"root"_qs, {u"admin"_qs}, u"correct horse battery"_qs), 0);
    if (TestPostgres::enabled()) { // the account went to PostgreSQL: no file in --data at all
        QVERIFY(!QFile::exists(dir.filePath(u"kepler.db"_qs)));
        return;
    }
    const QFileDevice::Permissions permissions = QFile::permissions(dir.filePath(u"kepler.db"_qs));
    QVERIFY(permissions.testFlag(QFileDevice::ReadOwner));
    QVERIFY(!permissions.testFlag(QFileDevice::ReadGroup));
    QVERIFY(!permissions.testFlag(QFileDevice::ReadOther));
}

QTEST_GUILESS_MAIN(tst_ServerCli)
#include "tst_server_cli.moc"
