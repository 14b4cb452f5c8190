// The partner gateway's shop over real HTTP (docs/gateway.md): products from the caller's pools at
// the price the explainer gives, orders idempotent by the partner's reference with stock taken and
// given back, validity codes, the daily cap and the rate limit (on the X-Kepler-Clock of a
// --allow-test-hooks platform, so nothing depends on how fast this machine is), injected faults,
// and a suspension refused by the very next request.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
// A fixed moment for clock-driven cases: 2026-11-11 10:00 Beijing time.
constexpr qint64 kClock = 1794362400000LL;

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class tst_ServerGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchSellsPoolSkusAtExplainedPrices();
    void keywordSearchFindsWhatThePoolsHold();
    void smallPagesFindWhatThePoolsHold();
    void detailRefusesSkusOutsideThePools();
    void orderIsIdempotentAndTakesStock();
    void concurrentCreatesWithOneRefMakeOneOrder();
    void orderRefusals_data();
    void orderRefusals();
    void outOfStockTakesNothing();
    void validityCodes();
    void orderListHasJdUnionRows();
    void dailyCapCountsBeijingDays();
    void rateLimitFollowsTheClock();
    void faultsAndClockHooks();
    void suspensionRefusedByTheNextRequest();
    void suspensionReachesAnotherInstanceUnderLoad();

private:
    struct Partner
    {
        qint64 id = 0;
        GatewayKey key;
    };
    Partner newPartnerKey(int index);
    HttpResult call(const Partner &p, const QByteArray &method, const QString &pathAndQuery,
        const QJsonObject &body = {}, const Headers &extra = {});
    HttpResult placeOrder(const Partner &p, const QJsonObject &order, qint64 clock = 0);
    QJsonObject firstProducts(const Partner &p, int limit);
    // Every page of /open/v1/products?limit=LIMIT QUERY, one second of X-Kepler-Clock apart.
    void allPages(const Partner &p, const QString &query, int limit, qint64 *clock, QList<QJsonObject> *rows);
    void waitForMemoryIndex();
    int stockOf(qint64 skuId);
    void patchPartner(qint64 id, const QJsonObject &changes);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_gateway;
    QList<qint64> m_active;
    Partner m_shop;
    int m_refs = 0;
};

void tst_ServerGateway::initTestCase()
{
    QVERIFY2(
        m_platform.start({u"--demo"_qs, u"--allow-test-hooks"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, kDemoPassword).status, 201);
    m_gateway.setBaseUrl(m_platform.url());
    const QJsonArray items = m_operator.get(u"/api/v1/partners?status=active&limit=40&sort=id"_qs)
                                 .object()
                                 .value(u"items"_qs)
                                 .toArray();
    for (const QJsonValue &v : items)
        m_active.append(v.toObject().value(u"id"_qs).toInteger());
    QVERIFY(m_active.size() >= 12);
    m_shop = newPartnerKey(0);
}

tst_ServerGateway::Partner tst_ServerGateway::newPartnerKey(int index)
{
    Partner p;
    p.id = m_active.at(index);
    const HttpResult r = m_operator.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(p.id), QJsonObject {});
    if (r.status != 201)
        qWarning() << "issue failed" << r.status << r.body;
    p.key = {r.object().value(u"appKey"_qs).toString(), r.object().value(u"secret"_qs).toString()};
    return p;
}

