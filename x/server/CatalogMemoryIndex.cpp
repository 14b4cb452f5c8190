#include "CatalogMemoryIndex.h"

#include "Database.h"
#include "Logging.h"
#include "Sql.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>

namespace Kepler::Server {
namespace {

using Sort = CatalogRepository::Sort;
using Cursor = std::optional<std::pair<qint64, qint64>>;

constexpr qint64 kLoadChunk = 100000; // ids per step of the first load: the loader can stop between
constexpr size_t kAll = std::numeric_limits<size_t>::max();

QString marks(qsizetype n)
{
    QString m;
    m.reserve(n * 3);
    for (qsizetype i = 0; i < n; ++i)
        m += i ? u", ?"_qs : u"?"_qs;
    return m;
}

// The stock of each of `ids` (any order), read in the request's transaction, `batch` ids per
// statement (SQLite allows 32,766 parameters).
QHash<qint64, int> readStock(const QSqlDatabase &db, const std::vector<qint64> &ids, size_t batch)
{
    QHash<qint64, int> stock;
    stock.reserve(qsizetype(ids.size()));
    for (size_t from = 0; from < ids.size(); from += batch) {
        const size_t n = std::min(ids.size() - from, batch);
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

// A gram's key in the posting index: one code point, or two adjacent ones (code points are below
// 2^21, so the two forms never meet).
quint64 gramKey(char32_t a)
{
    return quint64(a) + 1;
}

quint64 gramKey(char32_t a, char32_t b)
{
    return ((quint64(a) + 1) << 22) | (quint64(b) + 1);
}

// The distinct grams of a folded text: every code point and every adjacent pair.
void gramsOf(const QString &folded, std::vector<quint64> *keys)
{
    const QList<uint> cps = folded.toUcs4();
    for (qsizetype i = 0; i < cps.size(); ++i) {
        keys->push_back(gramKey(cps[i]));
        if (i + 1 < cps.size())
            keys->push_back(gramKey(cps[i], cps[i + 1]));
    }
}

// The first position at or after `pos` in the ascending `list` whose record is not below `r`:
// doubling steps, then a binary search within the last step (cheap when the lists' records are
// close together, as in an intersection of dense lists).
size_t gallop(const std::vector<quint32> &list, size_t pos, quint32 r)
{
    if (pos >= list.size() || list[pos] >= r)
        return pos;
    size_t step = 1;
    size_t lo = pos;
    while (pos + step < list.size() && list[pos + step] < r) {
        lo = pos + step;
        step *= 2;
    }
    const size_t hi = std::min(list.size(), pos + step + 1);
    return size_t(
        std::lower_bound(list.begin() + qsizetype(lo), list.begin() + qsizetype(hi), r) - list.begin());
}

} // namespace

// One keyword and its immutable filters over the first `n` records, under the index's shared lock.
class CatalogMemoryIndex::Query
{
public:
    Query(const CatalogMemoryIndex &index, const CatalogCriteria &c, size_t n, size_t intersectLists)
        : m_ix(index)
        , m_c(c)
        , m_n(n)
        , m_categories(c.categories.cbegin(), c.categories.cend())
        , m_brands(c.brands.cbegin(), c.brands.cend())
    {
        std::sort(m_categories.begin(), m_categories.end());
        std::sort(m_brands.begin(), m_brands.end());
        const QString folded = CatalogKeyword::fold(c.keyword);
        m_needle = folded.toUtf8();
        const QList<uint> cps = folded.toUcs4();
        std::vector<quint64> keys;
        if (cps.size() == 1)
            keys.push_back(gramKey(cps[0]));
        for (qsizetype i = 0; i + 1 < cps.size(); ++i)
            keys.push_back(gramKey(cps[i], cps[i + 1]));
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
        // One or two code points: the gram's list is the answer; longer: its pairs' lists hold every
        // match (and more), the substring test decides.
        m_exact = cps.size() <= 2;
        std::vector<const std::vector<quint32> *> lists;
        for (quint64 k : keys) {
            const auto it = index.m_postings.find(k);
            if (it == index.m_postings.end()) {
                m_none = true; // a gram no name holds: nothing matches
                return;
            }
            lists.push_back(&it->second);
        }
        std::sort(lists.begin(), lists.end(), [](auto *a, auto *b) { return a->size() < b->size(); });
        if (!lists.empty()) {
            m_driver = lists.front();
            m_others.assign(lists.begin() + 1,
                lists.begin() + qsizetype(std::min(lists.size(), std::max<size_t>(intersectLists, 1))));
        }
    }

    // How many records the smallest list holds (matches are at most this many); every record
    // without a keyword gram (an empty keyword).
    size_t listSize() const { return m_none ? 0 : m_driver ? m_driver->size() : m_n; }

    // About how many records match: the smallest list's size times the share of up to 256 of its
    // records, evenly spaced, that match (the filters and the substring test).
    double estimate() const
    {
        const size_t size = listSize();
        if (size == 0)
            return 0;
        const size_t samples = std::min<size_t>(size, 256);
        size_t hits = 0;
        for (size_t i = 0; i < samples; ++i) {
            const size_t at = i * size / samples;
            const size_t r = m_driver ? (*m_driver)[at] : at;
            hits += r < m_n && matches(r) ? 1 : 0;
        }
        return double(size) * double(hits) / double(samples);
    }

    bool passes(size_t r) const
    {
        const auto in = [](const std::vector<int> &set, qint32 v) {
            return std::binary_search(set.begin(), set.end(), v);
        };
        const CatalogMemoryIndex &x = m_ix;
        if (!m_categories.empty() && !in(m_categories, x.m_cid1[r]) && !in(m_categories, x.m_cid2[r])
            && !in(m_categories, x.m_cid3[r]))
            return false;
        if (!m_brands.empty() && !in(m_brands, x.m_brand[r]))
            return false;
        if (m_c.owner && ((x.m_flags[r] & 2) != 0) != (*m_c.owner == SkuOwner::Marketplace))
            return false;
        if ((m_c.priceMinFen && x.m_price[r] < *m_c.priceMinFen)
            || (m_c.priceMaxFen && x.m_price[r] > *m_c.priceMaxFen))
            return false;
        return !m_c.onSaleOnly || (x.m_flags[r] & 1) != 0;
    }

    // The real test: the keyword is a substring of the folded name or English name (UTF-8
    // substrings are exactly code-point substrings).
    bool holds(size_t r) const
    {
        const CatalogMemoryIndex &x = m_ix;
        const char *base = x.m_text.data();
        const auto within = [&](size_t from, size_t end) {
            return end - from >= size_t(m_needle.size())
                && memmem(base + from, end - from, m_needle.constData(), size_t(m_needle.size())) != nullptr;
        };
        return within(x.m_start[r], x.m_enStart[r] - 1) || within(x.m_enStart[r], x.m_start[r + 1] - 1);
    }

    bool matches(size_t r) const { return !m_none && passes(r) && holds(r); }

    // Calls fn(record) for each match from record `from` on, in id order, until it returns false.
    template<typename Fn> void forEach(size_t from, Fn fn) const
    {
        if (m_none || from >= m_n)
            return;
        if (!m_driver) {
            for (size_t r = from; r < m_n; ++r)
                if (matches(r) && !fn(quint32(r)))
                    return;
            return;
        }
        std::vector<size_t> at(m_others.size(), 0);
        const std::vector<quint32> &driver = *m_driver;
        for (auto it = std::lower_bound(driver.begin(), driver.end(), quint32(from)); it != driver.end();
             ++it) {
            const quint32 r = *it;
            if (r >= m_n)
                return;
            bool inAll = true;
            for (size_t k = 0; k < m_others.size() && inAll; ++k) {
                at[k] = gallop(*m_others[k], at[k], r);
                if (at[k] >= m_others[k]->size())
                    return; // a list is exhausted: nothing further is in all of them
                inAll = (*m_others[k])[at[k]] == r;
            }
            if (!inAll || !passes(r) || (!m_exact && !holds(r)))
                continue;
            if (!fn(r))
                return;
        }
    }

    // The matches from record `from` on, in id order, at most `max`.
    std::vector<quint32> collect(size_t from, size_t max) const
    {
        std::vector<quint32> out;
        if (max == 0)
            return out;
        forEach(from, [&](quint32 r) {
            out.push_back(r);
            return out.size() < max;
        });
        return out;
    }

private:
    const CatalogMemoryIndex &m_ix;
    const CatalogCriteria &m_c;
    size_t m_n;
    std::vector<int> m_categories, m_brands;
    QByteArray m_needle;
    bool m_exact = false;
    bool m_none = false;
    const std::vector<quint32> *m_driver = nullptr;
    std::vector<const std::vector<quint32> *> m_others;
};

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
                {
                    std::unique_lock lock(m_mutex);
                    shrink();
                }
                m_ready.store(true, std::memory_order_release);
                std::shared_lock lock(m_mutex);
                qCInfo(lcServer) << "catalog search index:" << m_ids.size() << "SKUs in" << timer.elapsed()
                                 << "ms," << m_text.size() / (1024 * 1024) << "MB of names,"
                                 << m_postings.size() << "grams," << memoryBytesLocked() / (1024 * 1024)
                                 << "MB in all";
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
    shrink();
    m_ready.store(true, std::memory_order_release);
}

qint64 CatalogMemoryIndex::size() const
{
    std::shared_lock lock(m_mutex);
    return qint64(m_ids.size());
}

qint64 CatalogMemoryIndex::memoryBytes() const
{
    std::shared_lock lock(m_mutex);
    return memoryBytesLocked();
}

qint64 CatalogMemoryIndex::memoryBytesLocked() const
{
    const auto bytes = [](const auto &v) {
        return qint64(v.capacity() * sizeof(v[0]));
    };
    qint64 total = qint64(m_text.capacity()) + bytes(m_ids) + bytes(m_start) + bytes(m_enStart)
        + bytes(m_cid1) + bytes(m_cid2) + bytes(m_cid3) + bytes(m_brand) + bytes(m_price) + bytes(m_flags)
        + bytes(m_byPrice);
    // Each list, and its node in the hash (key, vector, next pointer, cached hash) and bucket.
    for (const auto &[key, list] : m_postings)
        total += bytes(list) + qint64(sizeof(key) + sizeof(list) + 2 * sizeof(void *));
    return total + qint64(m_postings.bucket_count() * sizeof(void *));
}

void CatalogMemoryIndex::shrink()
{
    for (auto &[key, list] : m_postings)
        list.shrink_to_fit();
    m_text.shrink_to_fit();
}

void CatalogMemoryIndex::addGrams(quint32 record, const QString &name, const QString &nameEn)
{
    std::vector<quint64> keys;
    keys.reserve(size_t(2 * (name.size() + nameEn.size())));
    gramsOf(name, &keys);
    gramsOf(nameEn, &keys);
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (quint64 k : keys)
        m_postings[k].push_back(record);
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
    const size_t before = m_ids.size();
    while (q.next()) {
        const QString foldedName = CatalogKeyword::fold(q.value(1).toString());
        const QString foldedEn = CatalogKeyword::fold(q.value(2).toString());
        const QByteArray name = foldedName.toUtf8();
        const QByteArray nameEn = foldedEn.toUtf8();
        if (m_text.size() + size_t(name.size() + nameEn.size()) + 2 > std::numeric_limits<quint32>::max())
            throw std::length_error("catalog names beyond 4 GB");
        addGrams(quint32(m_ids.size()), foldedName, foldedEn);
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
    // The new records into the (price, id) order: sorted on their own, then merged.
    const auto byPrice = [this](quint32 a, quint32 b) {
        return m_price[a] != m_price[b] ? m_price[a] < m_price[b] : a < b; // records are in id order
    };
    for (size_t r = before; r < m_ids.size(); ++r)
        m_byPrice.push_back(quint32(r));
    std::sort(m_byPrice.begin() + qsizetype(before), m_byPrice.end(), byPrice);
    std::inplace_merge(m_byPrice.begin(), m_byPrice.begin() + qsizetype(before), m_byPrice.end(), byPrice);
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

qint64 CatalogMemoryIndex::visibleMaxId(const QSqlDatabase &db)
{
    // This transaction's catalog: SKUs another request appended from a newer snapshot stay out.
    const qint64 maxId = Sql::scalar(db, u"SELECT COALESCE(MAX(id), 0) FROM catalog_skus"_qs);
    catchUp(db, maxId);
    return maxId;
}

std::vector<qint64> CatalogMemoryIndex::matchingIds(
    const QSqlDatabase &db, const CatalogCriteria &criteria, qint64 afterId, size_t max)
{
    const qint64 maxId = visibleMaxId(db);
    std::shared_lock lock(m_mutex);
    const size_t n = size_t(std::upper_bound(m_ids.begin(), m_ids.end(), maxId) - m_ids.begin());
    const Query query(*this, criteria, n, m_tuning.intersectLists);
    const size_t from
        = size_t(std::upper_bound(m_ids.begin(), m_ids.begin() + qsizetype(n), afterId) - m_ids.begin());
    std::vector<qint64> ids;
    for (quint32 r : query.collect(from, max))
        ids.push_back(m_ids[r]);
    return ids;
}

CatalogMemoryIndex::Result CatalogMemoryIndex::search(
    const QSqlDatabase &db, const CatalogCriteria &c, Sort sort, int limit, Cursor after, qint64 countCap)
{
    const qint64 maxId = visibleMaxId(db);
    std::shared_lock lock(m_mutex);
    const size_t n = size_t(std::upper_bound(m_ids.begin(), m_ids.end(), maxId) - m_ids.begin());
    const size_t want = size_t(limit) + 1; // one more says whether another page follows
    const Query query(*this, c, n, m_tuning.intersectLists);
    const size_t batch = std::max<size_t>(1, m_tuning.stockBatch);

    // The first `max` of `order` (records) in stock, with their stock, in that order.
    const auto firstInStock = [&](const std::vector<quint32> &order, size_t max) {
        std::vector<std::pair<quint32, int>> out;
        size_t pos = 0;
        while (pos < order.size() && out.size() < max) {
            // A little more than is still missing: most of the catalog is in stock.
            const size_t take = std::min({order.size() - pos, batch, (max - out.size()) * 9 / 8 + 16});
            std::vector<qint64> ids;
            for (size_t i = pos; i < pos + take; ++i)
                ids.push_back(m_ids[order[i]]);
            const QHash<qint64, int> stock = readStock(db, ids, batch);
            for (size_t i = pos; i < pos + take && out.size() < max; ++i)
                if (const int s = stock.value(m_ids[order[i]], 0); s > 0)
                    out.emplace_back(order[i], s);
            pos += take;
        }
        return out;
    };
    // The first `max` matches in stock from record `from` on, in id order: candidates a batch at a time.
    const auto inStockById = [&](size_t from, size_t max) {
        std::vector<quint32> out;
        size_t pos = from;
        while (out.size() < max) {
            const size_t take = std::min(batch, (max - out.size()) * 9 / 8 + 16);
            const std::vector<quint32> chunk = query.collect(pos, take);
            for (const auto &[r, s] : firstInStock(chunk, max - out.size()))
                out.push_back(r);
            if (chunk.size() < take)
                break;
            pos = size_t(chunk.back()) + 1;
        }
        return out;
    };
    // The first page's count: matches to the cap in id order, wherever the page comes from.
    const size_t cap = countCap > 0 ? size_t(countCap) : 0;
    const auto countToCap = [&] {
        return qint64(c.inStockOnly ? inStockById(0, cap).size() : query.collect(0, cap).size());
    };

    Result result;
    std::vector<quint32> page; // records, in page order, up to `want`
    qint64 total = -1;

    if (sort == Sort::Id) {
        const size_t from = after
            ? size_t(
                std::upper_bound(m_ids.begin(), m_ids.begin() + qsizetype(n), after->second) - m_ids.begin())
            : 0;
        // The first page and its count in one pass.
        const size_t max = after ? want : std::max(want, cap);
        page = c.inStockOnly ? inStockById(from, max) : query.collect(from, max);
        if (cap)
            total = after ? countToCap() : qint64(std::min(page.size(), cap));
        if (page.size() > want)
            page.resize(want);
    } else if (sort == Sort::PriceAsc || sort == Sort::PriceDesc) {
        const bool descending = sort == Sort::PriceDesc;
        if (cap)
            total = countToCap();
        const auto past = [&](quint32 r) {
            if (!after)
                return true;
            const qint64 p = m_price[r];
            return (descending ? p < after->first : p > after->first)
                || (p == after->first && m_ids[r] > after->second);
        };
        // Many matches spread over the catalog: walk the records in price order, testing each, until
        // the page is full — expected page × catalog / matches records. Matches may cluster in one
        // price range (手机 sorted by -price passes every dearer laptop first), so the walk is given
        // up after a share of the smallest list's size (collecting and sorting the candidates costs
        // about that) or priceWalkMax records.
        bool walked = false;
        const double estimate = query.estimate();
        const size_t budget = std::min(m_tuning.priceWalkMax,
            m_tuning.priceWalkShare ? query.listSize() / m_tuning.priceWalkShare : kAll);
        if (estimate >= 1 && double(want) * double(n) / estimate <= double(budget)) {
            std::vector<quint32> pending; // matches whose stock is still to be read (inStock)
            const auto flush = [&] {
                for (const auto &[r, s] : firstInStock(pending, want - page.size()))
                    page.push_back(r);
                pending.clear();
            };
            const auto take = [&] {
                return std::min(batch, (want - page.size()) * 9 / 8 + 16);
            };
            size_t visits = 0;
            // Visits one record; false once the page is full or the walk is given up.
            const auto visit = [&](quint32 r) {
                if (r >= n || !past(r) || !query.matches(r))
                    return ++visits <= budget;
                if (!c.inStockOnly)
                    page.push_back(r);
                else if (pending.push_back(r); pending.size() >= take())
                    flush();
                return page.size() < want && ++visits <= budget;
            };
            const std::vector<quint32> &order = m_byPrice;
            if (!descending) {
                size_t i = 0;
                if (after)
                    i = size_t(std::partition_point(order.begin(), order.end(), [&](quint32 r) {
                        return m_price[r] < after->first
                            || (m_price[r] == after->first && m_ids[r] <= after->second);
                    }) - order.begin());
                for (; i < order.size() && visit(order[i]); ++i) { }
            } else {
                // Price descending, ties by id ascending: the groups of one price from the top, each
                // in its (id) order.
                size_t end = order.size();
                if (after)
                    end = size_t(std::partition_point(order.begin(), order.end(), [&](quint32 r) {
                        return m_price[r] <= after->first;
                    }) - order.begin());
                bool going = true;
                while (going && end > 0) {
                    size_t begin = end - 1;
                    while (begin > 0 && m_price[order[begin - 1]] == m_price[order[end - 1]])
                        --begin;
                    for (size_t i = begin; i < end && going; ++i)
                        going = visit(order[i]);
                    end = begin;
                }
            }
            if (c.inStockOnly && page.size() < want && !pending.empty())
                flush();
            walked = visits <= budget;
            if (!walked)
                page.clear();
        }
        if (!walked) {
            // Every candidate after the cursor, in order a chunk at a time: a partial sort of what is
            // left for each, until the page is full.
            std::vector<quint32> rest;
            query.forEach(0, [&](quint32 r) {
                if (past(r))
                    rest.push_back(r);
                return true;
            });
            const auto less = [&](quint32 a, quint32 b) {
                if (m_price[a] != m_price[b])
                    return descending ? m_price[a] > m_price[b] : m_price[a] < m_price[b];
                return a < b; // records are in id order
            };
            size_t pos = 0;
            while (pos < rest.size() && page.size() < want) {
                const size_t chunk
                    = std::min(rest.size() - pos, c.inStockOnly ? std::max<size_t>(2 * want, 256) : want);
                std::partial_sort(
                    rest.begin() + qsizetype(pos), rest.begin() + qsizetype(pos + chunk), rest.end(), less);
                std::vector<quint32> slice(
                    rest.begin() + qsizetype(pos), rest.begin() + qsizetype(pos + chunk));
                if (c.inStockOnly) {
                    for (const auto &[r, s] : firstInStock(slice, want - page.size()))
                        page.push_back(r);
                } else {
                    page.insert(page.end(), slice.begin(), slice.end());
                }
                pos += chunk;
            }
        }
    } else { // Sort::StockDesc
        // Reading K candidates' stock by id costs about what walking page × catalog / K entries of the
        // (stock, id) index does: read them all while they are that few (Tuning).
        const size_t fetchMax = m_tuning.stockFetchAllMax == 0
            ? 0
            : std::max(m_tuning.stockFetchAllMax, size_t(std::sqrt(double(want) * double(n) / 3)));
        const std::vector<quint32> few = query.collect(0, fetchMax + 1);
        const bool fetchAll = few.size() <= fetchMax;
        if (cap && !c.inStockOnly)
            total = qint64(
                few.size() >= cap || fetchAll ? std::min(few.size(), cap) : query.collect(0, cap).size());
        else if (cap && !fetchAll)
            total = qint64(inStockById(0, cap).size());
        const auto isPast = [&](int stock, qint64 id) {
            return !after || stock < after->first || (stock == after->first && id > after->second);
        };
        if (fetchAll) {
            std::vector<qint64> ids;
            ids.reserve(few.size());
            for (quint32 r : few)
                ids.push_back(m_ids[r]);
            const QHash<qint64, int> stock = readStock(db, ids, batch);
            std::vector<std::pair<int, quint32>> keyed; // (stock, record)
            size_t inStock = 0;
            for (quint32 r : few) {
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
        } else {
            // Many candidates: walk the (stock, id) index as the plain query does, testing each entry
            // (its record's filters and names) as it comes. Two simple ranges a step, each served by
            // the index in order: the rest of the current stock value by id, then the values below
            // it (one OR-ed keyset condition made SQLite sort the table).
            // The immutable filters go into the statement too (not the keyword): the engine skips what
            // they exclude far cheaper than reading each row out (and a category takes its own
            // (cidN, stock, id) index).
            CatalogCriteria filters = c;
            filters.keyword.clear();
            filters.inStockOnly = false;
            QVariantList filterParams;
            const QHash<int, int> levels = CatalogRepository::categoryLevels(db);
            const QString filter = u" AND "_qs
                + CatalogRepository::whereClause(filters, &filterParams, &levels)
                + (c.inStockOnly ? u" AND stock > 0"_qs : QString());
            std::optional<std::pair<qint64, qint64>> from = after;
            // Runs one step; true when it returned a full chunk (more may follow).
            const auto step = [&](const QString &where, QVariantList params, const QString &order) {
                params += filterParams;
                params << m_tuning.stockWalkChunk;
                QSqlQuery q = Sql::exec(db,
                    u"SELECT id, stock FROM catalog_skus WHERE "_qs + where + filter + u" ORDER BY "_qs
                        + order + u" LIMIT ?"_qs,
                    params);
                int rows = 0;
                while (page.size() < want && q.next()) {
                    ++rows;
                    const qint64 id = q.value(0).toLongLong();
                    from = std::pair {q.value(1).toLongLong(), id};
                    const size_t r = size_t(
                        std::lower_bound(m_ids.begin(), m_ids.begin() + qsizetype(n), id) - m_ids.begin());
                    if (r < n && m_ids[r] == id && query.matches(r))
                        page.push_back(quint32(r));
                }
                return rows == m_tuning.stockWalkChunk;
            };
            while (page.size() < want) {
                if (from && step(u"stock = ? AND id > ?"_qs, {from->first, from->second}, u"id"_qs))
                    continue; // more of this stock value
                if (page.size() >= want)
                    break;
                const bool more = from ? step(u"stock < ?"_qs, {from->first}, u"stock DESC, id"_qs)
                                       : step(u"1=1"_qs, {}, u"stock DESC, id"_qs);
                if (!more)
                    break;
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
