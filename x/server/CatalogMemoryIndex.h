#pragma once

#include "CatalogRepository.h"

#include <QSqlDatabase>

#include <atomic>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Kepler::Server {

class Database;

// Keyword search over the catalog held in the service's memory (issue 5: p99 under 50 ms per page
// on 1M SKUs, keywords included). A SKU's names and its filter and sort fields other than stock
// never change once seeded (the only writes to catalog_skus are the seed's INSERTs and the
// gateway's stock UPDATEs), so they are loaded once: the names folded as CatalogKeyword::fold does,
// as UTF-8 in one contiguous buffer, and an n-gram posting index over them — for every code point
// and every pair of adjacent code points of either name, the ascending records that hold it. A
// keyword of one or two code points is one posting list (exact); a longer one intersects the lists
// of its pairs, smallest first, and tests each candidate with the real substring test, so the
// answer is exactly CatalogKeyword::occursIn's. The immutable filters are tested on each candidate.
// Price sorts walk a (price, id) order of all records when the keyword is dense, else sort the
// candidates. Stock changes with every order, so it is never held here: for inStock and sort=-stock
// it is read from the request's own transaction, only for the candidates the page needs. The
// page's rows are read by id from SQL, so what the client sees is the database's, current.
// Engine-neutral SQL only (no FTS5): PostgreSQL (issue 8) runs it unchanged.
// A future rename or delete of a SKU must reload the index (ids only grow today: SKUs seeded after
// the load are appended on the first query that sees them).
// Thread-safe: queries share a lock, appending takes it alone.
class CatalogMemoryIndex
{
public:
    CatalogMemoryIndex() = default;
    ~CatalogMemoryIndex(); // stops and joins the loader
    CatalogMemoryIndex(const CatalogMemoryIndex &) = delete;
    CatalogMemoryIndex &operator=(const CatalogMemoryIndex &) = delete;

    // Loads the catalog on a thread of its own (its own connection); ready() when done. Until then
    // callers take the SQL path.
    void startLoading(Database *database);
    // Loads now on the caller's connection (tests).
    void load(const QSqlDatabase &db);
    bool ready() const { return m_ready.load(std::memory_order_acquire); }
    qint64 size() const;
    // Bytes held: names, filter columns, price order and posting lists (capacity, not size).
    qint64 memoryBytes() const;

    struct Result
    {
        CatalogRepository::Page page;
        qint64 total = -1; // with countCap > 0: how many match, counted to countCap
    };
    // What CatalogRepository::list(db, criteria, sort, limit, after) pages — the same rows, order
    // and cursors — and with countCap > 0 what count(db, criteria, countCap) says, in the request's
    // transaction `db`. Only for a non-empty keyword, once ready().
    Result search(const QSqlDatabase &db, const CatalogCriteria &criteria, CatalogRepository::Sort sort,
        int limit, std::optional<std::pair<qint64, qint64>> after, qint64 countCap = 0);

    // The ids after `afterId`, ascending, at most `max`, of the SKUs whose names hold the criteria's
    // keyword and that pass its filters other than inStock (the gateway's search: its pools' clauses
    // are applied in SQL on these). Only for a non-empty keyword, once ready().
    std::vector<qint64> matchingIds(
        const QSqlDatabase &db, const CatalogCriteria &criteria, qint64 afterId, size_t max);

    // sort=-stock: up to stockFetchAllMax candidates, or more while their square stays under a
    // third of the page times the catalog (reading K stocks by id costs about what walking
    // page × catalog / K index entries does: ≈ 5,800 on 1M SKUs at 101 rows; 0: never), their stock
    // is read by id and they are sorted here; with more, the (stock, id) index is walked
    // stockWalkChunk entries per statement, each entry tested as it comes.
    // Price sorts walk the price order of all records, testing each, when the estimated matches
    // (the smallest posting list's size times the share of a sample of it that matches) promise a
    // full page within the walk's budget: priceWalkMax records, and at most the smallest list's
    // size / priceWalkShare (0: no such bound); the walk is given up past the budget. Otherwise
    // every candidate is collected and the page picked by a partial sort.
    // A longer keyword intersects at most intersectLists posting lists (the substring test does the
    // rest); stock is read at most stockBatch ids per statement. Tests shrink them all to take every
    // path on a small catalog.
    struct Tuning
    {
        size_t stockFetchAllMax = 2000;
        int stockWalkChunk = 4096;
        size_t priceWalkMax = 60000;
        size_t intersectLists = 4;
        size_t stockBatch = 500;
        size_t priceWalkShare = 5;
    };
    void setTuning(Tuning tuning) { m_tuning = tuning; }

private:
    class Query; // one keyword and its filters over the index (CatalogMemoryIndex.cpp)
    friend class Query;

    void append(const QSqlDatabase &db, qint64 upToId); // SKUs after the last loaded, to upToId
    void catchUp(const QSqlDatabase &db, qint64 visibleMaxId);
    void addGrams(quint32 record, const QString &name, const QString &nameEn);
    void shrink(); // after the load: posting lists to their size
    qint64 memoryBytesLocked() const;
    // How many records the transaction sees (those up to its MAX(id)), the index caught up to them.
    // The caller then takes the shared lock.
    qint64 visibleMaxId(const QSqlDatabase &db);

    // Record i's text is [start[i], start[i + 1]): its folded name, a 0 byte, its folded English
    // name, a 0 byte; the English name starts at enStart[i].
    std::vector<qint64> m_ids; // ascending
    std::vector<quint32> m_start {0};
    std::vector<quint32> m_enStart;
    std::string m_text;
    std::vector<qint32> m_cid1, m_cid2, m_cid3, m_brand;
    std::vector<qint64> m_price;
    std::vector<quint8> m_flags; // bit 0: on sale; bit 1: marketplace
    std::vector<quint32> m_byPrice; // records by (list price, id)
    // Gram (CatalogMemoryIndex.cpp: gramKey) -> its posting list, the ascending records holding it.
    std::unordered_map<quint64, std::vector<quint32>> m_postings;

    Tuning m_tuning;
    mutable std::shared_mutex m_mutex;
    std::atomic<bool> m_ready {false};
    std::atomic<bool> m_stop {false};
    std::thread m_loader;
};

} // namespace Kepler::Server
