#pragma once

#include "Sql.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <optional>

namespace Kepler::Server {

// Keyword search over the catalog's SKU names (issue 5), SQLite side: two FTS5 tables that
// migration 7 creates, fed the names as CatalogKeyword::fold lowers them.
//  - catalog_sku_text (trigram tokenizer, case-sensitive on the folded text, contentless): a keyword
//    of 3 or more characters is a phrase of its trigrams, i.e. exactly a substring of either name.
//  - catalog_sku_grams (contentless, detail=none): every distinct 1- and 2-character substring of
//    each name as a token (the hex of its UTF-8, as SQLite's hex(substr(…)) spells it, so migration
//    7 can fill it in SQL): 手机, 茶, 5g — the words trigrams cannot find.
// Both answer exactly the rows CatalogKeyword::occursIn accepts; the repository still adds the
// plain SQL check (keywordCondition), so every plan filters with the same predicate.
// PostgreSQL has neither table: there matchingIds is keywordCondition over catalog_skus itself (a
// scan, with the same answers), the Writer writes nothing, and the repository plans a scan.
namespace CatalogSearch {

// Writes the index rows of one SKU. Every write of catalog_skus' names goes through it (today
// only the demo seed writes SKUs): add after an INSERT, remove with the names it was added with
// before a DELETE, both around an UPDATE of a name.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db);
    void add(qint64 id, const QString &name, const QString &nameEn);
    void remove(qint64 id, const QString &name, const QString &nameEn);

private:
    // Empty on PostgreSQL (no index tables).
    std::optional<Sql::Prepared> m_text;
    std::optional<Sql::Prepared> m_grams;
    std::optional<Sql::Prepared> m_textDelete;
    std::optional<Sql::Prepared> m_gramsDelete;
};

// True when the connection has the index tables (SQLite).
bool hasIndex(const QSqlDatabase &db);

// The grams column of a SKU: its names' distinct 1- and 2-character substrings as tokens.
QString grams(const QString &name, const QString &nameEn);

// "(instr(lower(name), ?) > 0 OR instr(lower(name_en), ?) > 0)" with the folded keyword appended
// twice: the exact rule, on catalog_skus' own columns (instr takes the text literally, so % and _
// need no escaping, unlike LIKE).
QString keywordCondition(const QString &keyword, QVariantList *params);

// "SELECT rowid AS sku_id FROM <table> WHERE <table> MATCH ?" for the keyword, its parameter appended: the
// ids of the SKUs it matches, from the index.
// On PostgreSQL: "SELECT id AS sku_id FROM catalog_skus WHERE <keywordCondition>" (same ids, a scan).
QString matchingIds(const QSqlDatabase &db, const QString &keyword, QVariantList *params);
// The SQLite form (FTS5 tables) whatever the connection.
QString matchingIds(const QString &keyword, QVariantList *params);

// How many SKUs the index says match, counting at most `cap` (cheap: it stops at the cap).
qint64 probe(const QSqlDatabase &db, const QString &keyword, qint64 cap);

} // namespace CatalogSearch

} // namespace Kepler::Server
