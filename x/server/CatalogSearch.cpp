#include "CatalogSearch.h"

#include "domain/CatalogCriteria.h"

#include <QSet>

namespace Kepler::Server::CatalogSearch {
namespace {

// Trigrams need three characters (code points, as SQLite counts them); shorter keywords are
// looked up as one token of the grams table.
bool isShort(const QString &folded)
{
    qsizetype codePoints = 0;
    for (qsizetype i = 0; i < folded.size(); ++i)
        codePoints += folded.at(i).isLowSurrogate() && i > 0 && folded.at(i - 1).isHighSurrogate() ? 0 : 1;
    return codePoints < 3;
}

// hex(substr(text, i, n)) as SQLite writes it: the UTF-8 bytes, upper-case hex.
QString token(QStringView text)
{
    return QString::fromLatin1(text.toUtf8().toHex().toUpper());
}

void addGrams(const QString &folded, QSet<QString> *out)
{
    // Positions of code points, so a surrogate pair stays one character as in SQLite's substr.
    QList<qsizetype> starts;
    for (qsizetype i = 0; i < folded.size(); ++i)
        if (!(folded.at(i).isLowSurrogate() && i > 0 && folded.at(i - 1).isHighSurrogate()))
            starts.append(i);
    starts.append(folded.size());
    for (qsizetype k = 0; k + 1 < starts.size(); ++k) {
        out->insert(token(QStringView(folded).mid(starts[k], starts[k + 1] - starts[k])));
        if (k + 2 < starts.size())
            out->insert(token(QStringView(folded).mid(starts[k], starts[k + 2] - starts[k])));
    }
}

// An FTS5 string: the text between double quotes, quotes doubled. Inside it nothing is syntax.
QString quoted(const QString &text)
{
    QString q = text;
    q.replace(u'"', u"\"\""_qs);
    return u'"' + q + u'"';
}

} // namespace

Writer::Writer(const QSqlDatabase &db)
{
    if (!hasIndex(db))
        return;
    m_text.emplace(db, u"INSERT INTO catalog_sku_text (rowid, name, name_en) VALUES (?, ?, ?)"_qs);
    m_grams.emplace(db, u"INSERT INTO catalog_sku_grams (rowid, grams) VALUES (?, ?)"_qs);
    // Contentless tables forget the text: a row is removed by giving back what was indexed.
    m_textDelete.emplace(db,
        u"INSERT INTO catalog_sku_text (catalog_sku_text, rowid, name, name_en) VALUES ('delete', ?, ?, ?)"_qs);
    m_gramsDelete.emplace(
        db, u"INSERT INTO catalog_sku_grams (catalog_sku_grams, rowid, grams) VALUES ('delete', ?, ?)"_qs);
}

void Writer::add(qint64 id, const QString &name, const QString &nameEn)
{
    if (!m_text)
        return;
    m_text->run({id, CatalogKeyword::fold(name), CatalogKeyword::fold(nameEn)});
    m_grams->run({id, grams(name, nameEn)});
}

void Writer::remove(qint64 id, const QString &name, const QString &nameEn)
{
    if (!m_text)
        return;
    m_textDelete->run({id, CatalogKeyword::fold(name), CatalogKeyword::fold(nameEn)});
    m_gramsDelete->run({id, grams(name, nameEn)});
}

bool hasIndex(const QSqlDatabase &db)
{
    return db.driverName() == u"QSQLITE"_qs;
}

QString grams(const QString &name, const QString &nameEn)
{
    QSet<QString> set;
    addGrams(CatalogKeyword::fold(name), &set);
    addGrams(CatalogKeyword::fold(nameEn), &set);
    QStringList list(set.cbegin(), set.cend());
    return list.join(u' ');
}

QString keywordCondition(const QString &keyword, QVariantList *params)
{
    const QString folded = CatalogKeyword::fold(keyword);
    params->append(folded);
    params->append(folded);
    return u"(instr(lower(name), ?) > 0 OR instr(lower(name_en), ?) > 0)"_qs;
}

QString matchingIds(const QSqlDatabase &db, const QString &keyword, QVariantList *params)
{
    if (!hasIndex(db))
        return u"SELECT id AS sku_id FROM catalog_skus WHERE "_qs + keywordCondition(keyword, params);
    return matchingIds(keyword, params);
}

QString matchingIds(const QString &keyword, QVariantList *params)
{
    const QString folded = CatalogKeyword::fold(keyword);
    if (isShort(folded)) {
        params->append(quoted(token(folded)));
        return u"SELECT rowid AS sku_id FROM catalog_sku_grams WHERE catalog_sku_grams MATCH ?"_qs;
    }
    params->append(quoted(folded));
    return u"SELECT rowid AS sku_id FROM catalog_sku_text WHERE catalog_sku_text MATCH ?"_qs;
}

qint64 probe(const QSqlDatabase &db, const QString &keyword, qint64 cap)
{
    QVariantList params;
    const QString ids = matchingIds(db, keyword, &params);
    params.append(cap);
    return Sql::scalar(db, u"SELECT COUNT(*) FROM ("_qs + ids + u" LIMIT ?) m"_qs, params);
}

} // namespace Kepler::Server::CatalogSearch
