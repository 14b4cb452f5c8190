// OWASP API2 (broken authentication) and ASVS V3 (session management) over real HTTP: token
// entropy and unpredictability, logout, throttled guessing, a disabled account or a new password
// ending every session at once, and the session list an account (and an admin) can see and end.
// Idle expiry is proven in tst_server_sessions (idleSessionExpiresAndUseSlidesIt).
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "api/ApiSession.h"
#include "api/ListSessionsJob.h"
#include "api/RevokeSessionJob.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <bit>

using namespace Kepler;
using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
const QString kPassword = u"correct horse battery"_qs;
} // namespace

class tst_SecurityAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tokensHave256RandomBits();
    void tokenIsOnlyAcceptedAsBearerHeader();
    void logoutEndsOnlyThatSession();
    void guessingIsThrottledForKnownAndUnknownNames();
    void disablingAnAccountEndsItsSessionsAtOnce();
    void passwordResetEndsItsSessionsAtOnce();
    void accountListsAndEndsItsOwnSessions();
    void adminListsAndEndsAnyonesSessions();
    void sessionListNeverShowsTokens();
    void consoleJobsListAndEndSessions();

private:
    qint64 createUser(const QString &username, const QStringList &roles);
    HttpResult patchUser(qint64 id, const QJsonObject &changes);

    PlatformProcess m_platform;
    HttpClient m_admin;
};

void tst_SecurityAuth::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_admin.setBaseUrl(m_platform.url());
    QCOMPARE(m_admin.login(u"admin"_qs, kDemoPassword).status, 201);
}

qint64 tst_SecurityAuth::createUser(const QString &username, const QStringList &roles)
{
    const HttpResult r = m_admin.request("POST", u"/api/v1/users"_qs,
        QJsonObject {{u"username"_qs, username}, {u"displayName"_qs, username}, {u"password"_qs, kPassword},
            {u"roles"_qs, QJsonArray::fromStringList(roles)}});
    if (r.status != 201)
        qWarning() << "create user" << r.status << r.body;
    return r.object().value(u"id"_qs).toInteger();
}

HttpResult tst_SecurityAuth::patchUser(qint64 id, const QJsonObject &changes)
{
    const HttpResult current = m_admin.get(u"/api/v1/users/%1"_qs.arg(id));
    return m_admin.request(
        "PATCH", u"/api/v1/users/%1"_qs.arg(id), changes, {{"If-Match", current.header("etag")}});
}

void tst_SecurityAuth::tokensHave256RandomBits()
{
    // 64 sign-ins: every token 32 bytes of base64url, all different, and the bits look like coin
    // flips — overall and per position (bounds at ≥ 6 σ, so a true random source never fails).
    constexpr int N = 64;
    QList<QByteArray> tokens;
    for (int i = 0; i < N; ++i) {
        HttpClient http(m_platform.url());
        const HttpResult r = http.login(u"operator"_qs, kDemoPassword);
        QCOMPARE(r.status, 201);
        const QByteArray raw = QByteArray::fromBase64(
            r.object().value(u"token"_qs).toString().toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(raw.size(), 32); // 256 bits ≥ the 128 OWASP asks for
        tokens.append(raw);
    }
    QCOMPARE(QSet<QByteArray>(tokens.begin(), tokens.end()).size(), N);
    int ones = 0;
    QList<int> perBit(256, 0);
    for (const QByteArray &t : tokens)
        for (int bit = 0; bit < 256; ++bit)
            if (uchar(t.at(bit / 8)) & (1u << (bit % 8))) {
                ++ones;
                ++perBit[bit];
            }
    // 16,384 bits: mean 8,192, σ 64.
    QVERIFY2(ones > 8192 - 6 * 64 && ones < 8192 + 6 * 64, qPrintable(QString::number(ones)));
    // Each position over 64 tokens: mean 32, σ 4 — no stuck bit, no counter, no timestamp.
    for (int bit = 0; bit < 256; ++bit)
        QVERIFY2(perBit[bit] > 32 - 24 && perBit[bit] < 32 + 24, qPrintable(QString::number(bit)));
    // Consecutive tokens differ in about half their bits (mean 128, σ 8).
    for (int i = 1; i < N; ++i) {
        int distance = 0;
        for (int b = 0; b < 32; ++b)
            distance += std::popcount(uint(uchar(tokens[i].at(b)) ^ uchar(tokens[i - 1].at(b))));
        QVERIFY2(distance > 128 - 64 && distance < 128 + 64, qPrintable(QString::number(distance)));
    }
}

void tst_SecurityAuth::tokenIsOnlyAcceptedAsBearerHeader()
{
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"manager"_qs, kDemoPassword).status, 201);
    const QString token = http.token();
    HttpClient bare(m_platform.url());
    // Tokens in URLs end up in proxy logs and browser history: not accepted there.
    QCOMPARE(bare.get(u"/api/v1/sessions/current?access_token="_qs + token).status, 401);
    QCOMPARE(bare.get(u"/api/v1/sessions/current"_qs, {{"Cookie", "token=" + token.toLatin1()}}).status, 401);
    QCOMPARE(bare.get(u"/api/v1/sessions/current"_qs, {{"Authorization", token.toLatin1()}}).status, 401);
    // A token one character off is a different, unknown token.
    QString off = token;
    off[5] = off[5] == u'A' ? u'B' : u'A';
    QCOMPARE(bare.get(u"/api/v1/sessions/current"_qs, {{"Authorization", "Bearer " + off.toLatin1()}}).status,
        401);
    QCOMPARE(http.get(u"/api/v1/sessions/current"_qs).status, 200);
}

