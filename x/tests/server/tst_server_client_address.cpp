// The client's address behind a reverse proxy, through a real kepler-platform over HTTP
// (docs/operations.md "Several instances behind nginx"): with --trusted-proxy, a sign-in from a
// trusted peer is recorded with the address X-Forwarded-For / Forwarded names (the session list and
// the session.create audit line); from any other peer, or without the option, the header is
// ignored. Malformed and oversized headers fall back to the peer, never a 500.
// The "proxy" and the "client" are two loopback addresses: this test binds its sockets to
// 127.0.0.2 (trusted) or 127.0.0.1 (not; SourceBoundHttp). tst_server_two_instances checks the same through
// nginx. Runs on SQLite and, as tst_server_client_address_pg, on PostgreSQL.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "SourceBoundHttp.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
const QString kProxy = u"127.0.0.2"_qs; // trusted by m_platform
const QString kClient = u"127.0.0.1"_qs; // not trusted
const QStringList kDemo {u"--demo"_qs, u"--demo-partners"_qs, u"2"_qs, u"--demo-skus"_qs, u"0"_qs};

// POST /api/v1/sessions as admin from `source`, with the extra header lines as given.
HttpResult signIn(const QUrl &platform, const QString &source, const Headers &extra)
{
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"username"_qs, u"admin"_qs}, {u"password"_qs, kDemoPassword}})
              .toJson(QJsonDocument::Compact);
    return requestFrom(source, platform, "POST", u"/api/v1/sessions"_qs, body, extra);
}
} // namespace

class tst_ServerClientAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsTheClientAddress_data();
    void recordsTheClientAddress();
    void oversizedHeaderIsRefusedNotAnError();
    void withoutTheOptionTheHeaderIsIgnored();
    void environmentNamesTrustedProxies();
    void ipv6ProxyPeer();
    void badTrustedProxyIsRefused_data();
    void badTrustedProxyIsRefused();

private:
    // Signs in through `platform` from `source` with `headers`; the address the session list and
    // the audit line hold for that session (they must agree), or a failure message.
    QString recordedAddress(const QUrl &platform, const QString &source, const Headers &headers);

    PlatformProcess m_platform;
};

void tst_ServerClientAddress::initTestCase()
{
    QVERIFY2(m_platform.start(kDemo
                 + QStringList {u"--trusted-proxy"_qs, kProxy, u"--trusted-proxy"_qs,
                     u"10.0.0.0/8, 2001:db8:ffff::/48"_qs}),
        qPrintable(m_platform.errorString()));
}

QString tst_ServerClientAddress::recordedAddress(
    const QUrl &platform, const QString &source, const Headers &headers)
{
    const HttpResult login = signIn(platform, source, headers);
    if (login.status != 201)
        return u"sign-in answered %1 %2"_qs.arg(login.status).arg(login.errorString);
    HttpClient http(platform);
    http.setToken(login.object().value(u"token"_qs).toString());
    const qint64 id = http.get(u"/api/v1/sessions/current"_qs).object().value(u"id"_qs).toInteger();
    QString listed = u"(session %1 not listed)"_qs.arg(id);
    for (const QJsonValue item : http.get(u"/api/v1/sessions"_qs).object().value(u"items"_qs).toArray())
        if (item.toObject().value(u"id"_qs).toInteger() == id)
            listed = item.toObject().value(u"address"_qs).toString();
    const QJsonObject audited = http.get(u"/api/v1/audit?entity=session:%1"_qs.arg(id))
                                    .object()
                                    .value(u"items"_qs)
                                    .toArray()
                                    .at(0)
                                    .toObject();
    if (audited.value(u"action"_qs).toString() != u"session.create"_qs)
        return u"no session.create audit line for session %1"_qs.arg(id);
    const QString inAudit = audited.value(u"after"_qs).toObject().value(u"address"_qs).toString();
    if (inAudit != listed)
        return u"session list says %1, audit line says %2"_qs.arg(listed, inAudit);
    return listed;
}

