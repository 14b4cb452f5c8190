#pragma once

#include "CatalogRepository.h"

#include <QSqlDatabase>

#include <atomic>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <vector>

namespace Kepler::Server {

class Database;

// Keyword search over the catalog held in the service's memory (issue 5: p99 under 50 ms per page
// on 1M SKUs, keywords included). A SKU's names and its filter and sort fields other than stock
// never change once seeded (the only writes to catalog_skus are the seed's INSERTs and the
// gateway's stock UPDATEs), so they are loaded once — the names folded as CatalogKeyword::fold
// does, as UTF-8 in one contiguous buffer — and a keyword is one memmem pass over it (≈ 60 MB for
// 1M SKUs), the immutable filters tested on each hit. Stock changes with every order, so it is
// never held here: for inStock and sort=-stock it is read from the request's own transaction, only
// for the candidates the page needs. The page's rows are read by id from SQL, so what the client
// sees is the database's, current. Engine-neutral SQL only (no FTS5): PostgreSQL (issue 8) runs it
// unchanged.
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

    // sort=-stock: up to stockFetchAllMax candidates their stock is read by id and they are sorted
    // here; with more, the (stock, id) index is walked stockWalkChunk entries per statement, each
    // entry tested against the candidates. Tests shrink both to take every path on a small catalog.
    struct Tuning
    {
        size_t stockFetchAllMax = 6000;
        int stockWalkChunk = 4096;
    };
    void setTuning(Tuning tuning) { m_tuning = tuning; }

private:
    void append(const QSqlDatabase &db, qint64 upToId); // SKUs after the last loaded, to upToId
    void catchUp(const QSqlDatabase &db, qint64 visibleMaxId);

    // Record i's text is [start[i], start[i + 1]): its folded name, a 0 byte, its folded English
    // name, a 0 byte; the English name starts at enStart[i].
    std::vector<qint64> m_ids; // ascending
    std::vector<quint32> m_start {0};
    std::vector<quint32> m_enStart;
    std::string m_text;
    std::vector<qint32> m_cid1, m_cid2, m_cid3, m_brand;
    std::vector<qint64> m_price;
    std::vector<quint8> m_flags; // bit 0: on sale; bit 1: marketplace

    Tuning m_tuning;
    mutable std::shared_mutex m_mutex;
    std::atomic<bool> m_ready {false};
    std::atomic<bool> m_stop {false};
    std::thread m_loader;
};

} // namespace Kepler::Server
