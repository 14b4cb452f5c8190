// Two kepler-platform processes on one store behind nginx on loopback, as a shared deployment
// runs them (docs/operations.md "Several instances"): nginx balances a front port over both and
// gives each instance a port of its own, so the test knows which one answers. A change made
// through one instance is what the other answers next; a partner suspended through one is refused
// by the other's gateway, and the time from the suspension's answer to the first refusal is
// measured (printed as "propagation"); a partner's rate limit holds for both together, not for each;
// each instance records the client's address (X-Forwarded-For from nginx, --trusted-proxy), not nginx's.
// Runs on SQLite (two processes on one file) and, as tst_server_two_instances_pg, on PostgreSQL.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SourceBoundHttp.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <optional>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
// nginx connects to the instances from this address (proxy_bind), the test's client comes from
// 127.0.0.1: on loopback both would otherwise be 127.0.0.1, and the test could not tell nginx's
// address from the client's.
const QString kNginxAddress = u"127.0.0.3"_qs;

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort(); // closed again on return: nginx binds it next
}
} // namespace

class tst_ServerTwoInstances : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void eachInstanceSeesTheOthersChanges();
    void suspensionThroughOneIsRefusedByTheOther();
    void rateLimitHoldsAcrossInstances();
    void clientAddressIsTheOneNginxSaw();

private:
    bool startNginx();
    QUrl front(quint16 port) const { return QUrl(u"http://127.0.0.1:%1"_qs.arg(port)); }

    PlatformProcess m_a;
    PlatformProcess m_b;
    QTemporaryDir m_nginxDir;
    QProcess m_nginx;
    quint16 m_balanced = 0, m_toA = 0, m_toB = 0;
};

void tst_ServerTwoInstances::initTestCase()
{
    const QString nginx = QStandardPaths::findExecutable(u"nginx"_qs, {u"/usr/sbin"_qs, u"/usr/bin"_qs});
    if (nginx.isEmpty()) {
        if (qEnvironmentVariableIsSet("KEPLER_REQUIRE_POSTGRES")) // CI: scripts/install-deps.sh has it
            QFAIL("nginx is missing (apt-get install nginx)");
        QSKIP("nginx is missing (apt-get install nginx)");
    }
    // Test hooks: the rate-limit check sends X-Kepler-Clock so that a burst is one instant on both.
    QVERIFY2(m_a.start({u"--demo"_qs, u"--demo-partners"_qs, u"24"_qs, u"--demo-skus"_qs, u"200"_qs,
                 u"--allow-test-hooks"_qs, u"--trusted-proxy"_qs, kNginxAddress}),
        qPrintable(m_a.errorString()));
    m_b.setDataDir(m_a.dataDir()); // the same store: kepler.db, or the same PostgreSQL database
    QVERIFY2(m_b.start({u"--allow-test-hooks"_qs, u"--trusted-proxy"_qs, kNginxAddress}),
        qPrintable(m_b.errorString()));
    QVERIFY2(startNginx(), m_nginx.readAllStandardError().constData());
}