HttpResult tst_ServerGateway::call(const Partner &p, const QByteArray &method, const QString &pathAndQuery,
    const QJsonObject &body, const Headers &extra)
{
    SignedCall c;
    c.method = method;
    c.pathAndQuery = pathAndQuery;
    if (method == "POST")
        c.body = compact(body);
    Headers headers = signedHeaders(p.key, c);
    if (!c.body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    headers += extra;
    return m_gateway.requestRaw(c.method, c.pathAndQuery, c.body, headers);
}

HttpResult tst_ServerGateway::placeOrder(const Partner &p, const QJsonObject &order, qint64 clock)
{
    Headers extra;
    if (clock)
        extra.append({"X-Kepler-Clock", QByteArray::number(clock)});
    return call(p, "POST", u"/open/v1/orders"_qs, order, extra);
}

QJsonObject tst_ServerGateway::firstProducts(const Partner &p, int limit)
{
    return call(p, "GET", u"/open/v1/products?limit=%1"_qs.arg(limit)).object();
}

int tst_ServerGateway::stockOf(qint64 skuId)
{
    return m_operator.get(u"/api/v1/catalog/skus/%1"_qs.arg(skuId)).object().value(u"stock"_qs).toInt(-1);
}

void tst_ServerGateway::patchPartner(qint64 id, const QJsonObject &changes)
{
    const HttpResult current = m_operator.get(u"/api/v1/partners/%1"_qs.arg(id));
    const HttpResult r = m_operator.request(
        "PATCH", u"/api/v1/partners/%1"_qs.arg(id), changes, {{"If-Match", current.header("etag")}});
    QVERIFY2(r.status == 200, r.body.constData());
}

void tst_ServerGateway::searchSellsPoolSkusAtExplainedPrices()
{
    const HttpResult page = call(m_shop, "GET", u"/open/v1/products?limit=10"_qs);
    QCOMPARE(page.status, 200);
    QVERIFY(!page.header("x-kepler-time").isEmpty());
    const QJsonArray items = page.object().value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 10);
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const HttpResult e
            = m_operator.get(u"/api/v1/pricing/explain?partner=%1&sku=%2"_qs.arg(m_shop.id).arg(
                item.value(u"skuId"_qs).toInteger()));
        QCOMPARE(e.status, 200);
        QVERIFY2(e.object().value(u"sellable"_qs).toBool(),
            qPrintable(QString::number(item.value(u"skuId"_qs).toInteger())));
        QCOMPARE(item.value(u"priceFen"_qs).toInteger(), e.object().value(u"priceFen"_qs).toInteger());
    }
    // The keyset cursor continues after the last id, and never repeats one.
    const QString cursor = page.object().value(u"nextCursor"_qs).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpResult next = call(m_shop, "GET",
        u"/open/v1/products?limit=10&cursor=%1"_qs.arg(QString::fromLatin1(QUrl::toPercentEncoding(cursor))));
    QCOMPARE(next.status, 200);
    QVERIFY(next.object().value(u"items"_qs).toArray().at(0).toObject().value(u"skuId"_qs).toInteger()
        > items.last().toObject().value(u"skuId"_qs).toInteger());
    // Another query's cursor is refused, as is a limit out of range.
    QCOMPARE(call(m_shop, "GET",
                 u"/open/v1/products?keyword=x&cursor=%1"_qs.arg(
                     QString::fromLatin1(QUrl::toPercentEncoding(cursor))))
                 .code(),
        u"invalid_cursor"_qs);
    QCOMPARE(call(m_shop, "GET", u"/open/v1/products?limit=500"_qs).code(), u"invalid_query"_qs);
}

void tst_ServerGateway::allPages(
    const Partner &p, const QString &query, int limit, qint64 *clock, QList<QJsonObject> *rows)
{
    QString cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        QString path = u"/open/v1/products?limit=%1%2"_qs.arg(limit).arg(query);
        if (!cursor.isEmpty())
            path += u"&cursor="_qs + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        *clock += 1000; // a second a call: the partner's rate limit never bites
        const HttpResult r = call(p, "GET", path, {}, {{"X-Kepler-Clock", QByteArray::number(*clock)}});
        QVERIFY2(r.status == 200, r.body.constData());
        for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
            rows->append(v.toObject());
        cursor = r.object().value(u"nextCursor"_qs).toString();
        if (cursor.isEmpty())
            return;
    }
    QFAIL("no last page");
}

void tst_ServerGateway::waitForMemoryIndex()
{
    // /health/details (signed in) says how keywords are searched.
    const auto catalogSearch = [&] {
        return m_operator.get(u"/api/v1/health/details"_qs).object().value(u"catalogSearch"_qs).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(catalogSearch(), u"memory"_qs, 30000);
}

namespace {
QList<qint64> skuIds(const QList<QJsonObject> &products)
{
    QList<qint64> ids;
    for (const QJsonObject &p : products)
        ids.append(p.value(u"skuId"_qs).toInteger());
    return ids;
}

QString asciiFolded(QString text)
{
    for (QChar &c : text)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + 32);
    return text;
}

bool namesHold(const QJsonObject &product, const QString &keyword)
{
    return asciiFolded(product.value(u"name"_qs).toString()).contains(asciiFolded(keyword))
        || asciiFolded(product.value(u"nameEn"_qs).toString()).contains(asciiFolded(keyword));
}

// The ids of the products whose name or English name holds the keyword (ASCII letters in either case).
QList<qint64> holding(const QList<QJsonObject> &products, const QString &keyword)
{
    QList<qint64> ids;
    for (const QJsonObject &p : products)
        if (namesHold(p, keyword))
            ids.append(p.value(u"skuId"_qs).toInteger());
    return ids;
}

QString keywordQuery(const QString &keyword)
{
    return u"&keyword="_qs + QString::fromLatin1(QUrl::toPercentEncoding(keyword));
}
} // namespace

