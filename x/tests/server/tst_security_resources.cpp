// OWASP API4 (unrestricted resource consumption) over real HTTP: body caps on every kind of route
// (413 problem+json, the service alive after), page-size caps on every list, deeply nested JSON,
// and slow clients — connections that send their headers a byte at a time or never finish the
// body neither hold up other clients nor stay open past the client timeout.
// A session's /api/v1 rate limit (429 + Retry-After, another session unaffected). The gateway's
// per-partner rate limit is proven in tst_server_gateway (rateLimitFollowsTheClock) and across
// instances in tst_server_two_instances, failed sign-ins in tst_security_auth.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
constexpr int kClientTimeoutSeconds = 2;

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}
} // namespace

class tst_SecurityResources : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bodyCapOnEveryKindOfRoute_data();
    void bodyCapOnEveryKindOfRoute();
    void pageSizeIsCapped_data();
    void pageSizeIsCapped();
    void deeplyNestedJsonIsRefused_data();
    void deeplyNestedJsonIsRefused();
    void slowClientsDoNotHoldOthers();
    void slowClientsAreClosedAfterTheTimeout_data();
    void slowClientsAreClosedAfterTheTimeout();
    void aSlowButSteadyRequestStillCompletes();
    void aSessionIsRateLimited();

private:
    QTcpSocket *openRaw();
    qint64 healthMs();

    PlatformProcess m_platform;
    HttpClient m_operator;
    qint64 m_partner = 0;
    qint64 m_pool = 0;
};

void tst_SecurityResources::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--client-timeout"_qs, QString::number(kClientTimeoutSeconds)}),
        qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    // An admin: every list here (the audit log too) is open to it.
    QCOMPARE(m_operator.login(u"admin"_qs, kDemoPassword).status, 201);
    m_partner = m_operator.get(u"/api/v1/partners?limit=1&sort=id"_qs).firstItemId();
    m_pool = m_operator.get(u"/api/v1/pools"_qs).firstItemId();
}

void tst_SecurityResources::bodyCapOnEveryKindOfRoute_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("cap");
    const int mib = 1024 * 1024;
    QTest::newRow("sign-in") << QByteArray("POST") << u"/api/v1/sessions"_qs << QByteArray("application/json")
                             << mib;
    QTest::newRow("create partner") << QByteArray("POST") << u"/api/v1/partners"_qs
                                    << QByteArray("application/json") << mib;
    QTest::newRow("edit partner") << QByteArray("PATCH") << u"/api/v1/partners/1"_qs
                                  << QByteArray("application/json") << mib;
    QTest::newRow("bulk") << QByteArray("POST") << u"/api/v1/partners:bulk"_qs
                          << QByteArray("application/json") << mib;
    QTest::newRow("pool preview") << QByteArray("POST") << u"/api/v1/pools:preview"_qs
                                  << QByteArray("application/json") << mib;
    QTest::newRow("annotation") << QByteArray("POST") << u"/api/v1/annotations"_qs
                                << QByteArray("application/json") << mib;
    QTest::newRow("GET with a body") << QByteArray("GET") << u"/api/v1/partners"_qs
                                     << QByteArray("application/json") << mib;
    QTest::newRow("unknown route") << QByteArray("POST") << u"/api/v1/nowhere"_qs
                                   << QByteArray("application/json") << mib;
    QTest::newRow("gateway order") << QByteArray("POST") << u"/open/v1/orders"_qs
                                   << QByteArray("application/json") << mib;
    QTest::newRow("csv import") << QByteArray("POST") << u"/api/v1/partners:import"_qs
                                << QByteArray("text/csv") << 16 * mib;
}

void tst_SecurityResources::bodyCapOnEveryKindOfRoute()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(int, cap);
    const HttpResult r
        = m_operator.requestRaw(method, path, QByteArray(cap + 1, ' '), {{"Content-Type", contentType}});
    QCOMPARE(r.status, 413);
    QCOMPARE(r.code(), u"payload_too_large"_qs);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(m_operator.get(u"/api/v1/health"_qs).status, 200);
}

void tst_SecurityResources::pageSizeIsCapped_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("max");
    QTest::newRow("partners") << u"/api/v1/partners"_qs << 500;
    QTest::newRow("audit") << u"/api/v1/audit"_qs << 500;
    QTest::newRow("reviews") << u"/api/v1/reviews"_qs << 500;
    QTest::newRow("catalog") << u"/api/v1/catalog/skus"_qs << 500;
    QTest::newRow("timeline") << u"/api/v1/partners/%1/timeline"_qs.arg(m_partner) << 200;
}