bool tst_ServerTwoInstances::startNginx()
{
    m_balanced = freePort();
    m_toA = freePort();
    m_toB = freePort();
    const QString prefix = m_nginxDir.path();
    QFile::setPermissions(prefix,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
            | QFileDevice::ExeOther);
    // As docs/operations.md configures it, plus proxy_bind (kNginxAddress).
    const auto proxy = [](const QString &to) {
        return u"location / { proxy_pass http://%1; proxy_http_version 1.1; "
               u"proxy_set_header Connection \"\"; "
               u"proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for; proxy_bind %2; }"_qs.arg(
                   to, kNginxAddress);
    };
    const QString a = u"127.0.0.1:%1"_qs.arg(m_a.url().port());
    const QString b = u"127.0.0.1:%1"_qs.arg(m_b.url().port());
    const QString conf
        = u"daemon off;\nworker_processes 1;\npid %1/nginx.pid;\nerror_log %1/error.log warn;\n"
          u"events { worker_connections 256; }\n"
          u"http {\n access_log off;\n client_body_temp_path %1/body;\n proxy_temp_path %1/proxy;\n"
          u" fastcgi_temp_path %1/fastcgi;\n uwsgi_temp_path %1/uwsgi;\n scgi_temp_path %1/scgi;\n"
          u" upstream kepler { server %2; server %3; keepalive 8; }\n"
          u" server { listen 127.0.0.1:%4; %7 }\n"
          u" server { listen 127.0.0.1:%5; %8 }\n"
          u" server { listen 127.0.0.1:%6; %9 }\n}\n"_qs.arg(prefix, a, b)
              .arg(m_balanced)
              .arg(m_toA)
              .arg(m_toB)
              .arg(proxy(u"kepler"_qs), proxy(a), proxy(b));
    QFile file(prefix + u"/nginx.conf"_qs);
    if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0)
        return false;
    file.close();
    m_nginx.start(QStandardPaths::findExecutable(u"nginx"_qs, {u"/usr/sbin"_qs, u"/usr/bin"_qs}),
        {u"-p"_qs, prefix, u"-c"_qs, prefix + u"/nginx.conf"_qs, u"-e"_qs, prefix + u"/error.log"_qs});
    if (!m_nginx.waitForStarted(10000))
        return false;
    HttpClient probe(front(m_balanced));
    probe.setTimeout(1000);
    for (int i = 0; i < 100; ++i) {
        if (probe.get(u"/api/v1/health"_qs).status == 200)
            return true;
        if (m_nginx.state() == QProcess::NotRunning)
            return false;
        QTest::qWait(50);
    }
    return false;
}

void tst_ServerTwoInstances::cleanupTestCase()
{
    if (m_nginx.state() != QProcess::NotRunning) {
        m_nginx.terminate(); // SIGTERM: nginx's fast shutdown
        if (!m_nginx.waitForFinished(5000))
            m_nginx.kill();
    }
}

void tst_ServerTwoInstances::eachInstanceSeesTheOthersChanges()
{
    HttpClient viaA(front(m_toA)), viaB(front(m_toB)), balanced(front(m_balanced));
    QCOMPARE(viaA.login(u"operator"_qs, kDemoPassword).status, 201);
    // A session made on A is good on B (sessions live in the store, not in a process).
    viaB.setToken(viaA.token());
    balanced.setToken(viaA.token());
    const qint64 id = viaA.get(u"/api/v1/partners?limit=1&sort=id"_qs).firstItemId();
    const QString path = u"/api/v1/partners/%1"_qs.arg(id);
    const HttpResult before = viaB.get(path);
    QCOMPARE(before.status, 200);
    const HttpResult patched = viaA.request("PATCH", path,
        QJsonObject {{u"contact"_qs, QJsonObject {{u"name"_qs, u"两个实例"_qs}}}},
        {{"If-Match", before.header("etag")}});
    QCOMPARE(patched.status, 200);
    const HttpResult after = viaB.get(path);
    QCOMPARE(after.object().value(u"contact"_qs).toObject().value(u"name"_qs).toString(), u"两个实例"_qs);
    QCOMPARE(after.header("etag"), patched.header("etag"));
    // The old ETag is stale on both: B refuses it as A would.
    QCOMPARE(
        viaB.request("PATCH", path, QJsonObject {{u"contact"_qs, QJsonObject {{u"name"_qs, u"旧版本"_qs}}}},
                {{"If-Match", before.header("etag")}})
            .status,
        412);
    // Through the balanced port every answer agrees, whichever instance gives it.
    for (int i = 0; i < 6; ++i)
        QCOMPARE(balanced.get(path).header("etag"), patched.header("etag"));
}