void tst_ServerGateway::keywordSearchFindsWhatThePoolsHold()
{
    // The keyword is looked up in the catalog's in-memory index once it has loaded, the pools'
    // clauses applied to its matches in SQL: the same SKUs as every product of the pools whose
    // name or English name holds the keyword (ASCII letters in either case), in id order.
    waitForMemoryIndex();
    qint64 clock = kClock;
    QList<QJsonObject> products;
    allPages(m_shop, QString(), 50, &clock, &products);
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(products.size() > 100);
    for (const QString &keyword :
        {u"PRO"_qs, u"手机"_qs, u"茶"_qs, u"e"_qs, u"zzz"_qs, u"Max 1"_qs, u"%"_qs}) {
        const QList<qint64> want = holding(products, keyword);
        QList<QJsonObject> found;
        allPages(m_shop, keywordQuery(keyword), 40, &clock, &found);
        QVERIFY(!QTest::currentTestFailed());
        const QList<qint64> got = skuIds(found);
        if (got != want)
            qWarning() << keyword << "got" << got << "want" << want;
        QCOMPARE(got, want);
    }
}

void tst_ServerGateway::smallPagesFindWhatThePoolsHold()
{
    // A page is looked for by primary key among the next 64 × (limit + 1) ids first, then in the
    // rest; a keyword's matches come from the index in growing chunks (128 ids, then 512, …). Pages
    // of 3 cross those bounds again and again over the 2,000 test SKUs, in categories and for
    // keywords the partner's pools hold much of, little of and nothing of: each time the same SKUs as
    // the partner's products of that category or with that keyword, in id order, none twice.
    waitForMemoryIndex();
    for (int index : {8, 9}) {
        const Partner p = newPartnerKey(index);
        qint64 clock = kClock;
        QList<QJsonObject> products;
        allPages(p, QString(), 50, &clock, &products);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(products.size() > 50);
        QSet<int> categories;
        for (const QJsonObject &o : std::as_const(products))
            categories << o.value(u"cid2"_qs).toInt() << o.value(u"cid3"_qs).toInt();
        QList<int> cids {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}; // level 1; and a few the pools hold:
        for (int c : std::as_const(categories))
            if (cids.size() < 14)
                cids.append(c);
        for (int cid : std::as_const(cids)) {
            QList<qint64> want;
            for (const QJsonObject &o : std::as_const(products))
                if (o.value(u"cid1"_qs).toInt() == cid || o.value(u"cid2"_qs).toInt() == cid
                    || o.value(u"cid3"_qs).toInt() == cid)
                    want.append(o.value(u"skuId"_qs).toInteger());
            QList<QJsonObject> found;
            allPages(p, u"&cid=%1"_qs.arg(cid), 3, &clock, &found);
            QVERIFY(!QTest::currentTestFailed());
            QCOMPARE(skuIds(found), want);
        }
        for (const QString &keyword : {u"e"_qs, u"手机"_qs, u"zzz"_qs}) {
            QList<QJsonObject> found;
            allPages(p, keywordQuery(keyword), 3, &clock, &found);
            QVERIFY(!QTest::currentTestFailed());
            QCOMPARE(skuIds(found), holding(products, keyword));
        }
    }
}

