// Health, request ids and every transport-level error of docs/api.md, over real HTTP.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "TestPostgres.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Kepler::Test;

class tst_ServerHealthErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void health();
    void requestIdOnEveryAnswer_data();
    void requestIdOnEveryAnswer();
    void requestIdEchoedWhenSane_data();
    void requestIdEchoedWhenSane();
    void unknownRouteIs404();
    void wrongMethodIs405WithAllow_data();
    void wrongMethodIs405WithAllow();
    void bodyOverOneMebibyteIs413();
    void nonJsonBodyIs415();
    void malformedJsonIs400_data();
    void malformedJsonIs400();
    void missingTokenIs401();

private:
    static void verifyProblem(const HttpResult &r, int status, const QString &code);

    PlatformProcess m_platform;
    HttpClient m_http;
};

void tst_ServerHealthErrors::verifyProblem(const HttpResult &r, int status, const QString &code)
{
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    const QJsonObject o = r.object();
    QCOMPARE(o.value(u"status"_qs).toInt(), status);
    QCOMPARE(o.value(u"code"_qs).toString(), code);
    QCOMPARE(o.value(u"type"_qs).toString(), u"https://kepler.example/problems/"_qs + code);
    QVERIFY(!o.value(u"title"_qs).toString().isEmpty());
    QVERIFY(!o.value(u"detail"_qs).toString().isEmpty());
    QCOMPARE(o.value(u"requestId"_qs).toString().toLatin1(), r.header("x-request-id"));
}

void tst_ServerHealthErrors::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_http.setBaseUrl(m_platform.url());
}

void tst_ServerHealthErrors::health()
{
    // Public: up or not, and nothing a stranger could use to pick an exploit (no version, no engine).
    const HttpResult r = m_http.get(u"/api/v1/health"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"ok"_qs);
    QCOMPARE(r.object().keys(), (QStringList {u"status"_qs, u"time"_qs}));
    QVERIFY(!r.body.contains("sqlite") && !r.body.contains("postgresql"));
    const QDateTime time = QDateTime::fromString(r.object().value(u"time"_qs).toString(), Qt::ISODateWithMs);
    QVERIFY(time.isValid());
    QVERIFY(qAbs(time.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    // The details need a signed-in account.
    verifyProblem(m_http.get(u"/api/v1/health/details"_qs), 401, u"unauthenticated"_qs);
    HttpClient staff(m_platform.url());
    QCOMPARE(staff.login(u"reviewer"_qs, u"kepler-demo"_qs).status, 201);
    const HttpResult details = staff.get(u"/api/v1/health/details"_qs);
    QCOMPARE(details.status, 200);
    QCOMPARE(details.object().value(u"status"_qs).toString(), u"ok"_qs);
    // The engine the platform runs on: PostgreSQL in the *_pg run of this test (TestPostgres.h).
    QCOMPARE(details.object().value(u"database"_qs).toString(),
        TestPostgres::enabled() ? u"postgresql"_qs : u"sqlite"_qs);
    const QString version = details.object().value(u"version"_qs).toString();
    QVERIFY(!version.isEmpty());
    QVERIFY(!r.body.contains(version.toUtf8()));
    QVERIFY(!details.object().value(u"catalogSearch"_qs).toString().isEmpty());
}

void tst_ServerHealthErrors::requestIdOnEveryAnswer_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::newRow("200 health") << QByteArray("GET") << u"/api/v1/health"_qs << QByteArray() << 200;
    QTest::newRow("404 route") << QByteArray("GET") << u"/nowhere"_qs << QByteArray() << 404;
    QTest::newRow("405 method") << QByteArray("PUT") << u"/api/v1/health"_qs << QByteArray() << 405;
    QTest::newRow("401 no token") << QByteArray("GET") << u"/api/v1/partners"_qs << QByteArray() << 401;
    QTest::newRow("400 json") << QByteArray("POST") << u"/api/v1/sessions"_qs << QByteArray("{") << 400;
}

void tst_ServerHealthErrors::requestIdOnEveryAnswer()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    const HttpResult r = m_http.requestRaw(method, path, body, {{"Content-Type", "application/json"}});
    QCOMPARE(r.status, status);
    QVERIFY(QRegularExpression(u"^[A-Za-z0-9._-]{8,64}$"_qs)
                .match(QString::fromLatin1(r.header("x-request-id")))
                .hasMatch());
    // Two answers never share an id.
    const HttpResult again = m_http.requestRaw(method, path, body, {{"Content-Type", "application/json"}});
    QVERIFY(again.header("x-request-id") != r.header("x-request-id"));
}

