// ClientAddress::resolve and TrustedProxies in-process (no HTTP): which address a request is
// recorded with, for every shape of X-Forwarded-For / Forwarded a proxy or a client may send.
// tst_server_client_address checks the same through a real kepler-platform.
#include "server/ClientAddress.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Kepler::Server;

namespace {
TrustedProxies proxies(const QStringList &entries)
{
    QString error;
    const auto parsed = TrustedProxies::parse(entries, &error);
    if (!parsed)
        qFatal("%s", qPrintable(error));
    return *parsed;
}

QList<QByteArray> lines(const QByteArray &value)
{
    return value.isNull() ? QList<QByteArray> {} : QList<QByteArray> {value};
}
} // namespace

class tst_ClientAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesTrustedProxies_data();
    void parsesTrustedProxies();
    void refusesWhatIsNotAnAddress_data();
    void refusesWhatIsNotAnAddress();
    void resolves_data();
    void resolves();
    void severalHeaderLinesAreOneList();
    void withoutTrustedProxiesTheHeaderIsIgnored();
    void longHeadersAreReadFromTheRight();
    void parsesHops_data();
    void parsesHops();
};

void tst_ClientAddress::parsesTrustedProxies_data()
{
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("trusted");
    const QStringList mixed {u"127.0.0.1"_qs, u"10.0.0.0/8, 192.168.1.0/24"_qs, u"::1,2001:db8:aa::/48"_qs};
    QTest::newRow("v4 address") << mixed << u"127.0.0.1"_qs << true;
    QTest::newRow("v4 neighbour") << mixed << u"127.0.0.2"_qs << false;
    QTest::newRow("v4 subnet") << mixed << u"10.200.3.4"_qs << true;
    QTest::newRow("v4 second subnet") << mixed << u"192.168.1.77"_qs << true;
    QTest::newRow("v4 outside") << mixed << u"192.168.2.1"_qs << false;
    QTest::newRow("v6 address") << mixed << u"::1"_qs << true;
    QTest::newRow("v6 subnet") << mixed << u"2001:db8:aa:1::9"_qs << true;
    QTest::newRow("v6 outside") << mixed << u"2001:db8:ab::9"_qs << false;
    QTest::newRow("mapped v4 peer") << mixed << u"::ffff:10.1.1.1"_qs << true;
    QTest::newRow("mapped v4 entry") << QStringList {u"::ffff:127.0.0.5"_qs} << u"127.0.0.5"_qs << true;
    QTest::newRow("none") << QStringList {} << u"127.0.0.1"_qs << false;
    QTest::newRow("empty pieces") << QStringList {u""_qs, u" , "_qs} << u"127.0.0.1"_qs << false;
}

void tst_ClientAddress::parsesTrustedProxies()
{
    QFETCH(QStringList, entries);
    QFETCH(QString, address);
    QFETCH(bool, trusted);
    QCOMPARE(proxies(entries).contains(QHostAddress(address)), trusted);
}

void tst_ClientAddress::refusesWhatIsNotAnAddress_data()
{
    QTest::addColumn<QString>("entry");
    for (const char *bad : {"localhost", "nginx.internal", "10.0.0.0/33", "::1/129", "1.2.3.4.5",
             "10.0.0.0/x", "10.0.0.1/8/8", "*"})
        QTest::newRow(bad) << QString::fromLatin1(bad);
}

void tst_ClientAddress::refusesWhatIsNotAnAddress()
{
    QFETCH(QString, entry);
    QString error;
    QVERIFY(!TrustedProxies::parse({u"127.0.0.1"_qs, entry}, &error));
    QVERIFY2(error.contains(entry), qPrintable(error));
}

