// OWASP API8 (security misconfiguration) over real HTTP: the same security headers on every kind of
// answer (errors included), the right Content-Type, no server banner, no CORS, and error bodies
// that never carry SQL, file paths or stack traces — also when the database itself fails (forced
// from the side with triggers, as a broken disk or a bad migration would).
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "TestPostgres.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
} // namespace

class tst_SecurityMisconfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void headersOnEveryAnswer_data();
    void headersOnEveryAnswer();
    void noCorsForAnyOrigin_data();
    void noCorsForAnyOrigin();
    void traceDoesNotEcho();
    void errorBodiesLeakNothing_data();
    void errorBodiesLeakNothing();
    void forcedDatabaseErrorsLeakNothing();
    void cleanupTestCase();

private:
    static void verifyNoLeak(const HttpResult &r, const QString &dataDir);
    bool execSide(const QString &sql);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_admin;
    QByteArray m_reviewsEtag;
    qint64 m_partner = 0;
};

void tst_SecurityMisconfig::initTestCase()
{
    QVERIFY2(
        m_platform.start({u"--demo"_qs, u"--allow-test-hooks"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    m_admin.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, kDemoPassword).status, 201);
    QCOMPARE(m_admin.login(u"admin"_qs, kDemoPassword).status, 201);
    m_reviewsEtag = m_operator.get(u"/api/v1/reviews"_qs).header("etag");
    QVERIFY(!m_reviewsEtag.isEmpty());
    m_partner = m_operator.get(u"/api/v1/partners?limit=1&sort=id"_qs).firstItemId();
}

void tst_SecurityMisconfig::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(u"misconfig-side"_qs);
}

void tst_SecurityMisconfig::headersOnEveryAnswer_data()
{
    QTest::addColumn<QString>("who"); // "", "operator", "fresh" (a session of its own)
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answerType");
    const QByteArray json = "application/json", problem = "application/problem+json";
    QTest::newRow("200 health") << QString() << QByteArray("GET") << u"/api/v1/health"_qs << QByteArray()
                                << QByteArray() << 200 << json;
    QTest::newRow("200 list") << u"operator"_qs << QByteArray("GET") << u"/api/v1/partners?limit=2"_qs
                              << QByteArray() << QByteArray() << 200 << json;
    QTest::newRow("200 csv") << u"operator"_qs << QByteArray("GET")
                             << u"/api/v1/partners:export?status=active"_qs << QByteArray() << QByteArray()
                             << 200 << QByteArray("text/csv; charset=utf-8");
    QTest::newRow("201 session") << QString() << QByteArray("POST") << u"/api/v1/sessions"_qs
                                 << QByteArray(R"({"username":"manager","password":"kepler-demo"})") << json
                                 << 201 << json;
    QTest::newRow("204 logout") << u"fresh"_qs << QByteArray("DELETE") << u"/api/v1/sessions/current"_qs
                                << QByteArray() << QByteArray() << 204 << QByteArray();
    QTest::newRow("304 reviews") << u"operator"_qs << QByteArray("GET") << u"/api/v1/reviews"_qs
                                 << QByteArray() << QByteArray() << 304 << QByteArray();
    QTest::newRow("400 json") << QString() << QByteArray("POST") << u"/api/v1/sessions"_qs << QByteArray("{")
                              << json << 400 << problem;
    QTest::newRow("400 query") << u"operator"_qs << QByteArray("GET") << u"/api/v1/partners?limit=abc"_qs
                               << QByteArray() << QByteArray() << 400 << problem;
    QTest::newRow("401") << QString() << QByteArray("GET") << u"/api/v1/partners"_qs << QByteArray()
                         << QByteArray() << 401 << problem;
    QTest::newRow("401 gateway") << QString() << QByteArray("GET") << u"/open/v1/ping"_qs << QByteArray()
                                 << QByteArray() << 401 << problem;
    QTest::newRow("403") << u"operator"_qs << QByteArray("GET") << u"/api/v1/users"_qs << QByteArray()
                         << QByteArray() << 403 << problem;
    QTest::newRow("404 route") << QString() << QByteArray("GET") << u"/nowhere"_qs << QByteArray()
                               << QByteArray() << 404 << problem;
    QTest::newRow("404 id") << u"operator"_qs << QByteArray("GET") << u"/api/v1/partners/99999999"_qs
                            << QByteArray() << QByteArray() << 404 << problem;
    QTest::newRow("405") << QString() << QByteArray("PUT") << u"/api/v1/health"_qs << QByteArray()
                         << QByteArray() << 405 << problem;
    QTest::newRow("413") << QString() << QByteArray("POST") << u"/api/v1/sessions"_qs
                         << QByteArray(1100 * 1024, ' ') << json << 413 << problem;
    QTest::newRow("415") << QString() << QByteArray("POST") << u"/api/v1/sessions"_qs << QByteArray("a=b")
                         << QByteArray("application/x-www-form-urlencoded") << 415 << problem;
    QTest::newRow("422") << QString() << QByteArray("POST") << u"/api/v1/sessions"_qs << QByteArray("{}")
                         << json << 422 << problem;
    QTest::newRow("428") << u"operator"_qs << QByteArray("PATCH") << u"/api/v1/partners/%1"_qs.arg(m_partner)
                         << QByteArray("{}") << json << 428 << problem;
}

