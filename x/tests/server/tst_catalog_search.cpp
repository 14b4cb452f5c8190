// Keyword search in-process on a real SQLite file (migration 7, server/CatalogSearch): every plan
// the repository can pick for a keyword — the index's ids, the ordered walk tested against the
// ids, the plain scan — pages exactly the SKUs CatalogCriteria::matches picks, in the same order
// with the same cursors, for every sort, with and without other filters; the index migration 7
// builds in SQL for a database that already holds SKUs answers what the seed's writer indexes;
// renaming a SKU through the writer moves it in the index. The in-memory index
// (server/CatalogMemoryIndex) pages and counts the same rows with the same cursors in every case,
// takes SKUs seeded after it loaded, and reads stock as the gateway's orders leave it; with tiny
// thresholds every path of its n-gram index (one list, an intersection, the substring test alone,
// the price walk kept or given up, stock read by id or the stock index walked) answers the same.
#include "server/CatalogMemoryIndex.h"
#include "server/CatalogRepository.h"
#include "server/CatalogSearch.h"
#include "server/Database.h"
#include "server/DemoSkus.h"
#include "server/Migrations.h"
#include "server/Sql.h"
#include "server/Transaction.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace Kepler;
using namespace Kepler::Server;
using Plan = CatalogRepository::KeywordPlan;
using Sort = CatalogRepository::Sort;

class tst_CatalogSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void foldLowersAsciiOnly();
    void gramsAreTheShortSubstrings();
    void everyPlanPagesWhatMatchesPicks_data();
    void everyPlanPagesWhatMatchesPicks();
    void planFollowsTheMatchCount();
    void memoryIndexCountsToTheCap();
    void memoryIndexTakesEveryPath_data();
    void memoryIndexTakesEveryPath();
    void memoryIndexTakesSkusSeededLater();
    void memoryIndexReadsCurrentStock();
    void migrationIndexesExistingSkus();
    void writerFollowsARename();

private:
    // Every row of `plan` for the criteria in `sort`, page by page (limit 7) following the cursor
    // as the route does; the ids in order, and the (key, id) cursors handed out.
    QList<qint64> walk(
        const CatalogCriteria &c, Sort sort, Plan plan, QList<std::pair<qint64, qint64>> *cursors);
    // The same walk through the in-memory index.
    QList<qint64> walkMemory(
        const CatalogCriteria &c, Sort sort, QList<std::pair<qint64, qint64>> *cursors, int limit = 7);
    QList<qint64> expected(const CatalogCriteria &c, Sort sort) const;
    void reloadAll(); // m_all from the database, as it is now
    // Every sort, keyword × filters of the data table, through the memory index against brute force.
    void compareMemoryEverywhere(const QStringList &keywords);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CatalogMemoryIndex> m_memory;
    std::unique_ptr<Database> m_db;
    QList<CatalogSku> m_all;
};

namespace {
constexpr int kSkus = 1500;

qint64 key(const CatalogSku &s, Sort sort)
{
    switch (sort) {
    case Sort::Id:
        return s.id;
    case Sort::PriceAsc:
    case Sort::PriceDesc:
        return s.listPriceFen;
    case Sort::StockDesc:
        return s.stock;
    }
    return s.id;
}

// Keywords for every path through the index: rare and common words, ones matching nothing, 1 and
// 2 Chinese characters, short and mixed-case ASCII, LIKE's and FTS5's metacharacters (literal).
const QStringList kKeywords {u"游戏本"_qs, u"Gaming laptop Max 7"_qs, u"pro"_qs, u"PRO"_qs, u"HuAmI"_qs,
    u"zzz"_qs, u"不存在"_qs, u"茶"_qs, u"米"_qs, u"手机"_qs, u"茶叶"_qs, u"5g"_qs, u"5G手机 pro"_qs, u"x"_qs,
    u"12"_qs, u"%"_qs, u"_"_qs, u"\\"_qs, u"100%"_qs, u"a_b"_qs, u"\""_qs, u"'a"_qs, u"i'an"_qs, u"n*"_qs,
    u"pro OR max"_qs, u" "_qs, u"e "_qs};
} // namespace