void tst_ClientAddress::resolves_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("xForwardedFor"); // null: no such header
    QTest::addColumn<QByteArray>("forwarded");
    QTest::addColumn<QString>("expected");
    const QString proxy = u"127.0.0.1"_qs;
    const QByteArray none;
    // Trusted below: 127.0.0.1, 10.0.0.0/8, ::1, 2001:db8:ffff::/48.
    QTest::newRow("no header") << proxy << none << none << proxy;
    QTest::newRow("one hop") << proxy << QByteArray("198.51.100.7") << none << u"198.51.100.7"_qs;
    QTest::newRow("nginx appended to a client's lie")
        << proxy << QByteArray("203.0.113.66, 198.51.100.7") << none << u"198.51.100.7"_qs;
    QTest::newRow("through a second trusted proxy")
        << proxy << QByteArray("203.0.113.66, 198.51.100.7, 10.9.8.7") << none << u"198.51.100.7"_qs;
    QTest::newRow("every hop trusted: the leftmost")
        << proxy << QByteArray("10.1.1.1,10.2.2.2") << none << u"10.1.1.1"_qs;
    QTest::newRow("garbage left of the client is never read")
        << proxy << QByteArray("<script>, , unknown, 198.51.100.7") << none << u"198.51.100.7"_qs;
    QTest::newRow("spaces and tabs") << proxy << QByteArray(" \t198.51.100.7\t ") << none
                                     << u"198.51.100.7"_qs;
    QTest::newRow("v4 with port") << proxy << QByteArray("198.51.100.7:4711") << none << u"198.51.100.7"_qs;
    QTest::newRow("v6") << proxy << QByteArray("2001:DB8::7") << none << u"2001:db8::7"_qs;
    QTest::newRow("v6 bracketed with port")
        << proxy << QByteArray("[2001:db8::7]:443") << none << u"2001:db8::7"_qs;
    QTest::newRow("mapped v4 hop") << proxy << QByteArray("::ffff:198.51.100.7") << none
                                   << u"198.51.100.7"_qs;
    QTest::newRow("v6 peer trusted") << u"::1"_qs << QByteArray("198.51.100.7") << none << u"198.51.100.7"_qs;
    QTest::newRow("mapped v4 peer trusted")
        << u"::ffff:127.0.0.1"_qs << QByteArray("198.51.100.7") << none << u"198.51.100.7"_qs;
    QTest::newRow("v6 trusted subnet hop")
        << proxy << QByteArray("198.51.100.7, 2001:db8:ffff::2") << none << u"198.51.100.7"_qs;
    QTest::newRow("untrusted peer: header ignored") << u"198.51.100.200"_qs << QByteArray("203.0.113.66")
                                                    << QByteArray("for=203.0.113.67") << u"198.51.100.200"_qs;
    QTest::newRow("untrusted mapped peer shown as v4")
        << u"::ffff:198.51.100.200"_qs << QByteArray("203.0.113.66") << none << u"198.51.100.200"_qs;
    // Malformed: the peer's address, never a guess.
    for (const char *bad : {"", " ", "198.51.100.7,", "not-an-ip", "unknown", "_hidden", "999.1.1.1", "1.2.3",
             "01.2.3.4", "198.51.100.7/24", "198.51.100.7:99999", "198.51.100.7:", "[198.51.100.7]",
             "[2001:db8::7", "fe80::1%eth0", "2001:db8::7:443]", "\"198.51.100.7\"", "0x7f.0.0.1",
             "198.51.100.7 198.51.100.8", "2001:db8::7:::"})
        QTest::newRow(qPrintable(u"malformed X-Forwarded-For '%1'"_qs.arg(QString::fromLatin1(bad))))
            << proxy << QByteArray(bad) << none << proxy;
    // Forwarded (RFC 7239), read only without X-Forwarded-For.
    QTest::newRow("Forwarded") << proxy << none << QByteArray("for=198.51.100.8") << u"198.51.100.8"_qs;
    QTest::newRow("Forwarded with more parameters")
        << proxy << none << QByteArray("proto=https;For=198.51.100.8;by=10.0.0.1") << u"198.51.100.8"_qs;
    QTest::newRow("Forwarded v6 quoted with port")
        << proxy << none << QByteArray("for=\"[2001:db8::8]:4711\"") << u"2001:db8::8"_qs;
    QTest::newRow("Forwarded quoted v4")
        << proxy << none << QByteArray("for=\"198.51.100.8\"") << u"198.51.100.8"_qs;
    QTest::newRow("Forwarded chain") << proxy << none
                                     << QByteArray(
                                            "for=203.0.113.66, for=198.51.100.8;proto=http, for=10.0.0.5")
                                     << u"198.51.100.8"_qs;
    QTest::newRow("Forwarded quoted comma on the left")
        << proxy << none << QByteArray("for=203.0.113.66;x=\"a,b\", for=198.51.100.8") << u"198.51.100.8"_qs;
    QTest::newRow("X-Forwarded-For wins over Forwarded")
        << proxy << QByteArray("198.51.100.7") << QByteArray("for=203.0.113.66") << u"198.51.100.7"_qs;
    for (const char *bad : {"for=", "for=unknown", "for=_hidden", "proto=https", "for=\"198.51.100.8",
             "for=\"[2001:db8::8]:4711", "for=\"198.51.100.8\\\"\"", "for 198.51.100.8", "by=10.0.0.1;",
             // A client's unclosed quote would swallow the element the proxy appends after it.
             "for=203.0.113.66;x=\", for=198.51.100.8", "for=203.0.113.66, for=198.51.100.8, "})
        QTest::newRow(qPrintable(u"malformed Forwarded '%1'"_qs.arg(QString::fromLatin1(bad))))
            << proxy << none << QByteArray(bad) << proxy;
}

