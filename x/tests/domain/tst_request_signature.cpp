// Partner request signing (domain/RequestSignature): the worked example of docs/signing.md as a
// known-answer test (the expected values were computed with Python's hmac/hashlib and with
// `openssl dgst`, not with this code), query canonicalisation and the edge cases.
#include "domain/RequestSignature.h"

#include <QTest>

using namespace Kepler;
namespace Sig = Kepler::RequestSignature;

namespace {
// Keep in step with docs/signing.md, "Worked example".
const QByteArray kSecret = "ks_Xq3vJ9mT2pL7wR4nB8cF1hK6dS0gZ5yA3eU9iO2rW7t";
const QString kRawQuery = u"sku=TK-1001&channel=%E5%BE%AE%E4%BF%A1&amount=100&amount=20&note=a+b"_qs;
const QByteArray kBody = R"({"sku":"TK-1001","qty":2})";
const QByteArray kBodyHash = "b1273e1f7e56cf633ebf63c0f0d74c4bcf46eb78b25ee2838403f3bfd8f585ae";
const QByteArray kSignature = "cf3c1116b70eba21f60f8f8ebd8c74612232a0cfa4458cc0326a66cf0ee618db";
} // namespace

class tst_RequestSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void workedExample()
    {
        const QByteArray sts = Sig::stringToSign(
            "POST", u"/open/v1/orders"_qs, Sig::parseQuery(kRawQuery), "1764043200", "n-4f1c2a9e7d3b", kBody);
        QCOMPARE(Sig::bodyHash(kBody), kBodyHash);
        QCOMPARE(sts,
            QByteArray("POST\n/open/v1/orders\namount=100&amount=20&channel=%E5%BE%AE%E4%BF%A1"
                       "&note=a%2Bb&sku=TK-1001\n1764043200\nn-4f1c2a9e7d3b\n")
                + kBodyHash);
        QCOMPARE(Sig::sign(kSecret, sts), kSignature);
    }

    void serverSideQueryGivesTheSameBytes()
    {
        // The service reads the query through QUrlQuery; it must canonicalise exactly as a client
        // that parses the raw string does.
        const QUrl url(u"http://h/open/v1/orders?"_qs + kRawQuery);
        QCOMPARE(Sig::canonicalQuery(Sig::queryItems(QUrlQuery(url))),
            Sig::canonicalQuery(Sig::parseQuery(kRawQuery)));
    }

    void canonicalQuery_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("sorted by key") << u"b=2&a=1&c=3"_qs << QByteArray("a=1&b=2&c=3");
        QTest::newRow("then by value") << u"a=2&a=10&a=1"_qs << QByteArray("a=1&a=10&a=2");
        QTest::newRow("decoded, encoded one way")
            << u"q=%e4%b8%ad%20x&r=%26%3D&s=\u4e2d"_qs << QByteArray("q=%E4%B8%AD%20x&r=%26%3D&s=%E4%B8%AD");
        QTest::newRow("plus stays plus") << u"q=a+b&p=%2B"_qs << QByteArray("p=%2B&q=a%2Bb");
        // Separators inside a value cannot pass for separators between pairs.
        QTest::newRow("encoded & is not a pair")
            << u"note=hi%26refund%3Dtrue"_qs << QByteArray("note=hi%26refund%3Dtrue");
        QTest::newRow("encoded = is not a split") << u"a%3Db=c"_qs << QByteArray("a%3Db=c");
        QTest::newRow("unreserved stay") << u"k=A-z.0_9~"_qs << QByteArray("k=A-z.0_9~");
        QTest::newRow("no value") << u"flag&a="_qs << QByteArray("a=&flag=");
        QTest::newRow("empty items skipped") << u"&a=1&&"_qs << QByteArray("a=1");
        QTest::newRow("byte order, upper before lower") << u"b=1&B=1&_=1"_qs << QByteArray("B=1&_=1&b=1");
    }

    void canonicalQuery()
    {
        QFETCH(QString, raw);
        QFETCH(QByteArray, canonical);
        QCOMPARE(Sig::canonicalQuery(Sig::parseQuery(raw)), canonical);
    }

    void pathIsEncodedPerSegment()
    {
        QCOMPARE(Sig::canonicalPath(u"/open/v1/orders"_qs), QByteArray("/open/v1/orders"));
        QCOMPARE(
            Sig::canonicalPath(u"/open/v1/商品/a b"_qs), QByteArray("/open/v1/%E5%95%86%E5%93%81/a%20b"));
        // A decoded line break or '?' in the path stays inside the path line.
        QCOMPARE(Sig::canonicalPath(u"/x\nq=1"_qs), QByteArray("/x%0Aq%3D1"));
    }

    void emptyItemsOnTheServerSide()
    {
        const QUrl url(u"http://h/open/v1/ping?&a=1&&b=2"_qs);
        QCOMPARE(Sig::canonicalQuery(Sig::queryItems(QUrlQuery(url))), QByteArray("a=1&b=2"));
    }

    void emptyBodyAndQuery()
    {
        const QByteArray sts
            = Sig::stringToSign("get", u"/open/v1/ping"_qs, {}, "1764043200", "abcdefgh", {});
        QCOMPARE(sts,
            QByteArray("GET\n/open/v1/ping\n\n1764043200\nabcdefgh\n"
                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    }

    void anyChangeChangesTheSignature()
    {
        const auto sig = [](const QByteArray &method, const QString &query, const QByteArray &body) {
            return Sig::sign(kSecret,
                Sig::stringToSign(method, u"/open/v1/orders"_qs, Sig::parseQuery(query), "1764043200",
                    "n-4f1c2a9e7d3b", body));
        };
        QCOMPARE(sig("POST", kRawQuery, kBody), kSignature);
        QVERIFY(sig("PUT", kRawQuery, kBody) != kSignature);
        QVERIFY(sig("POST", kRawQuery + u"&x=1"_qs, kBody) != kSignature);
        QVERIFY(sig("POST", kRawQuery, kBody + ' ') != kSignature);
    }

    void constantTimeEquals()
    {
        QVERIFY(Sig::constantTimeEquals(kSignature, kSignature));
        QVERIFY(!Sig::constantTimeEquals(kSignature, kSignature.left(63) + '0'));
        QVERIFY(!Sig::constantTimeEquals(kSignature, kSignature.left(10)));
        QVERIFY(Sig::constantTimeEquals({}, {}));
    }

    void nonces_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<bool>("valid");
        QTest::newRow("typical") << QByteArray("n-4f1c2a9e7d3b") << true;
        QTest::newRow("too short") << QByteArray("abc") << false;
        QTest::newRow("too long") << QByteArray(65, 'a') << false;
        QTest::newRow("longest") << QByteArray(64, 'a') << true;
        QTest::newRow("space") << QByteArray("abcd efgh") << false;
        QTest::newRow("newline") << QByteArray("abcdefgh\n") << false;
    }

    void nonces()
    {
        QFETCH(QByteArray, nonce);
        QFETCH(bool, valid);
        QCOMPARE(Sig::isValidNonce(nonce), valid);
    }
};

QTEST_APPLESS_MAIN(tst_RequestSignature)
#include "tst_request_signature.moc"