void tst_SecurityResources::pageSizeIsCapped()
{
    QFETCH(QString, path);
    QFETCH(int, max);
    const HttpResult atMax = m_operator.get(path + u"?limit="_qs + QString::number(max));
    QCOMPARE(atMax.status, 200);
    QVERIFY(atMax.object().value(u"items"_qs).toArray().size() <= max);
    for (const QString &limit : {QString::number(max + 1), u"1000000"_qs, u"99999999999999999999"_qs, u"0"_qs,
             u"-1"_qs, u"1e9"_qs, u"abc"_qs}) {
        const HttpResult r = m_operator.get(path + u"?limit="_qs + limit);
        QVERIFY2(r.status == 400, qPrintable(limit + u" → "_qs + QString::number(r.status)));
        QCOMPARE(r.code(), u"invalid_query"_qs);
    }
}

void tst_SecurityResources::deeplyNestedJsonIsRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("depth");
    for (int depth : {100, 10'000, 500'000}) {
        QTest::addRow("sign-in %d", depth) << u"/api/v1/sessions"_qs << depth;
        QTest::addRow("partner %d", depth) << u"/api/v1/partners"_qs << depth;
        QTest::addRow("pool preview %d", depth) << u"/api/v1/pools:preview"_qs << depth;
    }
}

void tst_SecurityResources::deeplyNestedJsonIsRefused()
{
    // In a field, and as the whole body: a clean 4xx (400 when Qt's parser gives up on the depth,
    // 422 when the value parses but is the wrong type), never a crash or a 5xx.
    QFETCH(QString, path);
    QFETCH(int, depth);
    const QByteArray inField = "{\"name\":" + nested(depth) + ",\"username\":" + nested(depth)
        + ",\"criteria\":{\"brandIds\":" + nested(depth) + "}}";
    for (const QByteArray &body : {inField, nested(depth)}) {
        QElapsedTimer clock;
        clock.start();
        const HttpResult r
            = m_operator.requestRaw("POST", path, body, {{"Content-Type", "application/json"}});
        QVERIFY2(r.status == 400 || r.status == 413 || r.status == 422,
            qPrintable(QString::number(r.status) + u' ' + QString::fromUtf8(r.body.left(200))));
        QVERIFY2(clock.elapsed() < 10000, qPrintable(QString::number(clock.elapsed())));
    }
    QCOMPARE(m_operator.get(u"/api/v1/health"_qs).status, 200);
}

QTcpSocket *tst_SecurityResources::openRaw()
{
    auto *socket = new QTcpSocket(this);
    socket->connectToHost(m_platform.url().host(), quint16(m_platform.url().port()));
    if (!socket->waitForConnected(5000)) {
        delete socket;
        return nullptr;
    }
    return socket;
}

qint64 tst_SecurityResources::healthMs()
{
    QElapsedTimer clock;
    clock.start();
    HttpClient http(m_platform.url());
    if (http.get(u"/api/v1/health"_qs).status != 200)
        return -1;
    return clock.elapsed();
}

void tst_SecurityResources::slowClientsDoNotHoldOthers()
{
    // 200 connections: half dribble a request line and headers a byte at a time, half declare a
    // 1 MB body and send 10 bytes of it. Meanwhile 50 health checks are answered as fast as
    // without them (the event loop never waits on a socket).
    QList<qint64> quiet;
    for (int i = 0; i < 50; ++i)
        quiet.append(healthMs());
    std::sort(quiet.begin(), quiet.end());

    QList<QTcpSocket *> slow;
    const QByteArray head = "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
    for (int i = 0; i < 200; ++i) {
        QTcpSocket *s = openRaw();
        QVERIFY(s);
        s->write(i % 2 ? head.left(3) : QByteArray(head + "Content-Length: 1000000\r\n\r\n{\"username\":"));
        s->flush();
        slow.append(s);
    }
    QList<qint64> loaded;
    for (int i = 0; i < 50; ++i) {
        for (int k = 0; k < slow.size(); k += 2) { // one more byte from each dribbler
            slow[k + 1]->write(head.mid(3 + i % (head.size() - 3), 1));
            slow[k + 1]->flush();
        }
        loaded.append(healthMs());
        QVERIFY(loaded.last() >= 0);
    }
    std::sort(loaded.begin(), loaded.end());
    const qint64 quietP99 = quiet.at(48), loadedP99 = loaded.at(48);
    qInfo("health p50/p99 alone %lld/%lld ms, beside 200 slow clients %lld/%lld ms", quiet.at(25), quietP99,
        loaded.at(25), loadedP99);
    QVERIFY2(loadedP99 < quietP99 + 200, qPrintable(QString::number(loadedP99)));
    qDeleteAll(slow);
}