void tst_ClientAddress::resolves()
{
    QFETCH(QString, peer);
    QFETCH(QByteArray, xForwardedFor);
    QFETCH(QByteArray, forwarded);
    QFETCH(QString, expected);
    const TrustedProxies trusted
        = proxies({u"127.0.0.1"_qs, u"10.0.0.0/8"_qs, u"::1"_qs, u"2001:db8:ffff::/48"_qs});
    QCOMPARE(ClientAddress::resolve(QHostAddress(peer), lines(xForwardedFor), lines(forwarded), trusted),
        expected);
}

// Two X-Forwarded-For lines are one list, first line first (RFC 9110 §5.3).
void tst_ClientAddress::severalHeaderLinesAreOneList()
{
    const TrustedProxies trusted = proxies({u"127.0.0.1"_qs, u"10.0.0.0/8"_qs});
    const QHostAddress peer(u"127.0.0.1"_qs);
    QCOMPARE(ClientAddress::resolve(peer, {"203.0.113.66", "198.51.100.7, 10.0.0.9"}, {}, trusted),
        u"198.51.100.7"_qs);
    QCOMPARE(ClientAddress::resolve(peer, {"198.51.100.7", "10.0.0.9"}, {}, trusted), u"198.51.100.7"_qs);
    QCOMPARE(ClientAddress::resolve(peer, {"198.51.100.7", ""}, {}, trusted), u"127.0.0.1"_qs);
    QCOMPARE(ClientAddress::resolve(peer, {}, {"for=203.0.113.66", "for=198.51.100.8"}, trusted),
        u"198.51.100.8"_qs);
    QCOMPARE(ClientAddress::resolve(peer, {}, {"for=203.0.113.66;x=\"", "for=198.51.100.8"}, trusted),
        u"127.0.0.1"_qs);
}

void tst_ClientAddress::withoutTrustedProxiesTheHeaderIsIgnored()
{
    const TrustedProxies none = proxies({});
    QVERIFY(none.isEmpty());
    QCOMPARE(
        ClientAddress::resolve(QHostAddress(u"127.0.0.1"_qs), {"198.51.100.7"}, {"for=198.51.100.8"}, none),
        u"127.0.0.1"_qs);
    QCOMPARE(ClientAddress::resolve(QHostAddress(u"::ffff:127.0.0.1"_qs), {}, {}, none), u"127.0.0.1"_qs);
    QCOMPARE(ClientAddress::resolve(QHostAddress(u"::1"_qs), {}, {}, none), u"::1"_qs);
}