void tst_ServerHealthErrors::requestIdEchoedWhenSane_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("echoed");
    QTest::newRow("sane") << QByteArray("client-42.a_b") << true;
    QTest::newRow("spaces") << QByteArray("not sane") << false;
    QTest::newRow("too long") << QByteArray(65, 'a') << false;
}

void tst_ServerHealthErrors::requestIdEchoedWhenSane()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, echoed);
    const HttpResult r = m_http.get(u"/api/v1/nowhere"_qs, {{"X-Request-Id", sent}});
    QCOMPARE(r.status, 404);
    QCOMPARE(r.header("x-request-id") == sent, echoed);
    QCOMPARE(r.object().value(u"requestId"_qs).toString().toLatin1(), r.header("x-request-id"));
}

void tst_ServerHealthErrors::unknownRouteIs404()
{
    verifyProblem(m_http.get(u"/api/v1/partnerz"_qs), 404, u"route_not_found"_qs);
    verifyProblem(m_http.get(u"/api/v1/partners/1/nothing"_qs), 404, u"route_not_found"_qs);
}

void tst_ServerHealthErrors::wrongMethodIs405WithAllow_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("DELETE health") << QByteArray("DELETE") << u"/api/v1/health"_qs << QByteArray("GET");
    QTest::newRow("PUT partners") << QByteArray("PUT") << u"/api/v1/partners"_qs << QByteArray("GET, POST");
    QTest::newRow("DELETE partner") << QByteArray("DELETE") << u"/api/v1/partners/3"_qs
                                    << QByteArray("GET, PATCH");
    QTest::newRow("PUT sessions") << QByteArray("PUT") << u"/api/v1/sessions"_qs << QByteArray("POST, GET");
}

void tst_ServerHealthErrors::wrongMethodIs405WithAllow()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, allow);
    const HttpResult r = m_http.requestRaw(method, path, {});
    verifyProblem(r, 405, u"method_not_allowed"_qs);
    QCOMPARE(r.header("allow"), allow);
}

void tst_ServerHealthErrors::bodyOverOneMebibyteIs413()
{
    const QByteArray big = "{\"name\":\"" + QByteArray(2 * 1024 * 1024, 'x') + "\"}";
    verifyProblem(
        m_http.requestRaw("POST", u"/api/v1/sessions"_qs, big, {{"Content-Type", "application/json"}}), 413,
        u"payload_too_large"_qs);
    // The service is still there afterwards, and a body just under the cap is read normally.
    const QByteArray under = "{\"username\":\"" + QByteArray(1000 * 1000, 'x') + "\",\"password\":\"x\"}";
    const HttpResult r
        = m_http.requestRaw("POST", u"/api/v1/sessions"_qs, under, {{"Content-Type", "application/json"}});
    QVERIFY2(r.status == 422 || r.status == 401, r.body.constData());
    QCOMPARE(m_http.get(u"/api/v1/health"_qs).status, 200);
}

void tst_ServerHealthErrors::nonJsonBodyIs415()
{
    verifyProblem(m_http.requestRaw("POST", u"/api/v1/sessions"_qs, "username=a&password=b",
                      {{"Content-Type", "application/x-www-form-urlencoded"}}),
        415, u"unsupported_media_type"_qs);
    verifyProblem(m_http.requestRaw("POST", u"/api/v1/sessions"_qs, "{}", {{"Content-Type", "text/plain"}}),
        415, u"unsupported_media_type"_qs);
}

void tst_ServerHealthErrors::malformedJsonIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray("{\"username\":");
    QTest::newRow("array") << QByteArray("[1,2]");
    QTest::newRow("string") << QByteArray("\"operator\"");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("garbage") << QByteArray("\xff\xfe not json");
}

void tst_ServerHealthErrors::malformedJsonIs400()
{
    QFETCH(QByteArray, body);
    verifyProblem(
        m_http.requestRaw("POST", u"/api/v1/sessions"_qs, body, {{"Content-Type", "application/json"}}), 400,
        u"malformed_json"_qs);
}

void tst_ServerHealthErrors::missingTokenIs401()
{
    const HttpResult r = m_http.get(u"/api/v1/partners"_qs);
    verifyProblem(r, 401, u"unauthenticated"_qs);
    QCOMPARE(r.header("www-authenticate"), QByteArray("Bearer"));
}

QTEST_GUILESS_MAIN(tst_ServerHealthErrors)
#include "tst_server_health_errors.moc"