void tst_SecurityMisconfig::headersOnEveryAnswer()
{
    QFETCH(QString, who);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QByteArray, answerType);
    HttpClient fresh(m_platform.url());
    HttpClient anonymous(m_platform.url());
    HttpClient *http = &anonymous;
    if (who == u"operator"_qs)
        http = &m_operator;
    if (who == u"fresh"_qs) {
        QCOMPARE(fresh.login(u"operator2"_qs, kDemoPassword).status, 201);
        http = &fresh;
    }
    Headers headers;
    if (!contentType.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", contentType));
    if (status == 304)
        headers.append(std::pair<QByteArray, QByteArray>("If-None-Match", m_reviewsEtag));
    const HttpResult r = http->requestRaw(method, path, body, headers);
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("x-content-type-options"), QByteArray("nosniff"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    QCOMPARE(r.header("x-frame-options"), QByteArray("DENY"));
    QVERIFY(r.header("content-security-policy").contains("frame-ancestors 'none'"));
    QVERIFY(!r.header("x-request-id").isEmpty());
    QCOMPARE(r.header("content-type"), answerType);
    // No banner: no Server or X-Powered-By header, so no version to look up vulnerabilities for.
    QVERIFY2(r.header("server").isEmpty(), r.header("server").constData());
    QVERIFY(r.header("x-powered-by").isEmpty());
    QVERIFY(r.header("access-control-allow-origin").isEmpty());
}

void tst_SecurityMisconfig::noCorsForAnyOrigin_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("origin");
    QTest::newRow("preflight evil") << QByteArray("OPTIONS") << QByteArray("https://evil.example");
    QTest::newRow("preflight null") << QByteArray("OPTIONS") << QByteArray("null");
    QTest::newRow("get evil") << QByteArray("GET") << QByteArray("https://evil.example");
    QTest::newRow("get localhost") << QByteArray("GET") << QByteArray("http://localhost:3000");
}

void tst_SecurityMisconfig::noCorsForAnyOrigin()
{
    // The console is a desktop program: no browser origin is ever allowed to read the API.
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, origin);
    const HttpResult r = m_operator.requestRaw(method, u"/api/v1/partners?limit=1"_qs, {},
        {{"Origin", origin}, {"Access-Control-Request-Method", "GET"},
            {"Access-Control-Request-Headers", "authorization"}});
    QVERIFY(r.status > 0);
    for (const QByteArray &name :
        {QByteArray("access-control-allow-origin"), QByteArray("access-control-allow-credentials"),
            QByteArray("access-control-allow-headers"), QByteArray("access-control-allow-methods")})
        QVERIFY2(r.header(name).isEmpty(), name.constData());
    if (method == "OPTIONS")
        QCOMPARE(r.status, 405);
}

void tst_SecurityMisconfig::traceDoesNotEcho()
{
    const HttpResult r
        = m_operator.requestRaw("TRACE", u"/api/v1/health"_qs, {}, {{"X-Secret-Probe", "probe-123"}});
    QVERIFY(r.status == 405 || r.status == 404);
    QVERIFY(!r.body.contains("probe-123"));
    QVERIFY(!r.body.contains(m_operator.token().toLatin1()));
}

