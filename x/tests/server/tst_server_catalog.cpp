// The catalog over real HTTP (issue 5): the SQL of every criterion agrees with the shared
// CatalogCriteria::matches on the whole demo catalog; keyset pages walk every row once in every
// sort, ties included; keywords (rare, common, none, one and two Chinese characters, mixed-case
// ASCII, LIKE and FTS5 metacharacters taken literally) page what matches picks in every sort;
// totals are capped; bad queries are 400 with the field named. Keywords run through the in-memory
// index (server/CatalogMemoryIndex), the default once loaded.
#include "HttpClient.h"
#include "PlatformProcess.h"

#include "domain/CatalogCriteria.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QTest>

using namespace Kepler;
using namespace Kepler::Test;

class tst_ServerCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoCatalogIsComplete();
    void criteriaMatchTheSharedRule();
    void keywordsMatchTheSharedRule_data();
    void keywordsMatchTheSharedRule();
    void keysetPagesWalkEveryRowOnce_data();
    void keysetPagesWalkEveryRowOnce();
    void badQueries_data();
    void badQueries();

private:
    // Every SKU the list gives for `query`, following cursors; the ids in order.
    QList<qint64> walk(const QString &query, int limit, QList<CatalogSku> *skus = nullptr);

    PlatformProcess m_platform;
    HttpClient m_http;
    QList<CatalogSku> m_all; // the whole catalog, by id
};

void tst_ServerCatalog::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs, u"--demo-skus"_qs, u"3000"_qs}),
        qPrintable(m_platform.errorString()));
    m_http.setBaseUrl(m_platform.url());
    QCOMPARE(m_http.login(u"manager"_qs, u"kepler-demo"_qs).status, 201);
    walk(u"onSale=any"_qs, 500, &m_all);
    // Keywords are answered from the in-memory index once it has loaded (on either store): the
    // keyword cases below are its, not the SQL plans' it falls back on while loading.
    // /health/details (signed in) says how keywords are searched.
    const auto catalogSearch = [&] {
        return m_http.get(u"/api/v1/health/details"_qs).object().value(u"catalogSearch"_qs).toString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(catalogSearch(), u"memory"_qs, 30000);
}

QList<qint64> tst_ServerCatalog::walk(const QString &query, int limit, QList<CatalogSku> *skus)
{
    QList<qint64> ids;
    QString cursor;
    for (int pages = 0; pages < 1000; ++pages) {
        QString path = u"/api/v1/catalog/skus?limit=%1&%2"_qs.arg(limit).arg(query);
        if (!cursor.isEmpty())
            path += u"&cursor="_qs + cursor;
        const HttpResult r = m_http.get(path);
        if (r.status != 200) {
            qWarning() << path << r.status << r.body;
            return {};
        }
        for (const QJsonValue &v : r.object().value(u"items"_qs).toArray()) {
            const auto sku = CatalogSku::fromJson(v.toObject());
            if (!sku) {
                qWarning() << "undecodable" << v;
                return {};
            }
            ids.append(sku->id);
            if (skus)
                skus->append(*sku);
        }
        cursor = r.object().value(u"nextCursor"_qs).toString();
        if (cursor.isEmpty())
            break;
    }
    return ids;
}

void tst_ServerCatalog::demoCatalogIsComplete()
{
    QCOMPARE(m_all.size(), 3000);
    const HttpResult categories = m_http.get(u"/api/v1/catalog/categories"_qs);
    QCOMPARE(categories.status, 200);
    int leaves = 0;
    for (const QJsonValue &v : categories.object().value(u"items"_qs).toArray())
        leaves += v.toObject().value(u"level"_qs).toInt() == 3 ? 1 : 0;
    QVERIFY(leaves >= 50);
    QVERIFY(m_http.get(u"/api/v1/catalog/brands"_qs).object().value(u"items"_qs).toArray().size() >= 40);
    int outOfStock = 0, marketplace = 0, offSale = 0;
    for (const CatalogSku &s : std::as_const(m_all)) {
        QVERIFY(s.cid2 / 100 == s.cid1 && s.cid3 / 100 == s.cid2); // the path is a path
        QVERIFY(s.costFen < s.listPriceFen);
        QVERIFY(!s.name.isEmpty() && !s.nameEn.isEmpty());
        outOfStock += s.stock == 0;
        marketplace += s.owner == SkuOwner::Marketplace;
        offSale += !s.onSale;
    }
    QVERIFY(outOfStock > 0 && marketplace > 0 && offSale > 0);
    const HttpResult one = m_http.get(u"/api/v1/catalog/skus/%1"_qs.arg(m_all.at(7).id));
    QCOMPARE(CatalogSku::fromJson(one.object()), std::optional<CatalogSku>(m_all.at(7)));
    QCOMPARE(m_http.get(u"/api/v1/catalog/skus/99999999"_qs).status, 404);
}