void tst_ServerGateway::detailRefusesSkusOutsideThePools()
{
    const qint64 inPool = firstProducts(m_shop, 1)
                              .value(u"items"_qs)
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(u"skuId"_qs)
                              .toInteger();
    const HttpResult ok = call(m_shop, "GET", u"/open/v1/products/%1"_qs.arg(inPool));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.object().value(u"skuId"_qs).toInteger(), inPool);
    QVERIFY(ok.object().contains(u"stock"_qs));
    // A SKU the explainer calls unsellable for this partner is "not in pool", like one that does not exist.
    qint64 outside = 0;
    for (qint64 sku = 1; sku <= 2000 && !outside; sku += 37) {
        const HttpResult e
            = m_operator.get(u"/api/v1/pricing/explain?partner=%1&sku=%2"_qs.arg(m_shop.id).arg(sku));
        if (e.status == 200 && !e.object().value(u"sellable"_qs).toBool())
            outside = sku;
    }
    QVERIFY2(outside, "the demo pools leave some SKUs out");
    QCOMPARE(call(m_shop, "GET", u"/open/v1/products/%1"_qs.arg(outside)).code(), u"sku_not_in_pool"_qs);
    QCOMPARE(call(m_shop, "GET", u"/open/v1/products/99999999"_qs).code(), u"sku_not_in_pool"_qs);
    QCOMPARE(placeOrder(m_shop,
                 {{u"partnerOrderRef"_qs, u"outside-1"_qs},
                     {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, outside}, {u"quantity"_qs, 1}}}}})
                 .code(),
        u"sku_not_in_pool"_qs);
}

void tst_ServerGateway::orderIsIdempotentAndTakesStock()
{
    const QJsonObject product = firstProducts(m_shop, 3).value(u"items"_qs).toArray().at(2).toObject();
    const qint64 sku = product.value(u"skuId"_qs).toInteger();
    const int before = stockOf(sku);
    QVERIFY(before >= 2);
    const QJsonObject order {{u"partnerOrderRef"_qs, u"idem-1"_qs},
        {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, 2}}}}};
    const HttpResult created = placeOrder(m_shop, order);
    QVERIFY2(created.status == 201, created.body.constData());
    const QJsonObject o = created.object();
    QCOMPARE(o.value(u"status"_qs).toString(), u"paid"_qs);
    QCOMPARE(o.value(u"totalFen"_qs).toInteger(), 2 * product.value(u"priceFen"_qs).toInteger());
    QCOMPARE(o.value(u"commissionActualFen"_qs).toInteger(), 0); // paid, not completed
    QCOMPARE(stockOf(sku), before - 2);

    const HttpResult replay = placeOrder(m_shop, order);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.header("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(replay.object().value(u"orderId"_qs), o.value(u"orderId"_qs));
    QCOMPARE(stockOf(sku), before - 2); // no second effect

    QJsonObject different = order;
    different[u"items"_qs] = QJsonArray {QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, 1}}};
    QCOMPARE(placeOrder(m_shop, different).code(), u"order_ref_conflict"_qs);

    const HttpResult status = call(m_shop, "GET", u"/open/v1/orders/idem-1"_qs);
    QCOMPARE(status.status, 200);
    QCOMPARE(status.object().value(u"orderId"_qs), o.value(u"orderId"_qs));
    // Another partner cannot see it.
    const Partner other = newPartnerKey(1);
    QCOMPARE(call(other, "GET", u"/open/v1/orders/idem-1"_qs).status, 404);

    const HttpResult cancelled = call(m_shop, "POST", u"/open/v1/orders/idem-1:cancel"_qs);
    QCOMPARE(cancelled.status, 200);
    QCOMPARE(cancelled.object().value(u"status"_qs).toString(), u"cancelled"_qs);
    QVERIFY(!cancelled.object().value(u"finishTime"_qs).isNull());
    QCOMPARE(stockOf(sku), before); // given back
    QCOMPARE(call(m_shop, "POST", u"/open/v1/orders/idem-1:cancel"_qs).status, 200);
    QCOMPARE(stockOf(sku), before); // once
}

void tst_ServerGateway::concurrentCreatesWithOneRefMakeOneOrder()
{
    const qint64 sku = firstProducts(m_shop, 5)
                           .value(u"items"_qs)
                           .toArray()
                           .at(4)
                           .toObject()
                           .value(u"skuId"_qs)
                           .toInteger();
    const int before = stockOf(sku);
    const QJsonObject order {{u"partnerOrderRef"_qs, u"race-1"_qs},
        {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, 1}}}}};
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int i = 0; i < 4; ++i)
        clients.push_back(std::make_unique<HttpClient>(m_platform.url()));
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 20; ++i) {
        SignedCall c;
        c.method = "POST";
        c.pathAndQuery = u"/open/v1/orders"_qs;
        c.body = compact(order);
        Headers h = signedHeaders(m_shop.key, c);
        h.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
        replies.append(clients[size_t(i % 4)]->start("POST", c.pathAndQuery, c.body, h));
    }
    int created = 0, replayed = 0;
    for (QNetworkReply *reply : replies) {
        const HttpResult r = clients[0]->finish(reply);
        if (r.status == 201)
            ++created;
        else if (r.status == 200 && r.header("idempotent-replayed") == "true")
            ++replayed;
        else
            QFAIL(r.body.constData());
    }
    QCOMPARE(created, 1);
    QCOMPARE(replayed, 19);
    QCOMPARE(stockOf(sku), before - 1);
}

