// Sign-in, sessions, throttling and logout over real HTTP.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThread>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerSessions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginReturnsTokenAndUser();
    void badCredentialsGetTheSameAnswer_data();
    void badCredentialsGetTheSameAnswer();
    void loginBodyIsValidated();
    void currentSessionNamesTheUser();
    void logoutRevokesTheToken();
    void garbageTokenIs401_data();
    void garbageTokenIs401();
    void repeatedFailuresAreThrottled();
    void throttleIsPerAccount();
    void idleSessionExpiresAndUseSlidesIt();
    void loginIsAudited();

private:
    PlatformProcess m_platform;
};

void tst_ServerSessions::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
}

void tst_ServerSessions::loginReturnsTokenAndUser()
{
    HttpClient http(m_platform.url());
    const HttpResult r = http.login(u"operator"_qs, kDemoPassword);
    QCOMPARE(r.status, 201);
    const QString token = r.object().value(u"token"_qs).toString();
    // 32 random bytes in base64url: 43 characters, no padding.
    QCOMPARE(token.size(), 43);
    QVERIFY(!token.contains(u'=') && !token.contains(u'+') && !token.contains(u'/'));
    const QJsonObject user = r.object().value(u"user"_qs).toObject();
    QCOMPARE(user.value(u"username"_qs).toString(), u"operator"_qs);
    QVERIFY(!user.value(u"displayName"_qs).toString().isEmpty());
    QCOMPARE(user.value(u"roles"_qs).toArray(), QJsonArray {u"operator"_qs});
    const QDateTime expires
        = QDateTime::fromString(r.object().value(u"expiresAt"_qs).toString(), Qt::ISODateWithMs);
    const qint64 hours = QDateTime::currentDateTimeUtc().secsTo(expires) / 3600;
    QVERIFY2(hours >= 7 && hours <= 8, qPrintable(expires.toString(Qt::ISODate)));
    // A second login gives a different token.
    HttpClient other(m_platform.url());
    QCOMPARE(other.login(u"operator"_qs, kDemoPassword).status, 201);
    QVERIFY(other.token() != token);
}

void tst_ServerSessions::badCredentialsGetTheSameAnswer_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::newRow("wrong password") << u"manager"_qs << u"kepler-dem0"_qs;
    QTest::newRow("unknown user") << u"nobody"_qs << kDemoPassword;
    QTest::newRow("case matters") << u"manager"_qs << u"KEPLER-DEMO"_qs;
}

void tst_ServerSessions::badCredentialsGetTheSameAnswer()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    HttpClient http(m_platform.url());
    const HttpResult r = http.login(username, password);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), u"invalid_credentials"_qs);
    QVERIFY(!r.object().contains(u"token"_qs));
    QVERIFY(http.token().isEmpty());
    // Unknown user and wrong password are indistinguishable (apart from the request id).
    QCOMPARE(r.object().value(u"detail"_qs).toString(), u"Wrong username or password"_qs);
    http.login(u"manager"_qs, kDemoPassword); // keep manager's failure count below the throttle
}

void tst_ServerSessions::loginBodyIsValidated()
{
    HttpClient http(m_platform.url());
    const HttpResult r
        = http.request("POST", u"/api/v1/sessions"_qs, QJsonObject {{u"username"_qs, u"operator"_qs}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), u"validation_failed"_qs);
    const QJsonArray errors = r.object().value(u"errors"_qs).toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject().value(u"field"_qs).toString(), u"password"_qs);
    QCOMPARE(errors.at(0).toObject().value(u"code"_qs).toString(), u"required"_qs);

    const HttpResult wrongType = http.request(
        "POST", u"/api/v1/sessions"_qs, QJsonObject {{u"username"_qs, 12}, {u"password"_qs, true}});
    QCOMPARE(wrongType.status, 422);
    QCOMPARE(wrongType.object().value(u"errors"_qs).toArray().size(), 2);
}

void tst_ServerSessions::currentSessionNamesTheUser()
{
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"reviewer"_qs, kDemoPassword).status, 201);
    const HttpResult r = http.get(u"/api/v1/sessions/current"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"user"_qs).toObject().value(u"username"_qs).toString(), u"reviewer"_qs);
    QVERIFY(r.object().value(u"expiresAt"_qs).isString());
}