void tst_ServerTwoInstances::suspensionThroughOneIsRefusedByTheOther()
{
    HttpClient viaA(front(m_toA)), gatewayB(front(m_toB));
    QCOMPARE(viaA.login(u"operator"_qs, kDemoPassword).status, 201);
    const qint64 id = viaA.get(u"/api/v1/partners?status=active&limit=1&sort=id"_qs).firstItemId();
    const HttpResult issued = viaA.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(id), QJsonObject {});
    QCOMPARE(issued.status, 201);
    const GatewayKey key {
        issued.object().value(u"appKey"_qs).toString(), issued.object().value(u"secret"_qs).toString()};
    QCOMPARE(sendSigned(gatewayB, key).status, 200); // B's gateway serves the partner
    const HttpResult current = viaA.get(u"/api/v1/partners/%1"_qs.arg(id));
    QCOMPARE(
        viaA.request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(id),
                QJsonObject {{u"reasonCode"_qs, u"fake_traffic"_qs}}, {{"If-Match", current.header("etag")}})
            .status,
        200);
    // From A's answer on: B's gateway until its first refusal (at most 1 s of tries).
    QElapsedTimer sinceSuspension;
    sinceSuspension.start();
    int calls = 0;
    HttpResult r;
    do {
        r = sendSigned(gatewayB, key);
        ++calls;
    } while (r.status == 200 && sinceSuspension.elapsed() < 1000);
    const double ms = sinceSuspension.nsecsElapsed() / 1e6;
    qInfo("propagation: partner suspended through instance A, refused by instance B's gateway after "
          "%.1f ms (%d call(s))",
        ms, calls);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"partner_not_active"_qs);
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
    QCOMPARE(calls, 1); // no cache: the first request after the answer reads the new status
}

// A partner allowed N requests a second (bursts of N) sends them alternately to A and B: together
// they accept N, not N each (each instance's own bucket would let 2N through), and refuse the rest
// with 429 rate_limited, problem+json and Retry-After.
void tst_ServerTwoInstances::rateLimitHoldsAcrossInstances()
{
    constexpr int N = 4;
    HttpClient viaA(front(m_toA));
    QCOMPARE(viaA.login(u"operator"_qs, kDemoPassword).status, 201);
    // Not the first active partner: the suspension test suspends that one.
    const QJsonArray active = viaA.get(u"/api/v1/partners?status=active&limit=3&sort=id"_qs)
                                  .object()
                                  .value(u"items"_qs)
                                  .toArray();
    QVERIFY(active.size() == 3);
    const qint64 id = active.at(2).toObject().value(u"id"_qs).toInteger();
    const QString path = u"/api/v1/partners/%1"_qs.arg(id);
    const HttpResult current = viaA.get(path);
    QCOMPARE(viaA.request("PATCH", path, QJsonObject {{u"rateLimit"_qs, N}},
                     {{"If-Match", current.header("etag")}})
                 .status,
        200);
    const HttpResult issued = viaA.request("POST", path + u"/keys"_qs, QJsonObject {});
    QCOMPARE(issued.status, 201);
    const GatewayKey key {
        issued.object().value(u"appKey"_qs).toString(), issued.object().value(u"secret"_qs).toString()};

    HttpClient gatewayA(front(m_toA)), gatewayB(front(m_toB));
    const auto ping = [&](int i, std::optional<qint64> clockMs) {
        SignedCall call;
        Headers headers = signedHeaders(key, call);
        if (clockMs)
            headers.append(std::pair<QByteArray, QByteArray>("X-Kepler-Clock", QByteArray::number(*clockMs)));
        return (i % 2 ? gatewayB : gatewayA).requestRaw(call.method, call.pathAndQuery, {}, headers);
    };
    // One instant (a day back, so the real-time round below starts with a full bucket), twice: a
    // second later the bucket is full again and the next N pass.
    const qint64 instant = QDateTime::currentMSecsSinceEpoch() - 24LL * 3600 * 1000;
    for (const qint64 at : {instant, instant + 1000}) {
        int passed[2] = {0, 0};
        for (int i = 0; i < 4 * N; ++i) {
            const HttpResult r = ping(i, at);
            if (r.status == 200) {
                ++passed[i % 2];
                continue;
            }
            QCOMPARE(r.status, 429);
            QCOMPARE(r.code(), u"rate_limited"_qs);
            QVERIFY(r.header("content-type").startsWith("application/problem+json"));
            QCOMPARE(r.header("retry-after"), QByteArray("1")); // the next token in 1/N s
        }
        QCOMPARE(passed[0] + passed[1], N);
        QCOMPARE(passed[0], N / 2); // alternating: both instances served the partner
    }

    // In real time, as fast as this client goes: at most N plus what N a second adds meanwhile.
    QElapsedTimer elapsed;
    elapsed.start();
    int passed = 0, refused = 0;
    for (int i = 0; i < 8 * N; ++i) {
        const HttpResult r = ping(i, std::nullopt);
        QVERIFY2(r.status == 200 || r.status == 429, r.body.constData());
        if (r.status == 200)
            ++passed;
        else
            ++refused;
        QVERIFY(r.status == 200 || r.header("retry-after").toInt() >= 1);
    }
    const double seconds = elapsed.nsecsElapsed() / 1e9;
    const int bound = N + int(std::ceil(N * seconds));
    qInfo("rate limit across instances: %d requests alternating between A and B in %.0f ms, %d passed "
          "(bound %d = burst %d + %d/s x elapsed), %d refused",
        8 * N, seconds * 1000, passed, bound, N, N, refused);
    QVERIFY(passed >= N);
    QVERIFY2(passed <= bound, qPrintable(QString::number(passed)));
}