void tst_ServerGateway::orderRefusals_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("not json") << QByteArray("{\"partnerOrderRef\":") << 400 << u"malformed_json"_qs
                              << QString();
    QTest::newRow("no ref") << QByteArray(R"({"items":[{"skuId":1,"quantity":1}]})") << 422
                            << u"validation_failed"_qs << u"partnerOrderRef"_qs;
    QTest::newRow("ref with space") << QByteArray(
        R"({"partnerOrderRef":"a b","items":[{"skuId":1,"quantity":1}]})")
                                    << 422 << u"validation_failed"_qs << u"partnerOrderRef"_qs;
    QTest::newRow("no items") << QByteArray(R"({"partnerOrderRef":"r1","items":[]})") << 422
                              << u"validation_failed"_qs << u"items"_qs;
    QTest::newRow("items not a list") << QByteArray(R"({"partnerOrderRef":"r1","items":"1"})") << 422
                                      << u"validation_failed"_qs << u"items"_qs;
    QTest::newRow("quantity 0") << QByteArray(
        R"({"partnerOrderRef":"r1","items":[{"skuId":1,"quantity":0}]})")
                                << 422 << u"validation_failed"_qs << u"items[0].quantity"_qs;
    QTest::newRow("quantity 2.5") << QByteArray(
        R"({"partnerOrderRef":"r1","items":[{"skuId":1,"quantity":2.5}]})")
                                  << 422 << u"validation_failed"_qs << u"items[0].quantity"_qs;
    QTest::newRow("sku as text") << QByteArray(
        R"({"partnerOrderRef":"r1","items":[{"skuId":"1","quantity":1}]})")
                                 << 422 << u"validation_failed"_qs << u"items[0].skuId"_qs;
    QTest::newRow("sku twice") << QByteArray(
        R"({"partnerOrderRef":"r1","items":[{"skuId":1,"quantity":1},{"skuId":1,"quantity":2}]})")
                               << 422 << u"validation_failed"_qs << u"items[1].skuId"_qs;
}

void tst_ServerGateway::orderRefusals()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    SignedCall c;
    c.method = "POST";
    c.pathAndQuery = u"/open/v1/orders"_qs;
    c.body = body;
    const HttpResult r = sendSigned(m_gateway, m_shop.key, c);
    QCOMPARE(r.status, status);
    QCOMPARE(r.code(), code);
    if (!field.isEmpty())
        QCOMPARE(
            r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString(), field);
}

void tst_ServerGateway::outOfStockTakesNothing()
{
    // A SKU with less stock than one order line may ask for (99), found through the shop itself.
    const QJsonArray items = firstProducts(m_shop, 50).value(u"items"_qs).toArray();
    qint64 a = 0, b = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        if (!b && item.value(u"stock"_qs).toInt() < 99)
            b = item.value(u"skuId"_qs).toInteger();
        else if (!a && item.value(u"stock"_qs).toInt() >= 1)
            a = item.value(u"skuId"_qs).toInteger();
    }
    QVERIFY2(a && b, "the demo catalog has low-stock SKUs among the first 50 of a pool");
    const int stockA = stockOf(a), stockB = stockOf(b);
    const int ask = stockB + 1;
    const HttpResult r = placeOrder(m_shop,
        {{u"partnerOrderRef"_qs, u"oos-1"_qs},
            {u"items"_qs,
                QJsonArray {QJsonObject {{u"skuId"_qs, a}, {u"quantity"_qs, 1}},
                    QJsonObject {{u"skuId"_qs, b}, {u"quantity"_qs, ask}}}}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"out_of_stock"_qs);
    QCOMPARE(r.object().value(u"skuId"_qs).toInteger(), b);
    QCOMPARE(stockOf(a), stockA); // the first line's stock went back with the rollback
    QCOMPARE(stockOf(b), stockB);
    QCOMPARE(call(m_shop, "GET", u"/open/v1/orders/oos-1"_qs).status, 404);
}