void tst_CatalogSearch::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(u"QSQLITE"_qs, m_dir->filePath(u"kepler.db"_qs));
    Migrations::migrate(*m_db);
    {
        Transaction tx(*m_db, Transaction::Kind::Write);
        DemoSkus::seed(tx.db(), kSkus);
        // Names the demo's word lists never produce: upper-case letters beyond ASCII (not folded),
        // LIKE and FTS5 syntax, a short name, a surrogate pair.
        Sql::Prepared sku(tx.db(),
            u"INSERT INTO catalog_skus (name, name_en, cid1, cid2, cid3, brand_id, owner, list_price, cost, "
            u"stock, on_sale) VALUES (?, ?, 1, 101, 10101, 11, 'self', ?, 100, 5, 1)"_qs);
        CatalogSearch::Writer writer(tx.db());
        const QList<std::pair<QString, QString>> odd {{u"茶"_qs, u"T"_qs},
            {u"100% 纯棉 a_b"_qs, u"100% cotton"_qs}, {u"ÉCLAIR 蛋糕"_qs, u"Éclair \"Max\" \\ edition"_qs},
            {u"😀 表情 n*"_qs, u"Emoji OR Max"_qs}};
        for (int i = 0; i < odd.size(); ++i) {
            const qint64 id = sku.run({odd[i].first, odd[i].second, 1000 + i}).lastInsertId().toLongLong();
            writer.add(id, odd[i].first, odd[i].second);
        }
        tx.commit();
    }
    reloadAll();
    QCOMPARE(m_all.size(), kSkus + 4);
    m_memory = std::make_unique<CatalogMemoryIndex>();
    m_memory->load(m_db->connection());
    QVERIFY(m_memory->ready());
    QCOMPARE(m_memory->size(), qint64(kSkus + 4));
}

void tst_CatalogSearch::reloadAll()
{
    Transaction tx(*m_db, Transaction::Kind::Read);
    CatalogCriteria any;
    any.onSaleOnly = false;
    m_all = CatalogRepository::list(tx.db(), any, Sort::Id, 1000000, std::nullopt).items;
}

void tst_CatalogSearch::cleanupTestCase()
{
    m_db->closeConnection();
}

void tst_CatalogSearch::foldLowersAsciiOnly()
{
    QCOMPARE(CatalogKeyword::fold(u"HuaMi 5G ÉCLAIR Ǆ"_qs), u"huami 5g Éclair Ǆ"_qs);
    QVERIFY(CatalogKeyword::occursIn(u"5g手机"_qs, u"华米 5G手机 Pro 12"_qs));
    QVERIFY(!CatalogKeyword::occursIn(u"éclair"_qs, u"ÉCLAIR"_qs)); // beyond ASCII: as typed
    QVERIFY(CatalogKeyword::occursIn(u"%"_qs, u"100% cotton"_qs));
    QVERIFY(!CatalogKeyword::occursIn(u"1_0"_qs, u"100"_qs)); // '_' is an underscore
}

void tst_CatalogSearch::gramsAreTheShortSubstrings()
{
    // 手机 and "Ab": 手, 机, 手机 | a, b, ab — distinct, lowered, hex of UTF-8 as SQLite's hex() writes.
    QStringList grams = CatalogSearch::grams(u"手机"_qs, u"Ab"_qs).split(u' ');
    grams.sort();
    QCOMPARE(grams,
        (QStringList {u"61"_qs, u"6162"_qs, u"62"_qs, u"E6898B"_qs, u"E6898BE69CBA"_qs, u"E69CBA"_qs}));
    QCOMPARE(CatalogSearch::grams(u"😀"_qs, {}), u"F09F9880"_qs); // one character, not two halves
}

void tst_CatalogSearch::everyPlanPagesWhatMatchesPicks_data()
{
    QTest::addColumn<QString>("keyword");
    QTest::addColumn<int>("sort");
    QTest::addColumn<int>("filters");
    for (const QString &keyword : kKeywords)
        for (Sort sort : {Sort::Id, Sort::PriceAsc, Sort::PriceDesc, Sort::StockDesc})
            for (int filters = 0; filters < 3; ++filters)
                QTest::addRow(
                    "%s %s %d", qPrintable(keyword), qPrintable(CatalogRepository::toString(sort)), filters)
                    << keyword << int(sort) << filters;
}

QList<qint64> tst_CatalogSearch::expected(const CatalogCriteria &c, Sort sort) const
{
    QList<CatalogSku> rows;
    for (const CatalogSku &s : m_all)
        if (c.matches(s))
            rows.append(s);
    const bool desc = sort == Sort::PriceDesc || sort == Sort::StockDesc;
    std::stable_sort(rows.begin(), rows.end(), [&](const CatalogSku &a, const CatalogSku &b) {
        const qint64 ka = key(a, sort), kb = key(b, sort);
        return ka != kb ? (desc ? ka > kb : ka < kb) : a.id < b.id;
    });
    QList<qint64> ids;
    for (const CatalogSku &s : rows)
        ids.append(s.id);
    return ids;
}