// Only the rightmost hops are read: a client cannot hide behind a long list, and a list of trusted
// hops longer than MaxHops falls back to the peer instead of being walked without end.
void tst_ClientAddress::longHeadersAreReadFromTheRight()
{
    const TrustedProxies trusted = proxies({u"127.0.0.1"_qs, u"10.0.0.0/8"_qs});
    const QHostAddress peer(u"127.0.0.1"_qs);
    QByteArray junk;
    for (int i = 0; i < 5000; ++i)
        junk += "garbage-" + QByteArray::number(i) + ", ";
    QCOMPARE(ClientAddress::resolve(peer, {junk + "198.51.100.7"}, {}, trusted), u"198.51.100.7"_qs);
    QByteArray hops = "198.51.100.7";
    for (int i = 0; i < ClientAddress::MaxHops - 1; ++i)
        hops += ", 10.0.0." + QByteArray::number(i + 1);
    QCOMPARE(ClientAddress::resolve(peer, {hops}, {}, trusted), u"198.51.100.7"_qs); // MaxHops read
    QCOMPARE(ClientAddress::resolve(peer, {hops + ", 10.0.1.1"}, {}, trusted), u"127.0.0.1"_qs);
    QCOMPARE(ClientAddress::resolve(peer, {QByteArray(100, '1') + ".2.3.4"}, {}, trusted), u"127.0.0.1"_qs);
    // Megabytes (Qt HTTP Server passes them on before the service's 431): one pass from the right.
    QElapsedTimer clock;
    clock.start();
    const QByteArray commas(4 * 1024 * 1024, ',');
    QCOMPARE(ClientAddress::resolve(peer, {commas + "198.51.100.7"}, {}, trusted), u"198.51.100.7"_qs);
    QCOMPARE(ClientAddress::resolve(peer, {commas + "10.0.0.1"}, {}, trusted), u"127.0.0.1"_qs); // empty hop
    QCOMPARE(ClientAddress::resolve(peer, {}, {commas + "for=198.51.100.8"}, trusted), u"198.51.100.8"_qs);
    QCOMPARE(ClientAddress::resolve(
                 peer, {}, {QByteArray(4 * 1024 * 1024, 'x') + "\", for=198.51.100.8"}, trusted),
        u"127.0.0.1"_qs); // one quote: malformed
    QCOMPARE(ClientAddress::resolve(peer, {}, {"for=198.51.100.8;x=" + QByteArray(2000, 'y')}, trusted),
        u"127.0.0.1"_qs); // an element of more than 1 KiB
    qInfo("4 MiB headers: %lld ms for four", qint64(clock.elapsed()));
}

void tst_ClientAddress::parsesHops_data()
{
    QTest::addColumn<QByteArray>("hop");
    QTest::addColumn<QString>("address"); // empty: not an address
    QTest::newRow("v4") << QByteArray("192.0.2.1") << u"192.0.2.1"_qs;
    QTest::newRow("v4 port") << QByteArray("192.0.2.1:80") << u"192.0.2.1"_qs;
    QTest::newRow("v6") << QByteArray("2001:db8::1") << u"2001:db8::1"_qs;
    QTest::newRow("v6 loopback") << QByteArray("::1") << u"::1"_qs;
    QTest::newRow("v6 brackets") << QByteArray("[2001:db8::1]") << u"2001:db8::1"_qs;
    QTest::newRow("v6 brackets port") << QByteArray("[::1]:8080") << u"::1"_qs;
    QTest::newRow("name") << QByteArray("example.com") << QString();
    QTest::newRow("port only") << QByteArray(":80") << QString();
    QTest::newRow("v6 brackets junk") << QByteArray("[::1]x") << QString();
}

void tst_ClientAddress::parsesHops()
{
    QFETCH(QByteArray, hop);
    QFETCH(QString, address);
    const QHostAddress parsed = ClientAddress::parseHop(hop);
    QCOMPARE(parsed.isNull() ? QString() : ClientAddress::display(parsed), address);
}

QTEST_GUILESS_MAIN(tst_ClientAddress)
#include "tst_client_address.moc"
