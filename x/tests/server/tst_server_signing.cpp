// Partner request signing at the gateway over real HTTP (GET /open/v1/ping): a good signature
// passes, and every way a request can be wrong is refused with its own code — including a reused
// nonce, a revoked key and a partner that is no longer active (403).
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
}

class tst_ServerSigning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void reusedNonceIs401();
    void revokedKeyIs401();
    void inactivePartnerIs403();

private:
    // Issues a key for the partner as operator.
    GatewayKey issue(qint64 partnerId, qint64 *keyId = nullptr);
    qint64 activePartner(int index);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_gateway; // no staff token
    GatewayKey m_key;
};

void tst_ServerSigning::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, kDemoPassword).status, 201);
    m_gateway.setBaseUrl(m_platform.url());
    m_key = issue(activePartner(0));
    QVERIFY(!m_key.secret.isEmpty());
}

qint64 tst_ServerSigning::activePartner(int index)
{
    const HttpResult r = m_operator.get(u"/api/v1/partners?status=active&limit=5&sort=id"_qs);
    return r.object().value(u"items"_qs).toArray().at(index).toObject().value(u"id"_qs).toInteger();
}

GatewayKey tst_ServerSigning::issue(qint64 partnerId, qint64 *keyId)
{
    const HttpResult r
        = m_operator.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(partnerId), QJsonObject {});
    if (r.status != 201)
        qWarning() << "issue failed" << r.status << r.body;
    if (keyId)
        *keyId = r.object().value(u"keyId"_qs).toInteger();
    return {r.object().value(u"appKey"_qs).toString(), r.object().value(u"secret"_qs).toString()};
}

// Each row signs one request and then spoils one part of it (or not).
void tst_ServerSigning::verdicts_data()
{
    QTest::addColumn<QString>("spoil");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("good") << u"none"_qs << 200 << QString();
    QTest::newRow("good with query and body") << u"query+body"_qs << 200 << QString();
    QTest::newRow("299 s behind") << u"ts-299"_qs << 200 << QString();
    QTest::newRow("299 s ahead") << u"ts+299"_qs << 200 << QString();
    QTest::newRow("301 s behind") << u"ts-301"_qs << 401 << u"signature_timestamp_stale"_qs;
    QTest::newRow("301 s ahead") << u"ts+301"_qs << 401 << u"signature_timestamp_stale"_qs;
    QTest::newRow("unknown key") << u"unknown key"_qs << 401 << u"app_key_unknown"_qs;
    QTest::newRow("wrong secret") << u"wrong secret"_qs << 401 << u"signature_mismatch"_qs;
    QTest::newRow("signature of another request") << u"other signature"_qs << 401 << u"signature_mismatch"_qs;
    QTest::newRow("body tampered") << u"body"_qs << 401 << u"signature_mismatch"_qs;
    QTest::newRow("query tampered") << u"query"_qs << 401 << u"signature_mismatch"_qs;
    QTest::newRow("timestamp changed after signing") << u"ts after"_qs << 401 << u"signature_mismatch"_qs;
    QTest::newRow("upper-case hex") << u"upper"_qs << 401 << u"signature_header_invalid"_qs;
    // Milliseconds (13 digits) are a common slip: named as a malformed header, not a clock problem.
    QTest::newRow("timestamp in ms") << u"ms"_qs << 401 << u"signature_header_invalid"_qs;
    QTest::newRow("timestamp not a number") << u"ts text"_qs << 401 << u"signature_header_invalid"_qs;
    QTest::newRow("nonce too short") << u"short nonce"_qs << 401 << u"signature_header_invalid"_qs;
    for (const char *header :
        {"X-Kepler-AppKey", "X-Kepler-Timestamp", "X-Kepler-Nonce", "X-Kepler-Signature"})
        QTest::newRow(qPrintable(u"missing "_qs + QLatin1String(header)))
            << u"drop "_qs + QLatin1String(header) << 401 << u"signature_headers_missing"_qs;
}