// Sign-ins through nginx, to either instance, are recorded with the client's address (the session
// list and the session.create audit line), not nginx's; an X-Forwarded-For the client sends itself
// is what nginx appends to, and is not believed. The client connects to nginx from 127.0.0.4, so
// the address recorded is neither nginx's (127.0.0.3) nor what a peer fallback would give.
void tst_ServerTwoInstances::clientAddressIsTheOneNginxSaw()
{
    const QString client = u"127.0.0.4"_qs;
    const QByteArray credentials
        = QJsonDocument(QJsonObject {{u"username"_qs, u"admin"_qs}, {u"password"_qs, kDemoPassword}})
              .toJson(QJsonDocument::Compact);
    for (const quint16 port : {m_toA, m_toB, m_balanced}) {
        const HttpResult login = requestFrom(client, front(port), "POST", u"/api/v1/sessions"_qs, credentials,
            {{"X-Forwarded-For", "203.0.113.66"}});
        QVERIFY2(login.status == 201, qPrintable(login.errorString + QString::fromUtf8(login.body)));
        HttpClient http(front(port));
        http.setToken(login.object().value(u"token"_qs).toString());
        QJsonObject mine;
        for (const QJsonValue item : http.get(u"/api/v1/sessions"_qs).object().value(u"items"_qs).toArray())
            if (item.toObject().value(u"current"_qs).toBool())
                mine = item.toObject();
        QCOMPARE(mine.value(u"address"_qs).toString(), client); // nginx's $remote_addr
        const QJsonObject audited
            = http.get(u"/api/v1/audit?entity=session:%1"_qs.arg(mine.value(u"id"_qs).toInteger()))
                  .object()
                  .value(u"items"_qs)
                  .toArray()
                  .at(0)
                  .toObject();
        QCOMPARE(audited.value(u"action"_qs).toString(), u"session.create"_qs);
        QCOMPARE(audited.value(u"after"_qs).toObject().value(u"address"_qs).toString(), client);
    }
}

QTEST_GUILESS_MAIN(tst_ServerTwoInstances)
#include "tst_server_two_instances.moc"