QList<qint64> tst_CatalogSearch::walk(
    const CatalogCriteria &c, Sort sort, Plan plan, QList<std::pair<qint64, qint64>> *cursors)
{
    QList<qint64> ids;
    std::optional<std::pair<qint64, qint64>> after;
    Transaction tx(*m_db, Transaction::Kind::Read);
    for (int pages = 0; pages < 2000; ++pages) {
        const auto page = CatalogRepository::list(tx.db(), c, sort, 7, after, plan);
        for (const CatalogSku &s : page.items)
            ids.append(s.id);
        if (!page.more)
            break;
        after = std::pair {page.lastKey, page.lastId};
        cursors->append(*after);
    }
    return ids;
}

QList<qint64> tst_CatalogSearch::walkMemory(
    const CatalogCriteria &c, Sort sort, QList<std::pair<qint64, qint64>> *cursors, int limit)
{
    QList<qint64> ids;
    std::optional<std::pair<qint64, qint64>> after;
    Transaction tx(*m_db, Transaction::Kind::Read);
    for (int pages = 0; pages < 2000; ++pages) {
        const auto found = m_memory->search(tx.db(), c, sort, limit, after);
        for (const CatalogSku &s : found.page.items)
            ids.append(s.id);
        if (!found.page.more)
            break;
        after = std::pair {found.page.lastKey, found.page.lastId};
        cursors->append(*after);
    }
    return ids;
}

void tst_CatalogSearch::everyPlanPagesWhatMatchesPicks()
{
    QFETCH(QString, keyword);
    QFETCH(int, sort);
    QFETCH(int, filters);
    CatalogCriteria c;
    c.keyword = keyword;
    if (filters == 1) { // a top category and a price band
        c.categories = {1};
        c.priceMaxFen = 300000;
    } else if (filters == 2) { // brands, owner, in stock, off-sale ones too
        c.brands = {11, 12, 41, 71};
        c.owner = SkuOwner::Self;
        c.inStockOnly = true;
        c.onSaleOnly = false;
    }
    const QList<qint64> want = expected(c, Sort(sort));
    QList<std::pair<qint64, qint64>> indexCursors, membersCursors, scanCursors;
    QCOMPARE(walk(c, Sort(sort), Plan::Index, &indexCursors), want);
    QCOMPARE(walk(c, Sort(sort), Plan::Members, &membersCursors), want);
    QCOMPARE(walk(c, Sort(sort), Plan::Scan, &scanCursors), want);
    QCOMPARE(membersCursors, indexCursors);
    QCOMPARE(scanCursors, indexCursors);
    // The memory index, both ways of sorting by stock: stock read for every candidate, and the
    // (stock, id) index walked a few entries per statement.
    for (const CatalogMemoryIndex::Tuning tuning :
        {CatalogMemoryIndex::Tuning {100000, 4096}, CatalogMemoryIndex::Tuning {0, 5}}) {
        m_memory->setTuning(tuning);
        QList<std::pair<qint64, qint64>> memoryCursors;
        QCOMPARE(walkMemory(c, Sort(sort), &memoryCursors), want);
        QCOMPARE(memoryCursors, indexCursors);
    }
    m_memory->setTuning({});
    Transaction tx(*m_db, Transaction::Kind::Read);
    for (Plan plan : {Plan::Index, Plan::Members, Plan::Scan})
        QCOMPARE(CatalogRepository::count(tx.db(), c, 1000000, plan), qint64(want.size()));
    QCOMPARE(m_memory->search(tx.db(), c, Sort(sort), 7, std::nullopt, 1000000).total, qint64(want.size()));
}

void tst_CatalogSearch::planFollowsTheMatchCount()
{
    Transaction tx(*m_db, Transaction::Kind::Read);
    CatalogCriteria c;
    QCOMPARE(CatalogRepository::planKeyword(tx.db(), c), Plan::None);
    for (const QString &keyword : {u"zzz"_qs, u"pro"_qs, u"手机"_qs, u"茶"_qs}) {
        c.keyword = keyword;
        // A demo catalog this small stays under the index's threshold for every word.
        QCOMPARE(CatalogRepository::planKeyword(tx.db(), c), Plan::Index);
    }
    qint64 pro = 0;
    for (const CatalogSku &s : std::as_const(m_all))
        pro += CatalogKeyword::occursIn(u"pro"_qs, s.name) || CatalogKeyword::occursIn(u"pro"_qs, s.nameEn);
    QCOMPARE(CatalogSearch::probe(tx.db(), u"PRO"_qs, 1000000), pro);
    QCOMPARE(CatalogSearch::probe(tx.db(), u"PRO"_qs, 10), 10); // stops at the cap
}

