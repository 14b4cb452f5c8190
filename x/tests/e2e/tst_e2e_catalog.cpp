// The catalog page against a real kepler-platform (--demo --demo-skus 1500): the
// model pages the whole catalog by cursor (every SKU once, ids ascending, the total right), a
// category + price filter pages exactly the SKUs CatalogCriteria::matches picks from the full
// list, the page turns yuan into fen and shows the total, and a SKU fetched alone is the listed one.
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/GetCatalogSkuJob.h"
#include "api/ListCatalogCategoriesJob.h"
#include "models/CatalogSkuModel.h"
#include "widgets/CatalogPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Kepler;
using namespace Kepler::Test;

class TestE2ECatalog : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    ApiSession *m_session = nullptr;
    QList<CatalogSku> m_all;

    // Fetches pages until the model has them all (the view would, as it scrolls).
    static bool loadAll(CatalogSkuModel &model)
    {
        QSignalSpy loaded(&model, &CatalogSkuModel::pageLoaded);
        QSignalSpy failed(&model, &CatalogSkuModel::loadFailed);
        if (!loaded.wait(15000))
            return false;
        // QAbstractItemModelTester may ask for the next page itself: wait for that one too.
        while (model.isLoading() || model.canFetchMore({})) {
            if (!model.isLoading())
                model.fetchMore({});
            if (!loaded.wait(15000) || !failed.isEmpty())
                return false;
        }
        return failed.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs, u"--demo-skus"_qs, u"1500"_qs}),
            qPrintable(m_platform.errorString()));
        HttpClient http(m_platform.url());
        QCOMPARE(http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
        m_session = new ApiSession(&m_network, this);
        m_session->setBaseUrl(m_platform.url());
        m_session->setToken(http.token());
    }

    void pagesTheWholeCatalog()
    {
        CatalogSkuModel model(m_session);
        QAbstractItemModelTester tester(&model);
        model.setQuery(CatalogCriteria(), CatalogSort::Id);
        QVERIFY(loadAll(model));
        // 1,500 seeded, those on sale listed (the default criteria). The service counts only up to
        // its cap and says so ("1,000+"); paging still walks every row.
        QVERIFY2(model.rowCount() > 1300 && model.rowCount() <= 1500,
            qPrintable(QString::number(model.rowCount())));
        if (model.totalCapped())
            QVERIFY(model.total() < model.rowCount());
        else
            QCOMPARE(model.total(), model.rowCount());
        QVERIFY(model.rowCount() / CatalogSkuModel::PageSize >= 6); // it really paged
        for (int r = 0; r < model.rowCount(); ++r) {
            m_all.append(model.skuAt(r));
            if (r > 0)
                QVERIFY(model.skuAt(r).id > model.skuAt(r - 1).id);
        }
        // Money shown in yuan from fen.
        const CatalogSku first = model.skuAt(0);
        const QString price = model.data(model.index(0, int(CatalogSkuModel::Column::Price))).toString();
        QVERIFY2(
            price.contains(QLocale().toString(double(first.listPriceFen) / 100, 'f', 2)), qPrintable(price));
        QCOMPARE(model.data(model.index(0, int(CatalogSkuModel::Column::Price)), CatalogSkuModel::RawRole)
                     .toLongLong(),
            first.listPriceFen);
    }

    void categoryAndPriceFilter()
    {
        QVERIFY(!m_all.isEmpty());
        // A second-level category of the first SKU, and a band around its price.
        const CatalogSku probe = m_all.first();
        CatalogCriteria criteria;
        criteria.categories = {probe.cid2};
        criteria.priceMinFen = probe.listPriceFen / 2;
        criteria.priceMaxFen = probe.listPriceFen * 2;
        qsizetype expected = 0;
        for (const CatalogSku &s : m_all)
            expected += criteria.matches(s) ? 1 : 0;
        QVERIFY(expected > 0);

        CatalogSkuModel model(m_session);
        QAbstractItemModelTester tester(&model);
        model.setQuery(criteria, CatalogSort::PriceDescending);
        QVERIFY(loadAll(model));
        QCOMPARE(model.rowCount(), expected);
        if (!model.totalCapped())
            QCOMPARE(model.total(), expected);
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(criteria.matches(model.skuAt(r)));
            if (r > 0)
                QVERIFY(model.skuAt(r).listPriceFen <= model.skuAt(r - 1).listPriceFen);
        }
    }

    void thePageFilters()
    {
        const CatalogSku probe = m_all.first();
        CatalogPage page(m_session);
        page.resize(1200, 700);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->total() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(page.categoryTree()->model()->rowCount() > 1, 15000); // the tree loaded
        page.setPriceRangeText(u"100"_qs, u"2000"_qs);
        page.selectCategory(probe.cid1);
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->criteria().priceMinFen.value_or(-1), qint64(10000), 5000);
        QCOMPARE(page.model()->criteria().priceMaxFen.value_or(-1), qint64(200000));
        QCOMPARE(page.model()->criteria().categories, QList<int> {probe.cid1});
        qsizetype expected = 0;
        for (const CatalogSku &s : m_all)
            expected += page.model()->criteria().matches(s) ? 1 : 0;
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->total() >= 0 && !page.model()->isLoading(), 15000);
        if (!page.model()->totalCapped())
            QCOMPARE(page.model()->total(), qint64(expected));
        auto *total = page.findChild<QLabel *>(u"total"_qs);
        QVERIFY(total);
        QTRY_VERIFY(total->text().contains(QLocale().toString(expected)));
        if (expected > 0) {
            page.table()->setCurrentIndex(page.model()->index(0, 0));
            auto *detail = page.findChild<QLabel *>(u"detail"_qs);
            QVERIFY(detail->text().contains(QString::number(page.model()->skuAt(0).id)));
        }
    }

    void oneSkuAndTheTree()
    {
        const CatalogSku probe = m_all.at(17);
        auto *job = new GetCatalogSkuJob(m_session, probe.id);
        QSignalSpy done(job, &GetCatalogSkuJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().value<CatalogSku>(), probe);

        auto *tree = new ListCatalogCategoriesJob(m_session);
        QSignalSpy categories(tree, &ListCatalogCategoriesJob::finished);
        QVERIFY(tree->start());
        QVERIFY(categories.wait(10000));
        const auto list = categories.first().first().value<QList<CatalogCategory>>();
        CatalogDirectory directory;
        directory.setCategories(list);
        const QString path = directory.categoryPath(probe, false);
        QCOMPARE(path.count(u" › "_qs), 2);
        QVERIFY(!path.contains(u'#'));
    }

    void cleanupTestCase() { QVERIFY(m_platform.stop()); }
};

QTEST_MAIN(TestE2ECatalog)
#include "tst_e2e_catalog.moc"
