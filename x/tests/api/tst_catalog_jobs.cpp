// The catalog's jobs against a fake network: the query each builds (criteria through the shared
// codec, sort, limit, cursor), what they refuse before sending, and how they read the answers —
// the first page's capped total, a later page without one, the tree and the brands.
#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/GetCatalogSkuJob.h"
#include "api/ListCatalogBrandsJob.h"
#include "api/ListCatalogCategoriesJob.h"
#include "api/ListCatalogSkusJob.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

namespace {

CatalogSku sku(qint64 id)
{
    CatalogSku s;
    s.id = id;
    s.name = u"华米 5G手机 Pro 3"_qs;
    s.nameEn = u"Huami 5G phone Pro 3"_qs;
    s.cid1 = 1;
    s.cid2 = 101;
    s.cid3 = 10101;
    s.brandId = 11;
    s.owner = SkuOwner::Marketplace;
    s.listPriceFen = 199900;
    s.costFen = 150000;
    s.stock = 12;
    return s;
}

} // namespace

class TestCatalogJobs : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

    template<typename Job> ApiError failureOf(Job *job)
    {
        QSignalSpy failed(job, &ApiJob::failed);
        job->start();
        if (!failed.wait(5000))
            return {};
        return failed.first().first().template value<ApiError>();
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_session = new ApiSession(m_nam, this);
        m_session->setBaseUrl(QUrl(u"http://kepler.test"_qs));
        m_session->setToken(u"token"_qs);
    }
    void cleanup()
    {
        delete m_session;
        delete m_nam;
    }

    void listDefaults()
    {
        auto *job = new ListCatalogSkusJob(m_session, CatalogCriteria());
        QCOMPARE(job->verb(), QByteArray("GET"));
        QCOMPARE(job->path(), u"/api/v1/catalog/skus"_qs);
        QVERIFY(job->isIdempotent());
        const QUrlQuery q = job->query();
        QCOMPARE(q.queryItemValue(u"limit"_qs), u"100"_qs);
        QVERIFY(!q.hasQueryItem(u"sort"_qs));
        QVERIFY(!q.hasQueryItem(u"cursor"_qs));
        QVERIFY(!q.hasQueryItem(u"categories"_qs));
        delete job;
    }

    void listBuildsTheQueryAndReadsTheFirstPage()
    {
        QJsonObject answer {{u"items"_qs, QJsonArray {sku(7).toJson(), sku(9).toJson()}},
            {u"nextCursor"_qs, u"abc"_qs}, {u"total"_qs, 10000}, {u"totalCapped"_qs, true}};
        m_nam->addRoute("GET", u"^/api/v1/catalog/skus$"_qs, FakeResponse::json(200, answer));
        CatalogCriteria criteria;
        criteria.categories = {1, 301};
        criteria.brands = {31};
        criteria.owner = SkuOwner::Self;
        criteria.priceMinFen = 10000;
        criteria.priceMaxFen = 50000;
        criteria.inStockOnly = true;
        criteria.keyword = u"手机"_qs;
        auto *job = new ListCatalogSkusJob(m_session, criteria, CatalogSort::PriceDescending, u"c1"_qs, 200);
        QSignalSpy done(job, &ListCatalogSkusJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const QUrlQuery sent(m_nam->requests().first().url);
        QCOMPARE(sent.queryItemValue(u"categories"_qs, QUrl::FullyDecoded), u"1,301"_qs);
        QCOMPARE(sent.queryItemValue(u"brands"_qs), u"31"_qs);
        QCOMPARE(sent.queryItemValue(u"owner"_qs), u"self"_qs);
        QCOMPARE(sent.queryItemValue(u"priceMin"_qs), u"10000"_qs);
        QCOMPARE(sent.queryItemValue(u"priceMax"_qs), u"50000"_qs);
        QCOMPARE(sent.queryItemValue(u"inStock"_qs), u"true"_qs);
        QCOMPARE(sent.queryItemValue(u"q"_qs, QUrl::FullyDecoded), u"手机"_qs);
        QCOMPARE(sent.queryItemValue(u"sort"_qs), u"-price"_qs);
        QCOMPARE(sent.queryItemValue(u"limit"_qs), u"200"_qs);
        QCOMPARE(sent.queryItemValue(u"cursor"_qs), u"c1"_qs);
        const auto page = done.first().first().value<CatalogSkuPage>();
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items.at(0), sku(7));
        QCOMPARE(page.nextCursor, u"abc"_qs);
        QCOMPARE(page.total, 10000);
        QVERIFY(page.totalCapped);
    }

    void listLaterPageHasNoTotal()
    {
        QJsonObject answer {
            {u"items"_qs, QJsonArray {sku(7).toJson()}}, {u"nextCursor"_qs, QJsonValue::Null}};
        m_nam->addRoute("GET", u"^/api/v1/catalog/skus$"_qs, FakeResponse::json(200, answer));
        auto *job = new ListCatalogSkusJob(m_session, CatalogCriteria(), CatalogSort::Id, u"c2"_qs);
        QSignalSpy done(job, &ListCatalogSkusJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto page = done.first().first().value<CatalogSkuPage>();
        QCOMPARE(page.total, -1);
        QVERIFY(page.nextCursor.isEmpty());
    }

    void listRefusesBadInput_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<qint64>("min");
        QTest::addColumn<qint64>("max");
        QTest::addColumn<int>("keywordLength");
        QTest::newRow("limit 0") << 0 << qint64(-1) << qint64(-1) << 1;
        QTest::newRow("limit 501") << 501 << qint64(-1) << qint64(-1) << 1;
        QTest::newRow("min above max") << 50 << qint64(500) << qint64(100) << 1;
        QTest::newRow("keyword too long") << 50 << qint64(-1) << qint64(-1) << CatalogLimits::KeywordMax + 1;
    }
    void listRefusesBadInput()
    {
        QFETCH(int, limit);
        QFETCH(qint64, min);
        QFETCH(qint64, max);
        QFETCH(int, keywordLength);
        CatalogCriteria criteria;
        if (min >= 0)
            criteria.priceMinFen = min;
        if (max >= 0)
            criteria.priceMaxFen = max;
        criteria.keyword = QString(keywordLength, u'x');
        auto *job = new ListCatalogSkusJob(m_session, criteria, CatalogSort::Id, {}, limit);
        QString why;
        QVERIFY(!job->canStart(&why));
        QVERIFY(!why.isEmpty());
        const ApiError error = failureOf(job);
        QCOMPARE(error.kind, ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void listRejectsAnUnreadableSku()
    {
        QJsonObject answer {{u"items"_qs, QJsonArray {QJsonObject {{u"id"_qs, u"x"_qs}}}}};
        m_nam->addRoute("GET", u"^/api/v1/catalog/skus$"_qs, FakeResponse::json(200, answer));
        const ApiError error = failureOf(new ListCatalogSkusJob(m_session, CatalogCriteria()));
        QVERIFY(!error.message().isEmpty());
        QVERIFY(error.kind != ApiError::Kind::Invalid);
    }

    void getSku()
    {
        m_nam->addRoute("GET", u"^/api/v1/catalog/skus/7$"_qs, FakeResponse::json(200, sku(7).toJson()));
        auto *job = new GetCatalogSkuJob(m_session, 7);
        QCOMPARE(job->path(), u"/api/v1/catalog/skus/7"_qs);
        QSignalSpy done(job, &GetCatalogSkuJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().first().value<CatalogSku>(), sku(7));

        QString why;
        auto *none = new GetCatalogSkuJob(m_session, 0);
        QVERIFY(!none->canStart(&why));
        QCOMPARE(failureOf(none).kind, ApiError::Kind::Invalid);
    }

    void getSkuNotFound()
    {
        m_nam->addRoute("GET", u"^/api/v1/catalog/skus/8$"_qs, FakeResponse::problem(404, u"not_found"_qs));
        const ApiError error = failureOf(new GetCatalogSkuJob(m_session, 8));
        QCOMPARE(error.httpStatus, 404);
    }

    void categories()
    {
        QJsonObject answer {{u"items"_qs,
            QJsonArray {QJsonObject {{u"id"_qs, 1}, {u"parentId"_qs, QJsonValue::Null}, {u"level"_qs, 1},
                            {u"name"_qs, u"手机通讯"_qs}, {u"nameEn"_qs, u"Phones"_qs}},
                QJsonObject {{u"id"_qs, 101}, {u"parentId"_qs, 1}, {u"level"_qs, 2}, {u"name"_qs, u"手机"_qs},
                    {u"nameEn"_qs, u"Mobile phones"_qs}}}}};
        m_nam->addRoute("GET", u"^/api/v1/catalog/categories$"_qs, FakeResponse::json(200, answer));
        auto *job = new ListCatalogCategoriesJob(m_session);
        QSignalSpy done(job, &ListCatalogCategoriesJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto list = done.first().first().value<QList<CatalogCategory>>();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).parentId, 0);
        QCOMPARE(list.at(1).parentId, 1);
        QCOMPARE(list.at(1).level, 2);
        QCOMPARE(list.at(1).nameEn, u"Mobile phones"_qs);

        // A category named in one language only is read (the console shows that name), not refused.
        m_nam->clearRoutes();
        m_nam->addRoute("GET", u"^/api/v1/catalog/categories$"_qs,
            FakeResponse::json(200,
                QJsonObject {{u"items"_qs,
                    QJsonArray {QJsonObject {{u"id"_qs, 9}, {u"parentId"_qs, QJsonValue::Null},
                        {u"level"_qs, 1}, {u"name"_qs, QString()}, {u"nameEn"_qs, u"Imports"_qs}}}}}));
        auto *oneName = new ListCatalogCategoriesJob(m_session);
        QSignalSpy read(oneName, &ListCatalogCategoriesJob::finished);
        QVERIFY(oneName->start());
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().first().value<QList<CatalogCategory>>().first().nameEn, u"Imports"_qs);

        m_nam->clearRoutes();
        m_nam->addRoute("GET", u"^/api/v1/catalog/categories$"_qs,
            FakeResponse::json(200, QJsonObject {{u"items"_qs, QJsonArray {QJsonObject {{u"id"_qs, 1}}}}}));
        QVERIFY(failureOf(new ListCatalogCategoriesJob(m_session)).kind != ApiError::Kind::Invalid);
    }

    void brands()
    {
        QJsonObject answer {{u"items"_qs,
            QJsonArray {
                QJsonObject {{u"id"_qs, 11}, {u"name"_qs, u"华米"_qs}, {u"nameEn"_qs, u"Huami"_qs}}}}};
        m_nam->addRoute("GET", u"^/api/v1/catalog/brands$"_qs, FakeResponse::json(200, answer));
        auto *job = new ListCatalogBrandsJob(m_session);
        QCOMPARE(job->path(), u"/api/v1/catalog/brands"_qs);
        QSignalSpy done(job, &ListCatalogBrandsJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto list = done.first().first().value<QList<CatalogBrand>>();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, 11);
        QCOMPARE(list.at(0).name, u"华米"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCatalogJobs)
#include "tst_catalog_jobs.moc"