void tst_ServerGateway::validityCodes()
{
    const Partner p = newPartnerKey(2);
    const qint64 sku
        = firstProducts(p, 1).value(u"items"_qs).toArray().at(0).toObject().value(u"skuId"_qs).toInteger();
    const auto order = [&](const QString &ref, const QString &buyer, const QString &app) {
        QJsonObject o {{u"partnerOrderRef"_qs, ref},
            {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, 1}}}}};
        if (!buyer.isEmpty())
            o[u"buyerRef"_qs] = buyer;
        if (!app.isEmpty())
            o[u"sourceAppId"_qs] = app;
        return o;
    };
    const HttpResult mismatch = placeOrder(p, order(u"v-src"_qs, {}, u"wx-not-this-partners"_qs), kClock);
    QCOMPARE(mismatch.status, 201);
    QCOMPARE(mismatch.object().value(u"validity"_qs).toString(), u"invalid_source_mismatch"_qs);
    QCOMPARE(mismatch.object().value(u"commissionEstimateFen"_qs).toInteger(), 0);
    // Five orders of one buyer within a minute are a person; the sixth is not.
    for (int i = 0; i < 5; ++i) {
        const HttpResult r = placeOrder(p, order(u"v-buyer-%1"_qs.arg(i), u"b-1"_qs, {}), kClock + i * 1000);
        QCOMPARE(r.object().value(u"validity"_qs).toString(), u"paid"_qs);
    }
    const HttpResult sixth = placeOrder(p, order(u"v-buyer-5"_qs, u"b-1"_qs, {}), kClock + 5000);
    QCOMPARE(sixth.object().value(u"validity"_qs).toString(), u"invalid_abnormal_traffic"_qs);
    // A minute later the same buyer is fine again.
    const HttpResult later = placeOrder(p, order(u"v-buyer-6"_qs, u"b-1"_qs, {}), kClock + 70000);
    QCOMPARE(later.object().value(u"validity"_qs).toString(), u"paid"_qs);
    // Read 8 days later, a paid order is completed and its commission actual.
    const HttpResult done = call(p, "GET", u"/open/v1/orders/v-buyer-0"_qs, {},
        {{"X-Kepler-Clock", QByteArray::number(kClock + 8LL * 24 * 3600 * 1000)}});
    QCOMPARE(done.object().value(u"status"_qs).toString(), u"completed"_qs);
    QCOMPARE(
        done.object().value(u"commissionActualFen"_qs), done.object().value(u"commissionEstimateFen"_qs));
    QVERIFY(!done.object().value(u"finishTime"_qs).isNull());
    QCOMPARE(call(p, "POST", u"/open/v1/orders/v-buyer-0:cancel"_qs, {},
                 {{"X-Kepler-Clock", QByteArray::number(kClock + 8LL * 24 * 3600 * 1000)}})
                 .code(),
        u"order_not_cancellable"_qs);
}