void tst_SecurityAuth::logoutEndsOnlyThatSession()
{
    HttpClient first(m_platform.url()), second(m_platform.url());
    QCOMPARE(first.login(u"operator2"_qs, kDemoPassword).status, 201);
    QCOMPARE(second.login(u"operator2"_qs, kDemoPassword).status, 201);
    QCOMPARE(first.request("DELETE", u"/api/v1/sessions/current"_qs).status, 204);
    QCOMPARE(first.get(u"/api/v1/partners?limit=1"_qs).code(), u"session_expired"_qs);
    QCOMPARE(second.get(u"/api/v1/partners?limit=1"_qs).status, 200);
}

void tst_SecurityAuth::guessingIsThrottledForKnownAndUnknownNames()
{
    // 20 guesses in a row: at most 5 are checked against the password, the rest are 429 — for a
    // real account and for a name nobody has (the throttle must not tell them apart either).
    for (const QString &name : {u"reviewer2"_qs, u"no-such-person"_qs}) {
        HttpClient http(m_platform.url());
        int checked = 0, throttled = 0;
        for (int i = 0; i < 20; ++i) {
            const HttpResult r = http.login(name, u"guess-%1"_qs.arg(i));
            if (r.status == 401)
                ++checked;
            else if (r.status == 429) {
                ++throttled;
                QVERIFY(r.header("retry-after").toInt() >= 1);
            } else
                QFAIL(r.body.constData());
        }
        QCOMPARE(checked, 5);
        QCOMPARE(throttled, 15);
    }
    // The right password does not get through a lock either.
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"reviewer2"_qs, kDemoPassword).status, 429);
}