void tst_SecurityResources::slowClientsAreClosedAfterTheTimeout_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("nothing sent") << QByteArray();
    QTest::newRow("half a request line") << QByteArray("GET /api/v1/hea");
    QTest::newRow("headers never end") << QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n");
    QTest::newRow("body never ends") << QByteArray(
        "POST /api/v1/sessions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        "Content-Length: 100\r\n\r\n{\"user");
}

void tst_SecurityResources::slowClientsAreClosedAfterTheTimeout()
{
    // A byte every 500 ms keeps a naive idle timer alive for ever; the service counts from the
    // start of the request instead, so the connection ends within the timeout (+ one sweep).
    QFETCH(QByteArray, sent);
    QTcpSocket *s = openRaw();
    QVERIFY(s);
    s->write(sent);
    s->flush();
    QElapsedTimer clock;
    clock.start();
    const QByteArray drip = "X-Drip: 1\r\n";
    int i = 0;
    while (
        s->state() == QAbstractSocket::ConnectedState && clock.elapsed() < 4 * kClientTimeoutSeconds * 1000) {
        s->waitForDisconnected(500);
        if (s->state() == QAbstractSocket::ConnectedState && sent.contains("\r\nHost")
            && !sent.contains("\r\n\r\n")) {
            s->write(drip.mid(i++ % drip.size(), 1));
            s->flush();
        }
    }
    const qint64 closedAfter = clock.elapsed();
    qInfo("closed after %lld ms (client timeout %d s)", closedAfter, kClientTimeoutSeconds);
    QCOMPARE(s->state(), QAbstractSocket::UnconnectedState);
    QVERIFY(closedAfter >= kClientTimeoutSeconds * 1000 - 100);
    QVERIFY(closedAfter < (kClientTimeoutSeconds + 2) * 1000);
    delete s;
}

void tst_SecurityResources::aSlowButSteadyRequestStillCompletes()
{
    // A keep-alive connection that is used again within the timeout is not cut off.
    QTcpSocket *s = openRaw();
    QVERIFY(s);
    for (int round = 0; round < 3; ++round) {
        s->write("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
        s->flush();
        QByteArray answer;
        QElapsedTimer clock;
        clock.start();
        while (!answer.contains("\"status\":\"ok\"") && clock.elapsed() < 5000) {
            s->waitForReadyRead(200);
            answer += s->readAll();
        }
        QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
        QTest::qWait(kClientTimeoutSeconds * 1000 / 2);
        QCOMPARE(s->state(), QAbstractSocket::ConnectedState);
    }
    delete s;
}

// A runaway script (or a stolen token used hard) on one session: --api-rate-limit 5 lets 5
// requests a second through with bursts of 20, then 429 rate_limited with Retry-After; another
// session of the same account is not held up by it, and the refused one passes again later.
void tst_SecurityResources::aSessionIsRateLimited()
{
    PlatformProcess limited;
    QVERIFY2(limited.start({u"--demo"_qs, u"--demo-partners"_qs, u"5"_qs, u"--demo-skus"_qs, u"0"_qs,
                 u"--api-rate-limit"_qs, u"5"_qs}),
        qPrintable(limited.errorString()));
    HttpClient runaway(limited.url()), other(limited.url());
    QCOMPARE(runaway.login(u"operator"_qs, kDemoPassword).status, 201);
    QCOMPARE(other.login(u"operator"_qs, kDemoPassword).status, 201);
    QElapsedTimer elapsed;
    elapsed.start();
    int passed = 0;
    HttpResult refused;
    for (int i = 0; i < 60; ++i) {
        const HttpResult r = runaway.get(u"/api/v1/partners?limit=1"_qs);
        if (r.status == 200) {
            ++passed;
            continue;
        }
        QCOMPARE(r.status, 429);
        refused = r;
    }
    const double seconds = elapsed.nsecsElapsed() / 1e9;
    QVERIFY2(passed >= 20 && passed <= 20 + 5 * seconds + 1,
        qPrintable(u"%1 passed in %2 s"_qs.arg(passed).arg(seconds)));
    QCOMPARE(refused.code(), u"rate_limited"_qs);
    QCOMPARE(refused.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(refused.object().value(u"rateLimit"_qs).toInt(), 5);
    const int retryAfter = refused.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 4, refused.header("retry-after").constData());
    // The other session has its own bucket; public routes are not counted.
    QCOMPARE(other.get(u"/api/v1/partners?limit=1"_qs).status, 200);
    QCOMPARE(runaway.get(u"/api/v1/health"_qs).status, 200);
    QTest::qWait(retryAfter * 1000);
    QCOMPARE(runaway.get(u"/api/v1/partners?limit=1"_qs).status, 200);
}

QTEST_GUILESS_MAIN(tst_SecurityResources)
#include "tst_security_resources.moc"