void tst_CatalogSearch::memoryIndexCountsToTheCap()
{
    // The route counts to 1,001 on the first page only; a later page's count (any cap) is still of
    // every match, not of those after the cursor.
    Transaction tx(*m_db, Transaction::Kind::Read);
    for (const QString &keyword : {u"e"_qs, u"pro"_qs, u"茶"_qs}) {
        for (bool inStock : {false, true}) {
            CatalogCriteria c;
            c.keyword = keyword;
            c.inStockOnly = inStock;
            const qint64 all = expected(c, Sort::Id).size();
            QVERIFY2(all > 20, qPrintable(keyword));
            for (Sort sort : {Sort::Id, Sort::PriceAsc, Sort::PriceDesc, Sort::StockDesc}) {
                for (qint64 cap : {qint64(1), qint64(20), all, all + 1}) {
                    const auto first = m_memory->search(tx.db(), c, sort, 5, std::nullopt, cap);
                    QCOMPARE(first.total, std::min(all, cap));
                    const auto later = m_memory->search(
                        tx.db(), c, sort, 5, std::pair {first.page.lastKey, first.page.lastId}, cap);
                    QCOMPARE(later.total, std::min(all, cap));
                }
                QCOMPARE(m_memory->search(tx.db(), c, sort, 5, std::nullopt).total, -1); // not asked
            }
        }
    }
}

void tst_CatalogSearch::memoryIndexTakesEveryPath_data()
{
    QTest::addColumn<int>("tuning");
    QTest::addColumn<QString>("keyword");
    // From kKeywords, one of each kind (rare and common words, none, 1 and 2 Chinese characters,
    // mixed-case ASCII, LIKE's and FTS5's metacharacters), and: mixed case, digits, 1 character of
    // each script, a surrogate pair, a character beyond ASCII in either case, a long keyword whose
    // pairs all exist but which no name holds, one a name holds whole, words whose pairs span a word
    // boundary.
    QStringList keywords {u"游戏本"_qs, u"Gaming laptop Max 7"_qs, u"PRO"_qs, u"HuAmI"_qs, u"zzz"_qs,
        u"不存在"_qs, u"茶"_qs, u"手机"_qs, u"5g"_qs, u"x"_qs, u"%"_qs, u"_"_qs, u"\\"_qs, u"a_b"_qs,
        u"\""_qs, u"pro OR max"_qs};
    keywords << u"E"_qs << u"5G"_qs << u"Pro 1"_qs << u"手机壳"_qs << u"😀"_qs << u"😀 表"_qs << u"ÉCLAIR"_qs
             << u"éclair"_qs << u"1"_qs << u"3段"_qs << u"100% cotton"_qs << u"pro pro pro pro pro pro"_qs
             << u"华米 5G手机 Pro"_qs << u"ro ma"_qs << u"tt"_qs << u"a"_qs;
    for (int tuning = 0; tuning < 4; ++tuning)
        for (const QString &keyword : std::as_const(keywords))
            QTest::addRow("%d %s", tuning, qPrintable(keyword)) << tuning << keyword;
}

