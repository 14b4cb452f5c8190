// Many requests at once: all answered, writes serialised correctly, one winner per version, and a
// client that gives up mid-request does not hurt the service.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using namespace Kepler::Test;

class tst_ServerConcurrency : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void manyParallelReadsAllAnswered();
    void parallelWritesAllCommitWithAudit();
    void onlyOneWriterWinsAVersion();
    void abandonedRequestsDoNotHurt();
    void pipelinedAnswersKeepRequestOrder();

private:
    // Waits until every reply has finished (or the timeout passes) and collects the results.
    static QList<HttpResult> finishAll(const QList<QNetworkReply *> &replies, int timeoutMs = 60000);

    PlatformProcess m_platform;
    QString m_token;
};

void tst_ServerConcurrency::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--bench-routes"_qs}), qPrintable(m_platform.errorString()));
    HttpClient http(m_platform.url());
    QCOMPARE(http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
    m_token = http.token();
}

QList<HttpResult> tst_ServerConcurrency::finishAll(const QList<QNetworkReply *> &replies, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs
        && !std::all_of(replies.cbegin(), replies.cend(), [](QNetworkReply *r) { return r->isFinished(); }))
        QTest::qWait(10);
    QList<HttpResult> results;
    for (QNetworkReply *r : replies) {
        results.append(r->isFinished() ? HttpClient::resultOf(r) : HttpResult {});
        r->deleteLater();
    }
    return results;
}

void tst_ServerConcurrency::manyParallelReadsAllAnswered()
{
    // Four clients, each with QNAM's six connections, 240 requests in flight together.
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int i = 0; i < 4; ++i) {
        clients.push_back(std::make_unique<HttpClient>(m_platform.url()));
        clients.back()->setToken(m_token);
    }
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 240; ++i) {
        HttpClient &c = *clients[size_t(i % 4)];
        const QString path = i % 3 == 0 ? u"/api/v1/health"_qs
            : i % 3 == 1                ? u"/api/v1/partners?limit=20&sort=-rateLimit&status=active"_qs
                                        : u"/api/v1/partners/%1"_qs.arg(1 + i % 240);
        replies.append(c.start("GET", path));
    }
    const QList<HttpResult> results = finishAll(replies);
    QSet<QByteArray> ids;
    for (const HttpResult &r : results) {
        QCOMPARE(r.status, 200);
        ids.insert(r.header("x-request-id"));
    }
    QCOMPARE(ids.size(), 240);
}

void tst_ServerConcurrency::parallelWritesAllCommitWithAudit()
{
    HttpClient http(m_platform.url());
    http.setToken(m_token);
    HttpClient admin(m_platform.url());
    QCOMPARE(admin.login(u"admin"_qs, u"kepler-demo"_qs).status, 201);
    const int auditBefore = admin.get(u"/api/v1/audit?limit=1"_qs).object().value(u"total"_qs).toInt();

    QList<QNetworkReply *> replies;
    for (int i = 0; i < 30; ++i) {
        const QJsonObject body {{u"name"_qs, u"并发渠道 %1"_qs.arg(i)}, {u"mode"_qs, u"guide"_qs},
            {u"scenario"_qs, u"browser"_qs}};
        replies.append(http.start("POST", u"/api/v1/partners"_qs, QJsonDocument(body).toJson(),
            {{"Content-Type", "application/json"}}));
        const QJsonObject patch {{u"rateLimit"_qs, 1000 + i}};
        replies.append(http.start("PATCH", u"/api/v1/partners/%1"_qs.arg(100 + i),
            QJsonDocument(patch).toJson(), {{"Content-Type", "application/json"}, {"If-Match", "*"}}));
    }
    const QList<HttpResult> results = finishAll(replies);
    QSet<qint64> created;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const HttpResult &r = results.at(i);
        QCOMPARE(r.status, i % 2 == 0 ? 201 : 200);
        if (i % 2 == 0)
            created.insert(r.object().value(u"id"_qs).toInteger());
        else
            QCOMPARE(r.object().value(u"rateLimit"_qs).toInt(), 1000 + int(i / 2));
    }
    QCOMPARE(created.size(), 30);
    const int auditAfter = admin.get(u"/api/v1/audit?limit=1"_qs).object().value(u"total"_qs).toInt();
    QCOMPARE(auditAfter - auditBefore, 60);
}

