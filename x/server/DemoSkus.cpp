#include "DemoSkus.h"

#include "CatalogSearch.h"
#include "DemoSkuCatalog.h"
#include "PoolRepository.h"
#include "Sql.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <functional>

namespace Kepler::Server::DemoSkus {
namespace {

struct LeafRef
{
    int cid1, cid2, cid3;
    const DemoSkuCatalog::Leaf *leaf;
    int topIndex;
};

const char16_t *const kEditionsZh[]
    = {u"标准版", u"Pro", u"Max", u"青春版", u"礼盒装", u"家庭装", u"旗舰款", u"经典款"};
const char16_t *const kEditionsEn[]
    = {u"Standard", u"Pro", u"Max", u"Youth", u"Gift box", u"Family pack", u"Flagship", u"Classic"};

QString str(const char16_t *s)
{
    return QString::fromUtf16(s);
}

// A handful of pools an operator would have set up: by category, owner, price; assigned to
// modes and to some of the active partners; one with manual includes and excludes.
void seedPools(const QSqlDatabase &db, int count)
{
    QList<qint64> active;
    QSqlQuery q = Sql::exec(db, u"SELECT id FROM partners WHERE status = 'active' ORDER BY id LIMIT 12"_qs);
    while (q.next())
        active.append(q.value(0).toLongLong());
    const QDateTime at(QDate(2026, 1, 6), QTime(3, 0), Qt::UTC);
    const auto add = [&](const QString &name, const std::function<void(ProductPool &)> &set) {
        ProductPool p;
        p.name = name;
        p.updatedBy = u"operator"_qs;
        p.updatedAt = at;
        set(p);
        p.id = PoolRepository::insert(db, p, u"operator"_qs, at);
    };
    add(u"手机数码精选"_qs, [](ProductPool &p) {
        p.criteria.categories = {1, 2};
        p.criteria.inStockOnly = true;
        p.modes = {PartnerMode::Guide};
    });
    add(u"自营家电"_qs, [&](ProductPool &p) {
        p.criteria.categories = {3};
        p.criteria.owner = SkuOwner::Self;
        p.partners = active.mid(0, 6);
    });
    add(u"百元好物"_qs, [](ProductPool &p) {
        p.criteria.priceMaxFen = 10000;
        p.criteria.inStockOnly = true;
        p.modes = {PartnerMode::SettleIn, PartnerMode::Buyout};
    });
    add(u"母婴专区"_qs, [](ProductPool &p) {
        p.criteria.categories = {6};
        p.modes = allPartnerModes();
    });
    add(u"图书与生鲜"_qs, [&](ProductPool &p) {
        p.criteria.categories = {9, 10};
        if (count >= 10) {
            p.includes = {1, 2};
            p.excludes = {qint64(count), qint64(count - 1)};
        }
        p.partners = active.mid(6);
    });
}

} // namespace

void seed(const QSqlDatabase &db, int count)
{
    const QList<DemoSkuCatalog::Top> &tree = DemoSkuCatalog::tree();
    QList<LeafRef> leaves;
    Sql::Prepared category(db,
        u"INSERT INTO catalog_categories (id, parent_id, level, name, name_en) VALUES (?, ?, ?, ?, ?)"_qs);
    Sql::Prepared brand(db, u"INSERT INTO catalog_brands (id, name, name_en) VALUES (?, ?, ?)"_qs);
    // Ids follow the tree: 3 (手机通讯) › 301 (手机) › 30101 (5G手机); brands 31..34 for top 3.
    for (int t = 0; t < tree.size(); ++t) {
        const int cid1 = t + 1;
        category.run({cid1, QVariant(QMetaType::fromType<qlonglong>()), 1, str(tree[t].zh), str(tree[t].en)});
        for (int b = 0; b < tree[t].brands.size(); ++b)
            brand.run({cid1 * 10 + b + 1, str(tree[t].brands[b].first), str(tree[t].brands[b].second)});
        for (int s = 0; s < tree[t].seconds.size(); ++s) {
            const DemoSkuCatalog::Second &second = tree[t].seconds[s];
            const int cid2 = cid1 * 100 + s + 1;
            category.run({cid2, cid1, 2, str(second.zh), str(second.en)});
            for (int l = 0; l < second.leaves.size(); ++l) {
                const int cid3 = cid2 * 100 + l + 1;
                category.run({cid3, cid2, 3, str(second.leaves[l].zh), str(second.leaves[l].en)});
                leaves.append({cid1, cid2, cid3, &second.leaves[l], int(t)});
            }
        }
    }
    // A million rows go into thirteen indexes and two full-text tables at once: with SQLite's
    // default 2 MB page cache most index pages are evicted between inserts and written again.
    // The seed's connection gets a larger cache while it writes (this connection only).
    // (PostgreSQL's shared buffers are the server's: nothing to change per connection.)
    const bool sqlite = db.driverName() == u"QSQLITE"_qs;
    const qint64 cacheKiB = sqlite ? Sql::scalar(db, u"PRAGMA cache_size"_qs) : 0;
    if (sqlite)
        Sql::exec(db, u"PRAGMA cache_size = -262144"_qs);
    struct CacheBack
    {
        const QSqlDatabase &db;
        bool sqlite;
        qint64 kib;
        ~CacheBack()
        {
            if (sqlite)
                QSqlQuery(db).exec(u"PRAGMA cache_size = %1"_qs.arg(kib));
        }
    } cacheBack {db, sqlite, cacheKiB};
    QRandomGenerator rng(Seed);
    Sql::Prepared sku(db,
        u"INSERT INTO catalog_skus (name, name_en, cid1, cid2, cid3, brand_id, owner, list_price, cost, "
        u"stock, on_sale) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs);
    CatalogSearch::Writer search(db);
    for (int i = 0; i < count; ++i) {
        const LeafRef &ref = leaves.at(int(rng.bounded(int(leaves.size()))));
        const DemoSkuCatalog::Top &top = tree[ref.topIndex];
        const int b = int(rng.bounded(int(top.brands.size())));
        const int edition = int(rng.bounded(int(std::size(kEditionsZh))));
        const int model = 1 + int(rng.bounded(30));
        const QString name
            = u"%1 %2 %3 %4"_qs.arg(str(top.brands[b].first), str(ref.leaf->zh), str(kEditionsZh[edition]))
                  .arg(model);
        const QString nameEn
            = u"%1 %2 %3 %4"_qs.arg(str(top.brands[b].second), str(ref.leaf->en), str(kEditionsEn[edition]))
                  .arg(model);
        // Prices end in 9 yuan or .90 as shops price them; cost is 55–90 % of the list price.
        const qint64 yuan = ref.leaf->minYuan + rng.bounded(ref.leaf->maxYuan - ref.leaf->minYuan + 1);
        const qint64 list = yuan >= 100 ? (yuan / 10 * 10 + 9) * 100 : yuan * 100 + 90;
        const qint64 cost = list * (55 + qint64(rng.bounded(36))) / 100;
        const int stock = rng.bounded(100) < 8 ? 0 : int(rng.bounded(5000));
        const bool onSale = rng.bounded(100) >= 3;
        const QString owner = rng.bounded(100) < 35 ? u"marketplace"_qs : u"self"_qs;
        const qint64 id = sku.run({name, nameEn, ref.cid1, ref.cid2, ref.cid3, ref.cid1 * 10 + b + 1, owner,
                                      list, cost, stock, onSale ? 1 : 0})
                              .lastInsertId()
                              .toLongLong();
        search.add(id, name, nameEn);
    }
    seedPools(db, count);
}

} // namespace Kepler::Server::DemoSkus