void tst_CatalogSearch::memoryIndexTakesEveryPath()
{
    QFETCH(int, tuning);
    QFETCH(QString, keyword);
    // 0: the defaults (on 1,500 SKUs: stock read by id, dense words walk by price, given up after
    //    a fifth of the smallest list);
    // 1: the substring test alone after the smallest list, price sorts from sorted candidates, the
    //    stock index walked 3 entries a statement, stock read 3 ids a statement;
    // 2: every list intersected, the price walk tried for any match and never given up, stock read
    //    by id, 7 a statement;
    // 3: the price walk given up after 8 records (then sorted candidates), 2 entries a walk step.
    const CatalogMemoryIndex::Tuning tunings[] {
        {}, {0, 3, 0, 1, 3}, {100000, 4096, size_t(1) << 40, 64, 7, 0}, {0, 2, 8, 2, 2}};
    m_memory->setTuning(tunings[tuning]);
    for (int filters = 0; filters < 4; ++filters) {
        CatalogCriteria c;
        c.keyword = keyword;
        if (filters == 1) {
            c.categories = {1, 30101};
            c.inStockOnly = true;
        } else if (filters == 2) {
            c.owner = SkuOwner::Marketplace;
            c.priceMinFen = 1000;
            c.onSaleOnly = false;
        } else if (filters == 3) { // few left: the walks find little
            c.brands = {11, 42, 73};
            c.priceMaxFen = 150000;
            c.inStockOnly = true;
        }
        const QList<qint64> byId = expected(c, Sort::Id);
        for (Sort sort : {Sort::Id, Sort::PriceAsc, Sort::PriceDesc, Sort::StockDesc}) {
            const QByteArray where
                = QByteArray::number(filters) + ' ' + CatalogRepository::toString(sort).toUtf8();
            QList<std::pair<qint64, qint64>> cursors;
            QVERIFY2(walkMemory(c, sort, &cursors, 9) == expected(c, sort), where.constData());
            Transaction tx(*m_db, Transaction::Kind::Read);
            for (qint64 cap : {qint64(3), qint64(byId.size()) + 1})
                QCOMPARE(m_memory->search(tx.db(), c, sort, 9, std::nullopt, cap).total,
                    std::min(qint64(byId.size()), cap));
        }
        // The gateway's ids: every match but stock's, in id order, from any id on.
        CatalogCriteria anyStock = c;
        anyStock.inStockOnly = false;
        const QList<qint64> ids = expected(anyStock, Sort::Id);
        Transaction tx(*m_db, Transaction::Kind::Read);
        const std::vector<qint64> all = m_memory->matchingIds(tx.db(), anyStock, 0, 1000000);
        QCOMPARE(QList<qint64>(all.begin(), all.end()), ids);
        if (ids.size() > 4) {
            const std::vector<qint64> some = m_memory->matchingIds(tx.db(), anyStock, ids.at(1), 2);
            QCOMPARE(QList<qint64>(some.begin(), some.end()), ids.mid(2, 2));
        }
    }
    m_memory->setTuning({});
}

void tst_CatalogSearch::compareMemoryEverywhere(const QStringList &keywords)
{
    for (const QString &keyword : keywords) {
        for (int filters = 0; filters < 3; ++filters) {
            CatalogCriteria c;
            c.keyword = keyword;
            if (filters == 1) {
                c.categories = {1, 30101};
                c.inStockOnly = true;
            } else if (filters == 2) {
                c.owner = SkuOwner::Marketplace;
                c.priceMinFen = 1000;
                c.onSaleOnly = false;
            }
            for (Sort sort : {Sort::Id, Sort::PriceAsc, Sort::PriceDesc, Sort::StockDesc}) {
                for (const CatalogMemoryIndex::Tuning tuning :
                    {CatalogMemoryIndex::Tuning {100000, 4096}, CatalogMemoryIndex::Tuning {0, 3}}) {
                    m_memory->setTuning(tuning);
                    QList<std::pair<qint64, qint64>> cursors;
                    QCOMPARE(walkMemory(c, sort, &cursors, 4), expected(c, sort));
                }
            }
        }
    }
    m_memory->setTuning({});
}

void tst_CatalogSearch::memoryIndexTakesSkusSeededLater()
{
    // SKUs written after the index loaded (ids only grow): the next query sees them, as the
    // database does — and a transaction that began before they were committed does not.
    Transaction before(*m_db, Transaction::Kind::Read);
    CatalogCriteria c;
    c.keyword = u"晚到"_qs;
    QCOMPARE(m_memory->search(before.db(), c, Sort::Id, 10, std::nullopt, 100).total, 0);
    // Written on another thread: its own connection, as another request's would be.
    std::thread other([this] {
        {
            Transaction tx(*m_db, Transaction::Kind::Write);
            Sql::Prepared sku(tx.db(),
                u"INSERT INTO catalog_skus (name, name_en, cid1, cid2, cid3, brand_id, owner, list_price, "
                u"cost, "
                u"stock, on_sale) VALUES (?, ?, 2, 201, 20101, 12, ?, ?, 100, ?, 1)"_qs);
            CatalogSearch::Writer writer(tx.db());
            for (int i = 0; i < 30; ++i) {
                const QString name = u"晚到 Late SKU %1 Pro"_qs.arg(i);
                const QString nameEn = u"LATE arrival %1"_qs.arg(i);
                const qint64 id = sku.run({name, nameEn, i % 2 ? u"self"_qs : u"marketplace"_qs,
                                              500 + i * 7 % 11, i % 3 ? i : 0})
                                      .lastInsertId()
                                      .toLongLong();
                writer.add(id, name, nameEn);
            }
            tx.commit();
        }
        m_db->closeConnection();
    });
    other.join();
    QCOMPARE(m_memory->search(before.db(), c, Sort::Id, 10, std::nullopt, 100).total, 0);
    before.commit();
    reloadAll();
    compareMemoryEverywhere({u"晚到"_qs, u"late"_qs, u"PRO"_qs, u"e"_qs});
    QCOMPARE(m_memory->size(), qint64(m_all.size()));
}