void tst_ServerCatalog::criteriaMatchTheSharedRule()
{
    QRandomGenerator rng(5);
    for (int round = 0; round < 40; ++round) {
        CatalogCriteria c;
        const CatalogSku &pick = m_all.at(int(rng.bounded(int(m_all.size()))));
        if (rng.bounded(2))
            c.categories = {QList<int> {pick.cid1, pick.cid2, pick.cid3}.at(int(rng.bounded(3)))};
        if (rng.bounded(3) == 0)
            c.brands = {pick.brandId, m_all.at(int(rng.bounded(int(m_all.size())))).brandId};
        if (rng.bounded(3) == 0)
            c.owner = rng.bounded(2) ? SkuOwner::Self : SkuOwner::Marketplace;
        if (rng.bounded(3) == 0)
            c.priceMinFen = qint64(rng.bounded(50000));
        if (rng.bounded(3) == 0)
            c.priceMaxFen = c.priceMinFen.value_or(0) + qint64(rng.bounded(500000));
        c.inStockOnly = rng.bounded(3) == 0;
        c.onSaleOnly = rng.bounded(4) != 0;
        if (rng.bounded(4) == 0)
            c.keyword = QList<QString> {u"pro"_qs, u"手机"_qs, u"Max"_qs, u"礼盒"_qs, u"100%"_qs, u"茶"_qs,
                u"5g"_qs, u"zzz"_qs}
                            .at(int(rng.bounded(8)));
        QUrlQuery q;
        c.addToUrlQuery(&q);
        const QList<qint64> got = walk(q.toString(QUrl::FullyEncoded), 250);
        QList<qint64> expected;
        for (const CatalogSku &s : std::as_const(m_all))
            if (c.matches(s))
                expected.append(s.id);
        QCOMPARE(got, expected);
        const HttpResult first
            = m_http.get(u"/api/v1/catalog/skus?limit=1&"_qs + q.toString(QUrl::FullyEncoded));
        // Counted up to 1,000 ("1,000+" beyond).
        QCOMPARE(first.object().value(u"total"_qs).toInteger(), std::min<qsizetype>(expected.size(), 1000));
        QCOMPARE(first.object().value(u"totalCapped"_qs).toBool(), expected.size() > 1000);
    }
}

void tst_ServerCatalog::keywordsMatchTheSharedRule_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<QString>("more"); // other criteria and the sort
    const QList<std::pair<const char *, QString>> keywords {{"rare", u"Gaming laptop Max 7"_qs},
        {"rare zh", u"游戏本 旗舰款 3"_qs}, {"common", u"pro"_qs}, {"common zh", u"手机"_qs},
        {"none", u"zzz"_qs}, {"none zh", u"不存在的词"_qs}, {"one zh", u"茶"_qs}, {"one zh 2", u"米"_qs},
        {"two zh", u"茶叶"_qs}, {"mixed case", u"HuAmI"_qs}, {"upper", u"PRO"_qs}, {"two ascii", u"5G"_qs},
        {"one ascii", u"x"_qs}, {"with space", u"5G手机 Pro"_qs}, {"percent", u"%"_qs},
        {"percent word", u"100%"_qs}, {"underscore", u"_"_qs}, {"backslash", u"\\"_qs}, {"quote", u"\""_qs},
        {"apostrophe", u"i'an"_qs}, {"fts syntax", u"pro OR max"_qs}, {"star", u"pr*"_qs}};
    for (const auto &[tag, keyword] : keywords) {
        QTest::addRow("%s", tag) << keyword << QString();
        QTest::addRow("%s, price", tag) << keyword << u"sort=price"_qs;
        QTest::addRow("%s, -price, category", tag) << keyword << u"sort=-price&categories=1&onSale=any"_qs;
        QTest::addRow("%s, -stock, brands", tag) << keyword << u"sort=-stock&brands=11,41,71&inStock=true"_qs;
    }
}