void tst_ServerGateway::orderListHasJdUnionRows()
{
    const Partner p = newPartnerKey(3);
    const QJsonArray products = firstProducts(p, 2).value(u"items"_qs).toArray();
    for (int i = 0; i < 3; ++i)
        QCOMPARE(
            placeOrder(p,
                {{u"partnerOrderRef"_qs, u"list-%1"_qs.arg(i)},
                    {u"items"_qs,
                        QJsonArray {QJsonObject {{u"skuId"_qs, products.at(0).toObject().value(u"skuId"_qs)},
                                        {u"quantity"_qs, 1}},
                            QJsonObject {{u"skuId"_qs, products.at(1).toObject().value(u"skuId"_qs)},
                                {u"quantity"_qs, 1}}}}},
                kClock + i * 60000)
                .status,
            201);
    const QString range = u"from=2026-11-11T01:00:00Z&to=2026-11-11T03:00:00Z"_qs;
    const HttpResult first = call(p, "GET", u"/open/v1/orders?limit=2&"_qs + range);
    QCOMPARE(first.status, 200);
    const QJsonArray rows = first.object().value(u"items"_qs).toArray();
    QCOMPARE(rows.size(), 4); // two orders, two lines each
    for (const QString &field :
        {u"orderId"_qs, u"orderTime"_qs, u"finishTime"_qs, u"skuId"_qs, u"quantity"_qs, u"priceFen"_qs,
            u"commissionEstimateFen"_qs, u"commissionActualFen"_qs, u"validity"_qs})
        QVERIFY2(rows.at(0).toObject().contains(field), qPrintable(field));
    const QString cursor = first.object().value(u"nextCursor"_qs).toString();
    QVERIFY(!cursor.isEmpty());
    const HttpResult second = call(p, "GET",
        u"/open/v1/orders?limit=2&"_qs + range + u"&cursor="_qs
            + QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    QCOMPARE(second.object().value(u"items"_qs).toArray().size(), 2);
    QVERIFY(second.object().value(u"nextCursor"_qs).isNull());
    QCOMPARE(call(p, "GET", u"/open/v1/orders?from=2026-11-01T00:00:00Z&to=2026-12-30T00:00:00Z"_qs).code(),
        u"invalid_query"_qs);
}

void tst_ServerGateway::dailyCapCountsBeijingDays()
{
    const Partner p = newPartnerKey(4);
    patchPartner(p.id, {{u"dailyOrderCap"_qs, 2}});
    const qint64 sku
        = firstProducts(p, 1).value(u"items"_qs).toArray().at(0).toObject().value(u"skuId"_qs).toInteger();
    const auto order = [&](int i) {
        return QJsonObject {{u"partnerOrderRef"_qs, u"cap-%1"_qs.arg(i)},
            {u"items"_qs, QJsonArray {QJsonObject {{u"skuId"_qs, sku}, {u"quantity"_qs, 1}}}}};
    };
    // 2026-11-11 15:00 and 15:30 UTC are 23:00 and 23:30 in Beijing: one business day.
    const qint64 late = 1794409200000LL;
    QCOMPARE(placeOrder(p, order(0), late).status, 201);
    QCOMPARE(placeOrder(p, order(1), late + 1800000).status, 201);
    const HttpResult third = placeOrder(p, order(2), late + 2400000);
    QCOMPARE(third.status, 429);
    QCOMPARE(third.code(), u"daily_order_cap_reached"_qs);
    QCOMPARE(third.header("retry-after"), QByteArray("1200")); // 20 minutes to Beijing midnight
    QCOMPARE(third.object().value(u"nextAllowedAt"_qs).toString(), u"2026-11-11T16:00:00.000Z"_qs);
    // After midnight Beijing time (16:00 UTC) a new day begins.
    QCOMPARE(placeOrder(p, order(2), late + 3600000).status, 201);
}

void tst_ServerGateway::rateLimitFollowsTheClock()
{
    const Partner p = newPartnerKey(5);
    patchPartner(p.id, {{u"rateLimit"_qs, 2}});
    const auto ping = [&](qint64 at) {
        return call(p, "GET", u"/open/v1/ping"_qs, {}, {{"X-Kepler-Clock", QByteArray::number(at)}});
    };
    // A bucket of two: two at one instant pass, the third waits half a second (Retry-After 1).
    QCOMPARE(ping(kClock).status, 200);
    QCOMPARE(ping(kClock).status, 200);
    const HttpResult over = ping(kClock);
    QCOMPARE(over.status, 429);
    QCOMPARE(over.code(), u"rate_limited"_qs);
    QCOMPARE(over.header("retry-after"), QByteArray("1"));
    QCOMPARE(ping(kClock + 499).status, 429);
    QCOMPARE(ping(kClock + 500).status, 200);
    // Other partners have their own buckets.
    QCOMPARE(
        call(m_shop, "GET", u"/open/v1/ping"_qs, {}, {{"X-Kepler-Clock", QByteArray::number(kClock)}}).status,
        200);
}

void tst_ServerGateway::faultsAndClockHooks()
{
    const HttpResult fault = call(m_shop, "GET", u"/open/v1/ping"_qs, {}, {{"X-Kepler-Fault", "error"}});
    QCOMPARE(fault.status, 503);
    QCOMPARE(fault.code(), u"injected_fault"_qs);
    const HttpResult at = call(m_shop, "GET", u"/open/v1/ping"_qs, {}, {{"X-Kepler-Clock", "1794362400123"}});
    QCOMPARE(at.header("x-kepler-time"), QByteArray("1794362400123"));
    QCOMPARE(call(m_shop, "GET", u"/open/v1/ping"_qs, {}, {{"X-Kepler-Clock", "1794362400"}}).code(),
        u"validation_failed"_qs); // seconds, not milliseconds
    QCOMPARE(call(m_shop, "GET", u"/open/v1/ping"_qs, {}, {{"X-Kepler-Fault", "latency=99999"}}).code(),
        u"validation_failed"_qs);

    // Without --allow-test-hooks the headers change nothing.
    PlatformProcess plain;
    QVERIFY2(plain.start({u"--demo"_qs, u"--demo-partners"_qs, u"20"_qs, u"--demo-skus"_qs, u"100"_qs}),
        qPrintable(plain.errorString()));
    HttpClient staff(plain.url());
    QCOMPARE(staff.login(u"operator"_qs, kDemoPassword).status, 201);
    const qint64 id = staff.get(u"/api/v1/partners?status=active&limit=1&sort=id"_qs)
                          .object()
                          .value(u"items"_qs)
                          .toArray()
                          .at(0)
                          .toObject()
                          .value(u"id"_qs)
                          .toInteger();
    const HttpResult key = staff.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(id), QJsonObject {});
    const GatewayKey k {
        key.object().value(u"appKey"_qs).toString(), key.object().value(u"secret"_qs).toString()};
    HttpClient gw(plain.url());
    SignedCall c;
    Headers h = signedHeaders(k, c);
    h.append(std::pair<QByteArray, QByteArray>("X-Kepler-Fault", "error"));
    h.append(std::pair<QByteArray, QByteArray>("X-Kepler-Clock", "1794362400123"));
    const HttpResult r = gw.requestRaw("GET", c.pathAndQuery, {}, h);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("x-kepler-time") != QByteArray("1794362400123"));
}