void tst_ServerClientAddress::recordsTheClientAddress_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<QString>("expected");
    const auto xff = [](const QByteArray &value) {
        return Headers {{"X-Forwarded-For", value}};
    };
    const auto fwd = [](const QByteArray &value) {
        return Headers {{"Forwarded", value}};
    };
    QTest::newRow("trusted peer, no header") << kProxy << Headers {} << kProxy;
    QTest::newRow("trusted peer, X-Forwarded-For") << kProxy << xff("198.51.100.7") << u"198.51.100.7"_qs;
    QTest::newRow("appended to a client's own X-Forwarded-For")
        << kProxy << xff("203.0.113.66, 198.51.100.7") << u"198.51.100.7"_qs;
    QTest::newRow("through a second trusted proxy")
        << kProxy << xff("198.51.100.7, 10.1.2.3") << u"198.51.100.7"_qs;
    QTest::newRow("IPv6 client") << kProxy << xff("2001:DB8::7") << u"2001:db8::7"_qs;
    QTest::newRow("with a port") << kProxy << xff("198.51.100.7:51234") << u"198.51.100.7"_qs;
    QTest::newRow("two header lines")
        << kProxy << Headers {{"X-Forwarded-For", "203.0.113.66"}, {"X-Forwarded-For", "198.51.100.7"}}
        << u"198.51.100.7"_qs;
    QTest::newRow("Forwarded") << kProxy << fwd("for=198.51.100.8;proto=https") << u"198.51.100.8"_qs;
    QTest::newRow("Forwarded IPv6") << kProxy << fwd("for=\"[2001:db8::8]:4711\"") << u"2001:db8::8"_qs;
    QByteArray junk;
    for (int i = 0; i < 2000; ++i)
        junk += "hop" + QByteArray::number(i) + ", ";
    QTest::newRow("24 KiB header: only the right end is read")
        << kProxy << xff(junk + "198.51.100.9") << u"198.51.100.9"_qs;
    // A client that is not a trusted proxy cannot choose its address.
    QTest::newRow("untrusted peer, X-Forwarded-For") << kClient << xff("198.51.100.7") << kClient;
    QTest::newRow("untrusted peer, Forwarded") << kClient << fwd("for=198.51.100.8") << kClient;
    QTest::newRow("untrusted peer, trusted-looking X-Forwarded-For") << kClient << xff("10.0.0.1") << kClient;
    // Malformed: the peer's address, and the sign-in works as ever.
    for (const char *bad : {"not-an-ip", "unknown", "999.1.1.1", "198.51.100.7,", "198.51.100.7/24",
             "[2001:db8::7", "198.51.100.7:99999", "fe80::1%eth0"})
        QTest::newRow(qPrintable(u"malformed X-Forwarded-For %1"_qs.arg(QString::fromLatin1(bad))))
            << kProxy << xff(bad) << kProxy;
    for (const char *bad : {"for=", "for=unknown", "for=_hidden", "proto=https", "for=\"198.51.100.8",
             "for=203.0.113.66;x=\", for=198.51.100.8"})
        QTest::newRow(qPrintable(u"malformed Forwarded %1"_qs.arg(QString::fromLatin1(bad))))
            << kProxy << fwd(bad) << kProxy;
}

void tst_ServerClientAddress::recordsTheClientAddress()
{
    QFETCH(QString, source);
    QFETCH(Headers, headers);
    QFETCH(QString, expected);
    QCOMPARE(recordedAddress(m_platform.url(), source, headers), expected);
}

// Above the service's 64 KiB header cap: 431, as for any header (docs/api.md), not a 500, and the
// service goes on.
void tst_ServerClientAddress::oversizedHeaderIsRefusedNotAnError()
{
    const HttpResult r = signIn(m_platform.url(), kProxy, {{"X-Forwarded-For", QByteArray(70 * 1024, '1')}});
    QCOMPARE(r.status, 431);
    QCOMPARE(r.code(), u"headers_too_large"_qs);
    QCOMPARE(recordedAddress(m_platform.url(), kProxy, {{"X-Forwarded-For", "198.51.100.10"}}),
        u"198.51.100.10"_qs);
}