void tst_SecurityMisconfig::verifyNoLeak(const HttpResult &r, const QString &dataDir)
{
    const QString body = QString::fromUtf8(r.body);
    static const QStringList forbidden {u"SELECT "_qs, u"INSERT "_qs, u"UPDATE "_qs, u"DELETE FROM"_qs,
        u"sqlite"_qs, u"QSQL"_qs, u"syntax error"_qs, u"constraint"_qs, u"no such"_qs, u"RAISE"_qs,
        u"refused (test)"_qs, u".cpp"_qs, u".h:"_qs, u"std::"_qs, u"Kepler::"_qs, u"/tmp/"_qs, u"/work/"_qs,
        u"Traceback"_qs, u"terminate called"_qs, u"what()"_qs, u"kepler.db"_qs};
    for (const QString &word : forbidden)
        QVERIFY2(!body.contains(word, Qt::CaseInsensitive) || (word == u"sqlite"_qs && r.status < 400),
            qPrintable(word + u" in "_qs + body));
    QVERIFY2(!body.contains(dataDir), qPrintable(body));
}

void tst_SecurityMisconfig::errorBodiesLeakNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("sql in path") << QByteArray("GET") << u"/api/v1/partners/1%27%20OR%201=1--"_qs
                                 << QByteArray();
    QTest::newRow("sql in sort") << QByteArray("GET")
                                 << u"/api/v1/partners?sort=name;DROP%20TABLE%20partners"_qs << QByteArray();
    QTest::newRow("sql in q") << QByteArray("GET") << u"/api/v1/partners?q=%27%22)%20UNION%20SELECT%201--"_qs
                              << QByteArray();
    QTest::newRow("fts syntax") << QByteArray("GET") << u"/api/v1/catalog/skus?q=%22%20OR%20NEAR(a%20b"_qs
                                << QByteArray();
    QTest::newRow("bad cursor") << QByteArray("GET") << u"/api/v1/partners?cursor=%27%3B--"_qs
                                << QByteArray();
    QTest::newRow("forged cursor") << QByteArray("GET") << u"/api/v1/catalog/skus?cursor=eyJvIjoiJyJ9"_qs
                                   << QByteArray();
    QTest::newRow("huge limit") << QByteArray("GET") << u"/api/v1/audit?limit=99999999999999999999"_qs
                                << QByteArray();
    QTest::newRow("bad time") << QByteArray("GET") << u"/api/v1/metrics/orders?from=%27;select"_qs
                              << QByteArray();
    QTest::newRow("json junk") << QByteArray("POST") << u"/api/v1/partners"_qs
                               << QByteArray("{\"name\":\x01}");
    QTest::newRow("json types") << QByteArray("POST") << u"/api/v1/partners"_qs
                                << QByteArray(R"({"name":["x"],"mode":{"$gt":""},"scenario":null})");
    QTest::newRow("import junk") << QByteArray("POST") << u"/api/v1/partners:import?dryRun=true"_qs
                                 << QByteArray("name,mode\n\"unterminated");
}

void tst_SecurityMisconfig::errorBodiesLeakNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    const QByteArray type = path.contains(u":import"_qs) ? "text/csv" : "application/json";
    const HttpResult r = m_operator.requestRaw(method, path, body, {{"Content-Type", type}});
    QVERIFY2(r.status >= 200 && r.status < 500,
        qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body)));
    if (r.status == 200) {
        // Search text is only ever text: SQL or FTS syntax in it finds nothing, it is not run.
        QCOMPARE(r.object().value(u"total"_qs).toInt(), 0);
    } else {
        QVERIFY(r.status >= 400);
        QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    }
    verifyNoLeak(r, m_platform.dataDir());
}

bool tst_SecurityMisconfig::execSide(const QString &sql)
{
    const QString connection = u"misconfig-side"_qs;
    if (TestPostgres::enabled() && !QSqlDatabase::contains(connection))
        TestPostgres::openConnection(m_platform.dataDir(), connection);
    QSqlDatabase db = QSqlDatabase::contains(connection)
        ? QSqlDatabase::database(connection)
        : QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
    if (!db.isOpen()) {
        db.setDatabaseName(QDir(m_platform.dataDir()).filePath(u"kepler.db"_qs));
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_qs);
        if (!db.open())
            return false;
    }
    QSqlQuery q(db);
    if (!q.exec(sql))
        qWarning() << q.lastError().text();
    return q.isActive() || q.lastError().type() == QSqlError::NoError;
}