void tst_ServerGateway::suspensionRefusedByTheNextRequest()
{
    const Partner p = newPartnerKey(6);
    QCOMPARE(call(p, "GET", u"/open/v1/ping"_qs).status, 200);
    const HttpResult current = m_operator.get(u"/api/v1/partners/%1"_qs.arg(p.id));
    const HttpResult suspended = m_operator.request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(p.id),
        QJsonObject {{u"reasonCode"_qs, u"fake_traffic"_qs}}, {{"If-Match", current.header("etag")}});
    QCOMPARE(suspended.status, 200);
    // No cache to wait for: the very next request reads the new status.
    const HttpResult r = call(p, "GET", u"/open/v1/products?limit=1"_qs);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"partner_not_active"_qs);
}

// Two instances on one database (as behind a proxy): while the second serves this partner's
// requests, a suspension through the first refuses every request sent after it was answered.
void tst_ServerGateway::suspensionReachesAnotherInstanceUnderLoad()
{
    const Partner p = newPartnerKey(7);
    patchPartner(p.id, {{u"rateLimit"_qs, 100000}});
    PlatformProcess second;
    second.setDataDir(m_platform.dataDir());
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    std::vector<std::unique_ptr<HttpClient>> clients;
    for (int i = 0; i < 4; ++i)
        clients.push_back(std::make_unique<HttpClient>(second.url()));
    const auto burst = [&](int n) {
        QList<QNetworkReply *> replies;
        for (int i = 0; i < n; ++i) {
            SignedCall c;
            c.pathAndQuery = u"/open/v1/products?limit=5"_qs;
            replies.append(clients[size_t(i % 4)]->start("GET", c.pathAndQuery, {}, signedHeaders(p.key, c)));
        }
        return replies;
    };
    const QList<QNetworkReply *> before = burst(40); // in flight while the suspension happens
    const HttpResult current = m_operator.get(u"/api/v1/partners/%1"_qs.arg(p.id));
    QCOMPARE(
        m_operator
            .request("POST", u"/api/v1/partners/%1/suspend"_qs.arg(p.id),
                QJsonObject {{u"reasonCode"_qs, u"fake_traffic"_qs}}, {{"If-Match", current.header("etag")}})
            .status,
        200);
    const QList<QNetworkReply *> after = burst(40);
    for (QNetworkReply *reply : before) {
        const int status = clients[0]->finish(reply).status;
        QVERIFY2(status == 200 || status == 403, qPrintable(QString::number(status)));
    }
    for (QNetworkReply *reply : after) {
        const HttpResult r = clients[0]->finish(reply);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), u"partner_not_active"_qs);
    }
}

QTEST_GUILESS_MAIN(tst_ServerGateway)
#include "tst_server_gateway.moc"