void tst_SecurityAuth::disablingAnAccountEndsItsSessionsAtOnce()
{
    const qint64 id = createUser(u"sec-disable"_qs, {u"operator"_qs});
    QVERIFY(id > 0);
    HttpClient a(m_platform.url()), b(m_platform.url());
    QCOMPARE(a.login(u"sec-disable"_qs, kPassword).status, 201);
    QCOMPARE(b.login(u"sec-disable"_qs, kPassword).status, 201);
    QCOMPARE(patchUser(id, {{u"disabled"_qs, true}}).status, 200);
    // The very next request of either session is refused: no cache, no grace period.
    QCOMPARE(a.get(u"/api/v1/partners?limit=1"_qs).code(), u"session_expired"_qs);
    QCOMPARE(b.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
    HttpClient c(m_platform.url());
    QCOMPARE(c.login(u"sec-disable"_qs, kPassword).code(), u"account_disabled"_qs);
    // Enabling the account again does not bring the old sessions back.
    QCOMPARE(patchUser(id, {{u"disabled"_qs, false}}).status, 200);
    QCOMPARE(a.get(u"/api/v1/sessions/current"_qs).status, 401);
    QCOMPARE(c.login(u"sec-disable"_qs, kPassword).status, 201);
}

void tst_SecurityAuth::passwordResetEndsItsSessionsAtOnce()
{
    const qint64 id = createUser(u"sec-reset"_qs, {u"reviewer"_qs});
    HttpClient a(m_platform.url()), b(m_platform.url());
    QCOMPARE(a.login(u"sec-reset"_qs, kPassword).status, 201);
    QCOMPARE(b.login(u"sec-reset"_qs, kPassword).status, 201);
    QCOMPARE(m_admin
                 .request("POST", u"/api/v1/users/%1/password"_qs.arg(id),
                     QJsonObject {{u"password"_qs, u"another long password"_qs}})
                 .status,
        204);
    QCOMPARE(a.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
    QCOMPARE(b.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
    HttpClient c(m_platform.url());
    QCOMPARE(c.login(u"sec-reset"_qs, kPassword).status, 401);
    QCOMPARE(c.login(u"sec-reset"_qs, u"another long password"_qs).status, 201);
}

void tst_SecurityAuth::accountListsAndEndsItsOwnSessions()
{
    createUser(u"sec-own"_qs, {u"manager"_qs});
    HttpClient laptop(m_platform.url()), desktop(m_platform.url()), tablet(m_platform.url());
    for (HttpClient *c : {&laptop, &desktop, &tablet})
        QCOMPARE(c->login(u"sec-own"_qs, kPassword).status, 201);
    const HttpResult list = laptop.get(u"/api/v1/sessions"_qs);
    QCOMPARE(list.status, 200);
    const QJsonArray items = list.object().value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 3);
    QCOMPARE(list.object().value(u"total"_qs).toInt(), 3);
    int current = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject s = v.toObject();
        QVERIFY(s.value(u"id"_qs).toInteger() > 0);
        QVERIFY(QDateTime::fromString(s.value(u"createdAt"_qs).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(QDateTime::fromString(s.value(u"expiresAt"_qs).toString(), Qt::ISODateWithMs).isValid());
        current += s.value(u"current"_qs).toBool() ? 1 : 0;
        // Where and with what each one signed in, so the account can tell them apart.
        QCOMPARE(s.value(u"address"_qs).toString(), u"127.0.0.1"_qs);
        QVERIFY(s.value(u"userAgent"_qs).isString());
    }
    QCOMPARE(current, 1);
    const qint64 desktopId = desktop.get(u"/api/v1/sessions/current"_qs).object().value(u"id"_qs).toInteger();
    // The laptop ends the desktop's session: gone from the list, refused at once.
    QCOMPARE(laptop.request("DELETE", u"/api/v1/sessions/%1"_qs.arg(desktopId)).status, 204);
    QCOMPARE(desktop.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
    QCOMPARE(laptop.get(u"/api/v1/sessions"_qs).object().value(u"total"_qs).toInt(), 2);
    QCOMPARE(laptop.request("DELETE", u"/api/v1/sessions/%1"_qs.arg(desktopId)).status, 404); // once
    QCOMPARE(tablet.get(u"/api/v1/sessions/current"_qs).status, 200);
    // Revoking one's own current session by id is a sign-out.
    const qint64 laptopId = laptop.get(u"/api/v1/sessions/current"_qs).object().value(u"id"_qs).toInteger();
    QCOMPARE(laptop.request("DELETE", u"/api/v1/sessions/%1"_qs.arg(laptopId)).status, 204);
    QCOMPARE(laptop.get(u"/api/v1/sessions"_qs).status, 401);
    QCOMPARE(laptop.request("DELETE", u"/api/v1/sessions/abc"_qs).status, 401);
    QCOMPARE(tablet.request("DELETE", u"/api/v1/sessions/abc"_qs).status, 404);
}

void tst_SecurityAuth::adminListsAndEndsAnyonesSessions()
{
    const qint64 id = createUser(u"sec-admin-view"_qs, {u"operator"_qs});
    HttpClient a(m_platform.url()), b(m_platform.url());
    QCOMPARE(a.login(u"sec-admin-view"_qs, kPassword).status, 201);
    QCOMPARE(b.login(u"sec-admin-view"_qs, kPassword).status, 201);
    const HttpResult list = m_admin.get(u"/api/v1/users/%1/sessions"_qs.arg(id));
    QCOMPARE(list.status, 200);
    QCOMPARE(list.object().value(u"total"_qs).toInt(), 2);
    for (const QJsonValue &v : list.object().value(u"items"_qs).toArray()) {
        QCOMPARE(v.toObject().value(u"userId"_qs).toInteger(), id);
        QVERIFY(!v.toObject().value(u"current"_qs).toBool()); // not the admin's own
    }
    // Not for anyone else, not even about themselves.
    QCOMPARE(a.get(u"/api/v1/users/%1/sessions"_qs.arg(id)).status, 403);
    QCOMPARE(a.request("DELETE", u"/api/v1/users/%1/sessions"_qs.arg(id)).status, 403);
    const HttpResult ended = m_admin.request("DELETE", u"/api/v1/users/%1/sessions"_qs.arg(id));
    QCOMPARE(ended.status, 200);
    QCOMPARE(ended.object().value(u"revoked"_qs).toInt(), 2);
    QCOMPARE(a.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
    QCOMPARE(b.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
    QCOMPARE(m_admin.get(u"/api/v1/users/%1/sessions"_qs.arg(id)).object().value(u"total"_qs).toInt(), 0);
    QCOMPARE(m_admin.get(u"/api/v1/users/999999/sessions"_qs).status, 404);
    QCOMPARE(m_admin.get(u"/api/v1/sessions/current"_qs).status, 200);
    // Audited with who did it.
    const HttpResult audit = m_admin.get(u"/api/v1/audit?entityType=user&entityId=%1&limit=5"_qs.arg(id));
    QVERIFY2(audit.body.contains("session.revoke_all"), audit.body.constData());
}

void tst_SecurityAuth::sessionListNeverShowsTokens()
{
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"reviewer"_qs, kDemoPassword).status, 201);
    const QByteArray token = http.token().toLatin1();
    for (const QString &path : {u"/api/v1/sessions"_qs, u"/api/v1/sessions/current"_qs}) {
        const HttpResult r = http.get(path);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.body.contains(token));
        QVERIFY(!r.body.contains("token"));
    }
    const HttpResult users = m_admin.get(u"/api/v1/users"_qs);
    QVERIFY(!users.body.contains("password") && !users.body.contains("$argon2"));
}

void tst_SecurityAuth::consoleJobsListAndEndSessions()
{
    // The console's jobs for these routes, against the real service.
    const qint64 id = createUser(u"sec-jobs"_qs, {u"reviewer"_qs});
    HttpClient other(m_platform.url());
    QCOMPARE(other.login(u"sec-jobs"_qs, kPassword).status, 201);
    QNetworkAccessManager network;
    ApiSession mine(&network);
    mine.setBaseUrl(m_platform.url());
    mine.setToken(m_admin.token());
    ApiSession theirs(&network);
    theirs.setBaseUrl(m_platform.url());
    HttpClient second(m_platform.url());
    QCOMPARE(second.login(u"sec-jobs"_qs, kPassword).status, 201);
    theirs.setToken(second.token());

    auto *own = new ListSessionsJob(&theirs);
    QSignalSpy listed(own, &ListSessionsJob::finished);
    QVERIFY(own->start());
    QVERIFY(listed.wait(10000));
    const auto sessions = listed.at(0).at(0).value<QList<Kepler::StaffSession>>();
    QCOMPARE(sessions.size(), 2);
    qint64 otherId = 0;
    for (const Kepler::StaffSession &s : sessions)
        if (!s.current)
            otherId = s.id;
    QVERIFY(otherId > 0);
    auto *revoke = new RevokeSessionJob(&theirs, otherId);
    QSignalSpy revoked(revoke, &RevokeSessionJob::finished);
    QVERIFY(revoke->start());
    QVERIFY(revoked.wait(10000));
    QCOMPARE(other.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);

    auto *admins = new ListSessionsJob(&mine, id);
    QSignalSpy adminListed(admins, &ListSessionsJob::finished);
    QVERIFY(admins->start());
    QVERIFY(adminListed.wait(10000));
    QCOMPARE(adminListed.at(0).at(0).value<QList<Kepler::StaffSession>>().size(), 1);
    auto *all = new RevokeUserSessionsJob(&mine, id);
    QSignalSpy ended(all, &RevokeUserSessionsJob::finished);
    QVERIFY(all->start());
    QVERIFY(ended.wait(10000));
    QCOMPARE(ended.at(0).at(0).toInt(), 1);
    QCOMPARE(second.get(u"/api/v1/sessions/current"_qs).code(), u"session_expired"_qs);
}

QTEST_GUILESS_MAIN(tst_SecurityAuth)
#include "tst_security_auth.moc"