void tst_ServerCatalog::keywordsMatchTheSharedRule()
{
    QFETCH(QString, keyword);
    QFETCH(QString, more);
    QUrlQuery query(more);
    query.addQueryItem(u"q"_qs, QString::fromUtf8(QUrl::toPercentEncoding(keyword)));
    const auto criteria = CatalogCriteria::fromUrlQuery(query, nullptr);
    QVERIFY(criteria);
    QCOMPARE(criteria->keyword, keyword);
    const QString sort = query.queryItemValue(u"sort"_qs);
    QList<CatalogSku> want;
    for (const CatalogSku &s : std::as_const(m_all))
        if (criteria->matches(s))
            want.append(s);
    const bool desc = sort.startsWith(u'-');
    const auto key = [&](const CatalogSku &s) {
        return sort.isEmpty() ? s.id : sort.endsWith(u"price") ? s.listPriceFen : s.stock;
    };
    std::stable_sort(want.begin(), want.end(), [&](const CatalogSku &a, const CatalogSku &b) {
        return key(a) != key(b) ? (desc ? key(a) > key(b) : key(a) < key(b)) : a.id < b.id;
    });
    QList<qint64> wantIds;
    for (const CatalogSku &s : std::as_const(want))
        wantIds.append(s.id);
    QCOMPARE(walk(query.toString(QUrl::FullyEncoded), 53), wantIds);
    const HttpResult first
        = m_http.get(u"/api/v1/catalog/skus?limit=1&"_qs + query.toString(QUrl::FullyEncoded));
    QCOMPARE(first.object().value(u"total"_qs).toInteger(), std::min<qsizetype>(wantIds.size(), 1000));
}

void tst_ServerCatalog::keysetPagesWalkEveryRowOnce_data()
{
    QTest::addColumn<QString>("sort");
    QTest::newRow("id") << u"id"_qs;
    QTest::newRow("price") << u"price"_qs;
    QTest::newRow("-price") << u"-price"_qs;
    QTest::newRow("-stock") << u"-stock"_qs; // many ties (stock 0)
}

void tst_ServerCatalog::keysetPagesWalkEveryRowOnce()
{
    QFETCH(QString, sort);
    QList<CatalogSku> rows;
    const QList<qint64> ids = walk(u"onSale=any&sort="_qs + sort, 37, &rows);
    QCOMPARE(ids.size(), m_all.size());
    QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), m_all.size());
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const CatalogSku &a = rows.at(i - 1);
        const CatalogSku &b = rows.at(i);
        const qint64 ka = sort == u"id" ? a.id : sort.endsWith(u"price") ? a.listPriceFen : a.stock;
        const qint64 kb = sort == u"id" ? b.id : sort.endsWith(u"price") ? b.listPriceFen : b.stock;
        const bool desc = sort.startsWith(u'-');
        QVERIFY2(desc ? ka >= kb : ka <= kb, qPrintable(sort));
        if (ka == kb)
            QVERIFY(a.id < b.id); // ties by id
    }
}

void tst_ServerCatalog::badQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("categories") << u"categories=a,b"_qs << u"categories"_qs;
    QTest::newRow("brands") << u"brands=-1"_qs << u"brands"_qs;
    QTest::newRow("owner") << u"owner=someone"_qs << u"owner"_qs;
    QTest::newRow("price") << u"priceMin=cheap"_qs << u"priceMin"_qs;
    QTest::newRow("range") << u"priceMin=500&priceMax=100"_qs << u"priceMax"_qs;
    QTest::newRow("stock") << u"inStock=maybe"_qs << u"inStock"_qs;
    QTest::newRow("sort") << u"sort=name"_qs << u"sort"_qs;
    QTest::newRow("limit") << u"limit=0"_qs << u"limit"_qs;
    QTest::newRow("huge limit") << u"limit=100000"_qs << u"limit"_qs;
    QTest::newRow("keyword") << u"q="_qs + QString(65, u'x') << u"keyword"_qs;
    QTest::newRow("cursor") << u"cursor=abc"_qs << u"cursor"_qs;
}

void tst_ServerCatalog::badQueries()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    const HttpResult r = m_http.get(u"/api/v1/catalog/skus?"_qs + query);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString(), field);
}

QTEST_GUILESS_MAIN(tst_ServerCatalog)
#include "tst_server_catalog.moc"