void tst_ServerSigning::verdicts()
{
    QFETCH(QString, spoil);
    QFETCH(int, status);
    QFETCH(QString, code);

    SignedCall call;
    GatewayKey key = m_key;
    if (spoil == u"query+body"_qs || spoil == u"body"_qs || spoil == u"query"_qs) {
        call.pathAndQuery = u"/open/v1/ping?z=%E5%BE%AE%E4%BF%A1&a=2&a=10&q=a+b"_qs;
        call.body = R"({"hello":"世界"})";
    }
    if (spoil.startsWith(u"ts") && spoil.size() == 6)
        call.timestamp += spoil.mid(2).toInt();
    if (spoil == u"ms"_qs)
        call.timestamp *= 1000;
    if (spoil == u"short nonce"_qs)
        call.nonce = "abc";
    if (spoil == u"unknown key"_qs)
        key.appKey = u"kp_000000000000000000000000"_qs;
    if (spoil == u"wrong secret"_qs)
        key.secret += u'x';
    Headers headers = signedHeaders(key, call);
    if (!call.body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    if (spoil == u"unknown key"_qs || spoil == u"wrong secret"_qs)
        key = m_key;

    auto replace = [&headers](const QByteArray &name, const QByteArray &value) {
        for (auto &[n, v] : headers)
            if (n == name)
                v = value;
    };
    QByteArray body = call.body;
    QString target = call.pathAndQuery;
    if (spoil == u"body"_qs)
        body.replace("世界", "地球");
    if (spoil == u"query"_qs)
        target.replace(u"a=10"_qs, u"a=11"_qs);
    if (spoil == u"ts after"_qs)
        replace("X-Kepler-Timestamp", QByteArray::number(call.timestamp - 1));
    if (spoil == u"ts text"_qs)
        replace("X-Kepler-Timestamp", "yesterday");
    if (spoil == u"upper"_qs)
        replace("X-Kepler-Signature", signedHeaders(key, call).at(3).second.toUpper());
    if (spoil == u"other signature"_qs) {
        SignedCall other = call;
        other.pathAndQuery = u"/open/v1/orders"_qs;
        replace("X-Kepler-Signature", signedHeaders(key, other).at(3).second);
    }
    if (spoil.startsWith(u"drop "_qs)) {
        const QByteArray name = spoil.mid(5).toLatin1();
        headers.removeIf([&name](const auto &h) { return h.first == name; });
    }

    const HttpResult r = m_gateway.requestRaw("GET", target, body, headers);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(r.object().value(u"appKey"_qs).toString(), m_key.appKey);
        return;
    }
    QCOMPARE(r.code(), code);
    QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(r.header("www-authenticate"), QByteArray("Kepler-HMAC-SHA256"));
}

void tst_ServerSigning::reusedNonceIs401()
{
    SignedCall call;
    call.nonce = "replay-0123456789";
    QCOMPARE(sendSigned(m_gateway, m_key, call).status, 200);
    const HttpResult again = sendSigned(m_gateway, m_key, call);
    QCOMPARE(again.status, 401);
    QCOMPARE(again.code(), u"signature_nonce_reused"_qs);
    // Another key may use the same nonce: nonces are per key.
    QCOMPARE(sendSigned(m_gateway, issue(activePartner(0)), call).status, 200);
    // A replay with a fresh timestamp is still the same nonce.
    call.timestamp += 1;
    QCOMPARE(sendSigned(m_gateway, m_key, call).code(), u"signature_nonce_reused"_qs);
}

void tst_ServerSigning::revokedKeyIs401()
{
    const qint64 partner = activePartner(0);
    qint64 keyId = 0;
    const GatewayKey key = issue(partner, &keyId);
    QCOMPARE(sendSigned(m_gateway, key).status, 200);
    QCOMPARE(
        m_operator.request("POST", u"/api/v1/partners/%1/keys/%2/revoke"_qs.arg(partner).arg(keyId)).status,
        200);
    const HttpResult r = sendSigned(m_gateway, key);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.code(), u"app_key_revoked"_qs);
}

void tst_ServerSigning::inactivePartnerIs403()
{
    const qint64 partner = activePartner(1);
    const GatewayKey key = issue(partner);
    QCOMPARE(sendSigned(m_gateway, key).status, 200);
    const HttpResult current = m_operator.get(u"/api/v1/partners/%1"_qs.arg(partner));
    const HttpResult suspended = m_operator.request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(partner),
        QJsonObject {{u"reasonCode"_qs, u"fake_traffic"_qs}}, {{"If-Match", current.header("etag")}});
    QCOMPARE(suspended.status, 200);
    const HttpResult r = sendSigned(m_gateway, key);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"partner_not_active"_qs);
    // A bad signature of that partner's key is still 401: the 403 needs a valid signature.
    GatewayKey wrong = key;
    wrong.secret += u'x';
    QCOMPARE(sendSigned(m_gateway, wrong).status, 401);
}

QTEST_GUILESS_MAIN(tst_ServerSigning)
#include "tst_server_signing.moc"