void tst_CatalogSearch::memoryIndexReadsCurrentStock()
{
    // Stock is the one field orders change: the gateway's own statements (server/GatewayOrderRoutes)
    // take the last of some SKUs and restock others; inStock and sort=-stock follow at once.
    CatalogCriteria pro;
    pro.keyword = u"pro"_qs;
    const QList<qint64> ids = expected(pro, Sort::StockDesc);
    QVERIFY(ids.size() > 40);
    {
        Transaction tx(*m_db, Transaction::Kind::Write);
        for (int i = 0; i < 20; ++i) {
            const qint64 id = ids.at(i * 2);
            const qint64 stock
                = Sql::scalar(tx.db(), u"SELECT stock FROM catalog_skus WHERE id = ?"_qs, {id});
            Sql::exec(tx.db(), u"UPDATE catalog_skus SET stock = stock - ? WHERE id = ? AND stock >= ?"_qs,
                {stock, id, stock});
            Sql::exec(tx.db(), u"UPDATE catalog_skus SET stock = stock + ? WHERE id = ?"_qs,
                {7 + i, ids.at(ids.size() - 1 - i)});
        }
        tx.commit();
    }
    reloadAll();
    compareMemoryEverywhere({u"pro"_qs, u"e"_qs, u"茶"_qs});
}

void tst_CatalogSearch::migrationIndexesExistingSkus()
{
    // A database from before step 7 holds SKUs and no index: drop the tables, forget the step, migrate.
    {
        QSqlDatabase db = m_db->connection();
        Sql::exec(db, u"DROP TABLE catalog_sku_text"_qs);
        Sql::exec(db, u"DROP TABLE catalog_sku_grams"_qs);
        Sql::exec(db, u"DELETE FROM schema_version WHERE version = 7"_qs);
    }
    Migrations::migrate(*m_db);
    QCOMPARE(Sql::scalar(m_db->connection(), u"SELECT COUNT(*) FROM schema_version WHERE version = 7"_qs), 1);
    for (const QString &keyword : kKeywords) {
        CatalogCriteria c;
        c.keyword = keyword;
        c.onSaleOnly = false;
        QList<std::pair<qint64, qint64>> cursors;
        QCOMPARE(walk(c, Sort::Id, Plan::Index, &cursors), expected(c, Sort::Id));
    }
}

void tst_CatalogSearch::writerFollowsARename()
{
    const CatalogSku &sku = m_all.at(10);
    const QString name = u"改名 测试 ZqX"_qs;
    {
        Transaction tx(*m_db, Transaction::Kind::Write);
        CatalogSearch::Writer writer(tx.db());
        writer.remove(sku.id, sku.name, sku.nameEn);
        Sql::exec(tx.db(), u"UPDATE catalog_skus SET name = ? WHERE id = ?"_qs, {name, sku.id});
        writer.add(sku.id, name, sku.nameEn);
        tx.commit();
    }
    Transaction tx(*m_db, Transaction::Kind::Read);
    CatalogCriteria c;
    c.onSaleOnly = false;
    for (const QString &keyword : {u"zqx"_qs, u"改名"_qs, u"改"_qs}) {
        c.keyword = keyword;
        const auto page = CatalogRepository::list(tx.db(), c, Sort::Id, 10, std::nullopt, Plan::Index);
        QCOMPARE(page.items.size(), 1);
        QCOMPARE(page.items.at(0).id, sku.id);
    }
    // The old name's own words no longer find it through the index.
    c.keyword = sku.name;
    const auto old = CatalogRepository::list(tx.db(), c, Sort::Id, 10000, std::nullopt, Plan::Index);
    for (const CatalogSku &s : old.items)
        QVERIFY(s.id != sku.id);
}

QTEST_GUILESS_MAIN(tst_CatalogSearch)
#include "tst_catalog_search.moc"