void tst_SecurityMisconfig::forcedDatabaseErrorsLeakNothing()
{
    // Writes fail inside the database with a message full of SQL words; reads hit a missing table.
    const bool pg = TestPostgres::enabled();
    if (pg) {
        QVERIFY(execSide(u"CREATE FUNCTION refuse_test() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION "
                         u"'INSERT INTO annotations refused (test) /tmp/x.cpp'; END $$ LANGUAGE plpgsql"_qs));
        QVERIFY(execSide(u"CREATE TRIGGER refuse_annotations BEFORE INSERT ON annotations FOR EACH ROW "
                         u"EXECUTE FUNCTION refuse_test()"_qs));
        QVERIFY(execSide(u"CREATE TRIGGER refuse_partner_edit BEFORE UPDATE ON partners FOR EACH ROW "
                         u"EXECUTE FUNCTION refuse_test()"_qs));
    } else {
        QVERIFY(execSide(u"CREATE TRIGGER refuse_annotations BEFORE INSERT ON annotations BEGIN SELECT "
                         u"RAISE(ABORT, 'INSERT INTO annotations refused (test) /tmp/x.cpp'); END"_qs));
        QVERIFY(execSide(u"CREATE TRIGGER refuse_partner_edit BEFORE UPDATE ON partners "
                         u"BEGIN SELECT RAISE(ABORT, 'UPDATE partners refused (test)'); END"_qs));
    }
    const HttpResult annotation = m_operator.request("POST", u"/api/v1/annotations"_qs,
        QJsonObject {{u"at"_qs, u"2026-11-11T00:00:00Z"_qs}, {u"note"_qs, u"forced"_qs}},
        {{"X-Request-Id", "forced-db-error-1"}});
    QCOMPARE(annotation.status, 500);
    QCOMPARE(annotation.code(), u"internal_error"_qs);
    QCOMPARE(annotation.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(annotation.header("x-content-type-options"), QByteArray("nosniff"));
    verifyNoLeak(annotation, m_platform.dataDir());
    const HttpResult edit = m_operator.request("PATCH", u"/api/v1/partners/%1"_qs.arg(m_partner),
        QJsonObject {{u"commissionBps"_qs, 1111}}, {{"If-Match", "*"}});
    QCOMPARE(edit.status, 500);
    verifyNoLeak(edit, m_platform.dataDir());

    QVERIFY(execSide(u"ALTER TABLE annotations RENAME TO annotations_gone"_qs));
    const HttpResult list = m_operator.get(u"/api/v1/annotations"_qs);
    QCOMPARE(list.status, 500);
    verifyNoLeak(list, m_platform.dataDir());
    QVERIFY(execSide(u"ALTER TABLE annotations_gone RENAME TO annotations"_qs));
    QVERIFY(execSide(
        pg ? u"DROP TRIGGER refuse_annotations ON annotations"_qs : u"DROP TRIGGER refuse_annotations"_qs));
    QVERIFY(execSide(
        pg ? u"DROP TRIGGER refuse_partner_edit ON partners"_qs : u"DROP TRIGGER refuse_partner_edit"_qs));

    // The operator's log has the cause under the request id the client was given.
    const QByteArray log = m_platform.standardError();
    QVERIFY2(log.contains("forced-db-error-1"), log.right(2000).constData());
    QVERIFY(log.contains("refused (test)"));
    // And the service carries on.
    QCOMPARE(m_operator.get(u"/api/v1/annotations"_qs).status, 200);
    QCOMPARE(m_operator
                 .request("PATCH", u"/api/v1/partners/%1"_qs.arg(m_partner),
                     QJsonObject {{u"commissionBps"_qs, 1111}}, {{"If-Match", "*"}})
                 .status,
        200);
}

QTEST_GUILESS_MAIN(tst_SecurityMisconfig)
#include "tst_security_misconfig.moc"