void tst_ServerConcurrency::onlyOneWriterWinsAVersion()
{
    HttpClient http(m_platform.url());
    http.setToken(m_token);
    const HttpResult current = http.get(u"/api/v1/partners/42"_qs);
    QCOMPARE(current.status, 200);
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 12; ++i)
        replies.append(http.start("PATCH", u"/api/v1/partners/42"_qs,
            QJsonDocument(QJsonObject {{u"commissionBps"_qs, 300 + i}}).toJson(),
            {{"Content-Type", "application/json"}, {"If-Match", current.header("etag")}}));
    int won = 0, conflicts = 0;
    for (const HttpResult &r : finishAll(replies)) {
        won += r.status == 200;
        conflicts += r.status == 412;
    }
    QCOMPARE(won, 1);
    QCOMPARE(conflicts, 11);
    QCOMPARE(http.get(u"/api/v1/partners/42"_qs).object().value(u"version"_qs).toInt(),
        current.object().value(u"version"_qs).toInt() + 1);
}

void tst_ServerConcurrency::abandonedRequestsDoNotHurt()
{
    HttpClient http(m_platform.url());
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 8; ++i)
        replies.append(http.start("GET", u"/api/v1/_bench/sleep?ms=300"_qs));
    QTest::qWait(50);
    for (QNetworkReply *r : replies)
        r->abort(); // the answers come back to sockets that are gone
    for (QNetworkReply *r : replies)
        r->deleteLater();
    QTest::qWait(700);
    // The service neither crashed writing to the vanished sockets nor stopped answering.
    const HttpResult health = http.get(u"/api/v1/health"_qs);
    QCOMPARE(health.status, 200);
    QVERIFY(m_platform.isRunning());
}

void tst_ServerConcurrency::pipelinedAnswersKeepRequestOrder()
{
    // Two requests in one packet: a slow one, then a fast one. The fast one finishes first on the
    // workers, but HTTP/1.1 wants the answers in request order on the connection.
    QTcpSocket socket;
    socket.connectToHost(m_platform.url().host(), quint16(m_platform.url().port()));
    QVERIFY(socket.waitForConnected(5000));
    const QByteArray host = "Host: " + m_platform.url().authority().toLatin1() + "\r\n";
    socket.write("GET /api/v1/_bench/sleep?ms=300 HTTP/1.1\r\n" + host + "X-Request-Id: first\r\n\r\n"
        + "GET /api/v1/health HTTP/1.1\r\n" + host + "X-Request-Id: second\r\n\r\n");
    QByteArray received;
    QList<QByteArray> answers;
    QElapsedTimer timer;
    timer.start();
    while (answers.size() < 2 && timer.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
        const qsizetype headerEnd = received.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            continue;
        const qsizetype lengthAt = received.toLower().indexOf("content-length:");
        QVERIFY(lengthAt >= 0 && lengthAt < headerEnd);
        const qsizetype length
            = received.mid(lengthAt + 15, received.indexOf("\r\n", lengthAt) - lengthAt - 15)
                  .trimmed()
                  .toLongLong();
        if (received.size() < headerEnd + 4 + length)
            continue;
        answers.append(received.left(headerEnd + 4 + length));
        received.remove(0, headerEnd + 4 + length);
    }
    QCOMPARE(answers.size(), 2);
    QVERIFY2(answers.at(0).contains("X-Request-Id: first") && answers.at(0).contains("sleptMs"),
        answers.at(0).constData());
    QVERIFY2(answers.at(1).contains("X-Request-Id: second") && answers.at(1).contains("\"status\":\"ok\""),
        answers.at(1).constData());
}

QTEST_GUILESS_MAIN(tst_ServerConcurrency)
#include "tst_server_concurrency.moc"
