#include "CatalogMemoryIndex.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>
#include <limits>
#include <mutex>

namespace Kepler::Server {
namespace {

using Sort = CatalogRepository::Sort;
using Cursor = std::optional<std::pair<qint64, qint64>>;

constexpr qint64 kLoadChunk = 100000; // ids per step of the first load: the loader can stop between
// Stock is read for at most this many ids per statement (SQLite allows 32,766 parameters).
constexpr qsizetype kStockBatch = 500;

QString marks(qsizetype n)
{
    QString m;
    m.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        m += i ? u", ?"_qs : u"?"_qs;
    return m;
}

// The stock of each of `ids` (any order), read in the request's transaction.
QHash<qint64, int> readStock(const QSqlDatabase &db, const std::vector<qint64> &ids)
{
    QHash<qint64, int> stock;
    stock.reserve(qsizetype(ids.size()));
    for (size_t from = 0; from < ids.size(); from += kStockBatch) {
        const size_t n = std::min(ids.size() - from, size_t(kStockBatch));
        QVariantList params;
        params.reserve(qsizetype(n));
        for (size_t i = 0; i < n; ++i)
            params.append(ids[from + i]);
        QSqlQuery q = Sql::exec(
            db, u"SELECT id, stock FROM catalog_skus WHERE id IN ("_qs + marks(qsizetype(n)) + u')', params);
        while (q.next())
            stock.insert(q.value(0).toLongLong(), q.value(1).toInt());
    }
    return stock;
}

} // namespace

CatalogMemoryIndex::~CatalogMemoryIndex()
{
    m_stop.store(true);
    if (m_loader.joinable())
        m_loader.join();
}

void CatalogMemoryIndex::startLoading(Database *database)
{
    m_loader = std::thread([this, database] {
        try {
            QElapsedTimer timer;
            timer.start();
            const QSqlDatabase db = database->connection(); // this thread's own
            const qint64 maxId = Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM catalog_skus"_qs);
            for (qint64 upTo = 0; upTo < maxId && !m_stop.load();) {
                upTo = std::min(maxId, upTo + kLoadChunk);
                std::unique_lock lock(m_mutex);
                append(db, upTo);
            }
            if (!m_stop.load()) {
                m_ready.store(true, std::memory_order_release);
                qCInfo(lcServer) << "catalog search index:" << size() << "SKUs in" << timer.elapsed() << "ms,"
                                 << m_text.size() / (1024 * 1024) << "MB of names";
            }
        } catch (const std::exception &e) {
            // Keyword queries keep taking the SQL path; nothing is lost but speed.
            qCWarning(lcServer) << "catalog search index not loaded:" << e.what();
        }
        database->closeConnection();
    });
}

void CatalogMemoryIndex::load(const QSqlDatabase &db)
{
    std::unique_lock lock(m_mutex);
    append(db, Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM catalog_skus"_qs));
    m_ready.store(true, std::memory_order_release);
}

qint64 CatalogMemoryIndex::size() const
{
    std::shared_lock lock(m_mutex);
    return qint64(m_ids.size());
}

void CatalogMemoryIndex::append(const QSqlDatabase &db, qint64 upToId)
{
    const qint64 after = m_ids.empty() ? 0 : m_ids.back();
    if (upToId <= after)
        return;
    QSqlQuery q = Sql::exec(db,
        u"SELECT id, name, name_en, cid1, cid2, cid3, brand_id, owner, list_price, on_sale FROM catalog_skus "
        u"WHERE id > ? AND id <= ? ORDER BY id"_qs,
        {after, upToId});
    const QString marketplace = toString(SkuOwner::Marketplace);
    while (q.next()) {
        const QByteArray name = CatalogKeyword::fold(q.value(1).toString()).toUtf8();
        const QByteArray nameEn = CatalogKeyword::fold(q.value(2).toString()).toUtf8();
        if (m_text.size() + size_t(name.size() + nameEn.size()) + 2 > std::numeric_limits<quint32>::max())
            throw std::length_error("catalog names beyond 4 GB");
        m_ids.push_back(q.value(0).toLongLong());
        m_text.append(name.constData(), size_t(name.size()));
        m_text.push_back('\0');
        m_enStart.push_back(quint32(m_text.size()));
        m_text.append(nameEn.constData(), size_t(nameEn.size()));
        m_text.push_back('\0');
        m_start.push_back(quint32(m_text.size()));
        m_cid1.push_back(q.value(3).toInt());
        m_cid2.push_back(q.value(4).toInt());
        m_cid3.push_back(q.value(5).toInt());
        m_brand.push_back(q.value(6).toInt());
        m_price.push_back(q.value(8).toLongLong());
        m_flags.push_back(
            quint8((q.value(9).toInt() != 0 ? 1 : 0) | (q.value(7).toString() == marketplace ? 2 : 0)));
    }
}

void CatalogMemoryIndex::catchUp(const QSqlDatabase &db, qint64 visibleMaxId)
{
    {
        std::shared_lock lock(m_mutex);
        if (!m_ids.empty() && m_ids.back() >= visibleMaxId)
            return;
    }
    std::unique_lock lock(m_mutex);
    append(db, visibleMaxId); // rechecks: another request may have appended them meanwhile
}

CatalogMemoryIndex::Result CatalogMemoryIndex::search(
    const QSqlDatabase &db, const CatalogCriteria &c, Sort sort, int limit, Cursor after, qint64 countCap)
{
    // This transaction's catalog: SKUs another request appended from a newer snapshot stay out.
    const qint64 visibleMaxId = Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM catalog_skus"_qs);
    catchUp(db, visibleMaxId);
    std::shared_lock lock(m_mutex);
    const size_t n = size_t(std::upper_bound(m_ids.begin(), m_ids.end(), visibleMaxId) - m_ids.begin());
    const size_t want = size_t(limit) + 1; // one more says whether another page follows

    // The immutable filters, as CatalogCriteria::matches tests them.
    std::vector<qint32> categories(c.categories.cbegin(), c.categories.cend());
    std::vector<qint32> brands(c.brands.cbegin(), c.brands.cend());
    std::sort(categories.begin(), categories.end());
    std::sort(brands.begin(), brands.end());
    const auto in = [](const std::vector<qint32> &set, qint32 v) {
        return std::binary_search(set.begin(), set.end(), v);
    };
    const auto passes = [&](size_t r) {
        if (!categories.empty() && !in(categories, m_cid1[r]) && !in(categories, m_cid2[r])
            && !in(categories, m_cid3[r]))
            return false;
        if (!brands.empty() && !in(brands, m_brand[r]))
            return false;
        if (c.owner && ((m_flags[r] & 2) != 0) != (*c.owner == SkuOwner::Marketplace))
            return false;
        if ((c.priceMinFen && m_price[r] < *c.priceMinFen) || (c.priceMaxFen && m_price[r] > *c.priceMaxFen))
            return false;
        return !c.onSaleOnly || (m_flags[r] & 1) != 0;
    };

    // Records [from, n) whose name or English name holds the keyword and that pass the filters, in
    // id order, at most `max`. One memmem over the names; a hit that spans the 0 byte between two
    // names (a keyword may hold one) is no hit, the search goes on one byte later.
    const QByteArray needle = CatalogKeyword::fold(c.keyword).toUtf8();
    const auto collect = [&](size_t from, size_t max) {
        std::vector<quint32> out;
        if (from >= n || max == 0)
            return out;
        const char *base = m_text.data();
        size_t pos = m_start[from];
        const size_t end = m_start[n];
        size_t r = from;
        while (pos < end) {
            size_t hit = pos;
            if (!needle.isEmpty()) {
                const void *p = memmem(base + pos, end - pos, needle.constData(), size_t(needle.size()));
                if (!p)
                    break;
                hit = size_t(static_cast<const char *>(p) - base);
            }
            if (m_start[r + 1] <= hit)
                r = size_t(std::upper_bound(m_start.begin() + qsizetype(r) + 1,
                               m_start.begin() + qsizetype(n) + 1, quint32(hit))
                        - m_start.begin())
                    - 1;
            const size_t last = hit + size_t(needle.size()); // one past the hit
            const bool inName = last < m_enStart[r];
            const bool inEnglish = hit >= m_enStart[r] && last < m_start[r + 1];
            if (!inName && !inEnglish) {
                pos = hit + 1;
                continue;
            }
            if (passes(r)) {
                out.push_back(quint32(r));
                if (out.size() >= max)
                    break;
            }
            pos = m_start[r + 1];
            ++r;
        }
        return out;
    };

    // The first `max` of `order` (records) in stock, with their stock, in that order.
    const auto firstInStock = [&](const std::vector<quint32> &order, size_t max) {
        std::vector<std::pair<quint32, int>> out;
        size_t pos = 0;
        while (pos < order.size() && out.size() < max) {
            // A little more than is still missing: most of the catalog is in stock.
            const size_t take
                = std::min({order.size() - pos, size_t(kStockBatch), (max - out.size()) * 9 / 8 + 16});
            std::vector<qint64> ids;
            for (size_t i = pos; i < pos + take; ++i)
                ids.push_back(m_ids[order[i]]);
            const QHash<qint64, int> stock = readStock(db, ids);
            for (size_t i = pos; i < pos + take && out.size() < max; ++i)
                if (const int s = stock.value(m_ids[order[i]], 0); s > 0)
                    out.emplace_back(order[i], s);
            pos += take;
        }
        return out;
    };

    Result result;
    std::vector<quint32> page; // records, in page order, up to `want`
    qint64 total = -1;
    const size_t cap = countCap > 0 ? size_t(countCap) : 0;
    const auto keyLess = [&](bool descending) {
        return [this, descending](quint32 a, quint32 b) {
            if (m_price[a] != m_price[b])
                return descending ? m_price[a] > m_price[b] : m_price[a] < m_price[b];
            return a < b; // records are in id order
        };
    };

    if (sort == Sort::Id) {
        const size_t from = after
            ? size_t(
                std::upper_bound(m_ids.begin(), m_ids.begin() + qsizetype(n), after->second) - m_ids.begin())
            : 0;
        if (!c.inStockOnly) {
            page = collect(from, after ? want : std::max(want, cap));
            if (cap)
                total = qint64(after ? collect(0, cap).size() : std::min(page.size(), cap));
        } else {
            const auto inStock = firstInStock(
                collect(from, std::numeric_limits<size_t>::max()), after ? want : std::max(want, cap));
            for (const auto &[r, s] : inStock)
                page.push_back(r);
            if (cap)
                total
                    = qint64(after ? firstInStock(collect(0, std::numeric_limits<size_t>::max()), cap).size()
                                   : std::min(page.size(), cap));
        }
        if (page.size() > want)
            page.resize(want);
    } else if (sort == Sort::PriceAsc || sort == Sort::PriceDesc) {
        const bool descending = sort == Sort::PriceDesc;
        std::vector<quint32> all = collect(0, std::numeric_limits<size_t>::max());
        if (cap)
            total = c.inStockOnly ? qint64(firstInStock(all, cap).size()) : qint64(std::min(all.size(), cap));
        std::vector<quint32> rest;
        rest.reserve(all.size());
        for (quint32 r : all) {
            if (after) {
                const qint64 p = m_price[r];
                const bool past = descending ? p < after->first : p > after->first;
                if (!past && !(p == after->first && m_ids[r] > after->second))
                    continue;
            }
            rest.push_back(r);
        }
        // In order a chunk at a time: a partial sort of what is left for each, until the page is full.
        const auto less = keyLess(descending);
        size_t pos = 0;
        while (pos < rest.size() && page.size() < want) {
            const size_t chunk
                = std::min(rest.size() - pos, c.inStockOnly ? std::max<size_t>(2 * want, 256) : want);
            std::partial_sort(
                rest.begin() + qsizetype(pos), rest.begin() + qsizetype(pos + chunk), rest.end(), less);
            std::vector<quint32> slice(rest.begin() + qsizetype(pos), rest.begin() + qsizetype(pos + chunk));
            if (c.inStockOnly) {
                for (const auto &[r, s] : firstInStock(slice, want - page.size()))
                    page.push_back(r);
            } else {
                page.insert(page.end(), slice.begin(), slice.end());
            }
            pos += chunk;
        }
    } else { // Sort::StockDesc
        const std::vector<quint32> all = collect(0, std::numeric_limits<size_t>::max());
        if (cap && !c.inStockOnly)
            total = qint64(std::min(all.size(), cap));
        else if (cap && all.size() > m_tuning.stockFetchAllMax)
            total = qint64(firstInStock(all, cap).size());
        const auto isPast = [&](int stock, qint64 id) {
            return !after || stock < after->first || (stock == after->first && id > after->second);
        };
        if (all.size() <= m_tuning.stockFetchAllMax) {
            std::vector<qint64> ids;
            ids.reserve(all.size());
            for (quint32 r : all)
                ids.push_back(m_ids[r]);
            const QHash<qint64, int> stock = readStock(db, ids);
            std::vector<std::pair<int, quint32>> keyed; // (stock, record)
            size_t inStock = 0;
            for (quint32 r : all) {
                const int s = stock.value(m_ids[r], 0);
                inStock += s > 0 ? 1 : 0;
                if ((!c.inStockOnly || s > 0) && isPast(s, m_ids[r]))
                    keyed.emplace_back(s, r);
            }
            const auto less = [](const std::pair<int, quint32> &a, const std::pair<int, quint32> &b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            };
            if (cap && c.inStockOnly)
                total = qint64(std::min(inStock, cap));
            const size_t k = std::min(want, keyed.size());
            std::partial_sort(keyed.begin(), keyed.begin() + qsizetype(k), keyed.end(), less);
            for (size_t i = 0; i < k; ++i)
                page.push_back(keyed[i].second);
        } else if (!all.empty()) {
            // Many candidates: walk the (stock, id) index as the plain query does, testing each id.
            const qint64 top = m_ids[all.back()];
            std::vector<bool> member(size_t(top) + 1);
            for (quint32 r : all)
                member[size_t(m_ids[r])] = true;
            std::optional<std::pair<qint64, qint64>> from = after;
            bool exhausted = false;
            while (page.size() < want && !exhausted) {
                QVariantList params;
                QString where = c.inStockOnly ? u"stock > 0"_qs : u"1=1"_qs;
                if (from) {
                    where += u" AND (stock < ? OR (stock = ? AND id > ?))"_qs;
                    params << from->first << from->first << from->second;
                }
                params << m_tuning.stockWalkChunk;
                QSqlQuery q = Sql::exec(db,
                    u"SELECT id, stock FROM catalog_skus WHERE "_qs + where
                        + u" ORDER BY stock DESC, id LIMIT ?"_qs,
                    params);
                int rows = 0;
                while (q.next()) {
                    ++rows;
                    const qint64 id = q.value(0).toLongLong();
                    from = std::pair {q.value(1).toLongLong(), id};
                    if (id <= top && member[size_t(id)]) {
                        page.push_back(
                            quint32(std::lower_bound(m_ids.begin(), m_ids.begin() + qsizetype(n), id)
                                - m_ids.begin()));
                        if (page.size() >= want)
                            break;
                    }
                }
                exhausted = rows < m_tuning.stockWalkChunk;
            }
        }
    }

    // The page's rows from SQL, by id, in the order chosen here.
    CatalogRepository::Page &out = result.page;
    if (!page.empty()) {
        QVariantList params;
        for (quint32 r : page)
            params.append(m_ids[r]);
        const QList<CatalogSku> rows = CatalogRepository::firstByIdWhere(
            db, u"id IN ("_qs + marks(params.size()) + u')', params, 0, int(params.size()));
        QHash<qint64, qsizetype> at;
        for (qsizetype i = 0; i < rows.size(); ++i)
            at.insert(rows[i].id, i);
        for (quint32 r : page)
            if (const auto it = at.constFind(m_ids[r]); it != at.cend())
                out.items.append(rows[*it]);
    }
    out.more = out.items.size() > limit;
    if (out.more)
        out.items.resize(limit);
    if (!out.items.isEmpty()) {
        const CatalogSku &last = out.items.constLast();
        out.lastKey = sort == Sort::Id ? last.id
            : sort == Sort::StockDesc  ? qint64(last.stock)
                                       : last.listPriceFen;
        out.lastId = last.id;
    }
    result.total = total;
    return result;
}

} // namespace Kepler::Server