void tst_ServerSessions::logoutRevokesTheToken()
{
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"operator2"_qs, kDemoPassword).status, 201);
    QCOMPARE(http.get(u"/api/v1/partners?limit=1"_qs).status, 200);
    const HttpResult out = http.request("DELETE", u"/api/v1/sessions/current"_qs);
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());
    const HttpResult after = http.get(u"/api/v1/partners?limit=1"_qs);
    QCOMPARE(after.status, 401);
    QCOMPARE(after.code(), u"session_expired"_qs);
    QCOMPARE(http.request("DELETE", u"/api/v1/sessions/current"_qs).status, 401);
}

void tst_ServerSessions::garbageTokenIs401_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("garbage") << QByteArray("Bearer not-a-token");
    QTest::newRow("plausible") << QByteArray("Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    QTest::newRow("empty bearer") << QByteArray("Bearer ");
    QTest::newRow("basic") << QByteArray("Basic b3BlcmF0b3I6a2VwbGVyLWRlbW8=");
}

void tst_ServerSessions::garbageTokenIs401()
{
    QFETCH(QByteArray, authorization);
    HttpClient http(m_platform.url());
    const HttpResult r = http.get(u"/api/v1/sessions/current"_qs, {{"Authorization", authorization}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), u"unauthenticated"_qs);
}

void tst_ServerSessions::repeatedFailuresAreThrottled()
{
    HttpClient http(m_platform.url());
    for (int i = 0; i < 5; ++i)
        QCOMPARE(http.login(u"reviewer2"_qs, u"wrong-password"_qs).status, 401);
    // Locked now: even the right password is refused, with a Retry-After.
    const HttpResult r = http.login(u"reviewer2"_qs, kDemoPassword);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), u"too_many_attempts"_qs);
    bool ok = false;
    const int retryAfter = r.header("retry-after").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(retryAfter >= 1 && retryAfter <= 30, r.header("retry-after").constData());
    QVERIFY(!r.object().contains(u"token"_qs));
}

void tst_ServerSessions::throttleIsPerAccount()
{
    // reviewer2 is locked by the previous test; reviewer is not.
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"reviewer2"_qs, kDemoPassword).status, 429);
    QCOMPARE(http.login(u"reviewer"_qs, kDemoPassword).status, 201);
}

void tst_ServerSessions::idleSessionExpiresAndUseSlidesIt()
{
    PlatformProcess platform;
    QVERIFY2(
        platform.start({u"--demo"_qs, u"--idle-timeout"_qs, u"1.5"_qs}), qPrintable(platform.errorString()));
    HttpClient http(platform.url());
    QCOMPARE(http.login(u"operator"_qs, kDemoPassword).status, 201);
    // Used every 0.4 s for 3 s (twice the idle time): the expiry slides and the session lives.
    for (int i = 0; i < 8; ++i) {
        QThread::msleep(400);
        QCOMPARE(http.get(u"/api/v1/sessions/current"_qs).status, 200);
    }
    QThread::msleep(2000);
    const HttpResult r = http.get(u"/api/v1/sessions/current"_qs);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), u"session_expired"_qs);
}

void tst_ServerSessions::loginIsAudited()
{
    HttpClient manager(m_platform.url());
    const HttpResult login = manager.request("POST", u"/api/v1/sessions"_qs,
        QJsonObject {{u"username"_qs, u"manager"_qs}, {u"password"_qs, kDemoPassword}},
        {{"X-Request-Id", "login-audit-1"}});
    QCOMPARE(login.status, 201);
    manager.setToken(login.object().value(u"token"_qs).toString());
    const HttpResult audit = manager.get(u"/api/v1/audit?entityType=session&limit=5"_qs);
    QCOMPARE(audit.status, 200);
    const QJsonObject latest = audit.object().value(u"items"_qs).toArray().at(0).toObject();
    QCOMPARE(latest.value(u"action"_qs).toString(), u"session.create"_qs);
    QCOMPARE(latest.value(u"actor"_qs).toString(), u"manager"_qs);
    QCOMPARE(latest.value(u"requestId"_qs).toString(), u"login-audit-1"_qs);
    QVERIFY(
        !QJsonDocument(latest).toJson().contains(login.object().value(u"token"_qs).toString().toLatin1()));
}

QTEST_GUILESS_MAIN(tst_ServerSessions)
#include "tst_server_sessions.moc"