void tst_ServerClientAddress::withoutTheOptionTheHeaderIsIgnored()
{
    PlatformProcess plain;
    QVERIFY2(plain.start(kDemo), qPrintable(plain.errorString()));
    QCOMPARE(recordedAddress(plain.url(), kProxy, {{"X-Forwarded-For", "198.51.100.7"}}), kProxy);
    QCOMPARE(recordedAddress(plain.url(), kClient, {{"Forwarded", "for=198.51.100.8"}}), kClient);
}

// $KEPLER_TRUSTED_PROXIES (the packaged unit's /etc/default/kepler-platform) when no option is given.
void tst_ServerClientAddress::environmentNamesTrustedProxies()
{
    PlatformProcess fromEnvironment;
    QProcessEnvironment env = fromEnvironment.process().processEnvironment();
    env.insert(u"KEPLER_TRUSTED_PROXIES"_qs, u"192.0.2.1, 127.0.0.2"_qs);
    fromEnvironment.process().setProcessEnvironment(env);
    QVERIFY2(fromEnvironment.start(kDemo), qPrintable(fromEnvironment.errorString()));
    QCOMPARE(recordedAddress(fromEnvironment.url(), kProxy, {{"X-Forwarded-For", "198.51.100.7"}}),
        u"198.51.100.7"_qs);
    QCOMPARE(recordedAddress(fromEnvironment.url(), kClient, {{"X-Forwarded-For", "198.51.100.7"}}), kClient);
}

// The service on IPv6 loopback, its proxy on ::1.
void tst_ServerClientAddress::ipv6ProxyPeer()
{
    PlatformProcess v6;
    QVERIFY2(v6.start(kDemo + QStringList {u"--listen"_qs, u"[::1]:0"_qs, u"--trusted-proxy"_qs, u"::1"_qs}),
        qPrintable(v6.errorString()));
    QCOMPARE(v6.url().host(), u"::1"_qs);
    QCOMPARE(recordedAddress(v6.url(), u"::1"_qs, {{"X-Forwarded-For", "2001:db8::42"}}), u"2001:db8::42"_qs);
    QCOMPARE(recordedAddress(v6.url(), u"::1"_qs, {{"X-Forwarded-For", "198.51.100.7"}}), u"198.51.100.7"_qs);
    QCOMPARE(recordedAddress(v6.url(), u"::1"_qs, {}), u"::1"_qs);
}

void tst_ServerClientAddress::badTrustedProxyIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("named");
    QTest::newRow("a host name") << QStringList {u"--trusted-proxy"_qs, u"nginx.internal"_qs} << QString()
                                 << u"nginx.internal"_qs;
    QTest::newRow("prefix too long") << QStringList {u"--trusted-proxy"_qs, u"127.0.0.1,10.0.0.0/33"_qs}
                                     << QString() << u"10.0.0.0/33"_qs;
    QTest::newRow("environment") << QStringList {} << u"::1, ::1/129"_qs << u"KEPLER_TRUSTED_PROXIES"_qs;
}

void tst_ServerClientAddress::badTrustedProxyIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environment);
    QFETCH(QString, named);
    QTemporaryDir data;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"KEPLER_TRUSTED_PROXIES"_qs);
    if (!environment.isEmpty())
        env.insert(u"KEPLER_TRUSTED_PROXIES"_qs, environment);
    process.setProcessEnvironment(env);
    process.start(PlatformProcess::binaryPath(),
        QStringList {u"--data"_qs, data.path(), u"--listen"_qs, u"127.0.0.1:0"_qs} + arguments);
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitCode(), 2);
    const QString error = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(error.contains(named) && error.contains(u"trusted"_qs, Qt::CaseInsensitive), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ServerClientAddress)
#include "tst_server_client_address.moc"
