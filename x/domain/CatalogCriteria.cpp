#include "CatalogCriteria.h"

#include "ErrorCode.h"

#include <algorithm>

#include <QJsonArray>

namespace Kepler {
namespace {

QList<int> intsFromJson(const QJsonValue &value, const QString &field, FieldErrors *errors)
{
    QList<int> out;
    if (value.isUndefined() || value.isNull())
        return out;
    const QJsonArray array = value.toArray();
    if (!value.isArray() || array.size() > CatalogLimits::ListItemsMax) {
        errors->append({field, u"invalid_value"_qs, u"an array of at most 500 ids"_qs});
        return out;
    }
    for (const QJsonValue &v : array) {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d > std::numeric_limits<int>::max() || d != double(int(d))) {
            errors->append({field, u"invalid_value"_qs, u"ids are positive integers"_qs});
            return {};
        }
        if (!out.contains(int(d)))
            out.append(int(d));
    }
    return out;
}

QList<int> intsFromText(const QString &text, const QString &field, FieldErrors *errors)
{
    QJsonArray array;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok) {
            errors->append({field, u"invalid_value"_qs, u"comma-separated ids"_qs});
            return {};
        }
        array.append(id);
    }
    return intsFromJson(array, field, errors);
}

QString joined(const QList<int> &ids)
{
    QStringList parts;
    for (int id : ids)
        parts.append(QString::number(id));
    return parts.join(u',');
}

std::optional<qint64> fenFromText(const QString &text, const QString &field, FieldErrors *errors)
{
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 fen = text.toLongLong(&ok);
    if (!ok || fen < 0) {
        errors->append({field, u"invalid_value"_qs, u"an amount in fen, 0 or more"_qs});
        return std::nullopt;
    }
    return fen;
}

// maxField: the name the caller sent the highest price under ("priceMaxFen" in a JSON body,
// "priceMax" in a URL query), so the console can put the answer next to that field.
void checkRange(const CatalogCriteria &c, const QString &maxField, FieldErrors *errors)
{
    if (c.priceMinFen && c.priceMaxFen && *c.priceMinFen > *c.priceMaxFen)
        errors->append({maxField, QString::fromLatin1(ErrorCode::MinAboveMaxField),
            u"the lowest price is above the highest"_qs});
    if (c.keyword.size() > CatalogLimits::KeywordMax)
        errors->append({u"keyword"_qs, u"too_long"_qs, u"at most 64 characters"_qs});
    // No name holds a control character, and the full-text index cannot take a NUL in a query:
    // such a keyword is a mistake to point out, not a search that finds nothing.
    if (std::any_of(c.keyword.cbegin(), c.keyword.cend(),
            [](QChar ch) { return ch.category() == QChar::Other_Control; }))
        errors->append({u"keyword"_qs, u"invalid_value"_qs, u"must not contain control characters"_qs});
}

} // namespace

QString CatalogKeyword::fold(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    return out;
}

bool CatalogKeyword::occursIn(const QString &foldedKeyword, const QString &text)
{
    return fold(text).contains(foldedKeyword, Qt::CaseSensitive);
}

bool CatalogCriteria::matches(const CatalogSku &s) const
{
    if (!categories.isEmpty() && !categories.contains(s.cid1) && !categories.contains(s.cid2)
        && !categories.contains(s.cid3))
        return false;
    if (!brands.isEmpty() && !brands.contains(s.brandId))
        return false;
    if (owner && s.owner != *owner)
        return false;
    if ((priceMinFen && s.listPriceFen < *priceMinFen) || (priceMaxFen && s.listPriceFen > *priceMaxFen))
        return false;
    if ((inStockOnly && s.stock <= 0) || (onSaleOnly && !s.onSale))
        return false;
    if (!keyword.isEmpty()) {
        const QString folded = CatalogKeyword::fold(keyword);
        if (!CatalogKeyword::occursIn(folded, s.name) && !CatalogKeyword::occursIn(folded, s.nameEn))
            return false;
    }
    return true;
}

bool CatalogCriteria::isEmpty() const
{
    return *this == CatalogCriteria {};
}

QJsonObject CatalogCriteria::toJson() const
{
    QJsonObject o;
    o.insert(
        u"categories"_qs, QJsonArray::fromVariantList(QVariantList(categories.cbegin(), categories.cend())));
    o.insert(u"brands"_qs, QJsonArray::fromVariantList(QVariantList(brands.cbegin(), brands.cend())));
    o.insert(u"owner"_qs, owner ? QJsonValue(toString(*owner)) : QJsonValue());
    o.insert(u"priceMinFen"_qs, priceMinFen ? QJsonValue(*priceMinFen) : QJsonValue());
    o.insert(u"priceMaxFen"_qs, priceMaxFen ? QJsonValue(*priceMaxFen) : QJsonValue());
    o.insert(u"inStockOnly"_qs, inStockOnly);
    o.insert(u"keyword"_qs, keyword);
    o.insert(u"onSaleOnly"_qs, onSaleOnly);
    return o;
}

std::optional<CatalogCriteria> CatalogCriteria::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    static const QStringList known {u"categories"_qs, u"brands"_qs, u"owner"_qs, u"priceMinFen"_qs,
        u"priceMaxFen"_qs, u"inStockOnly"_qs, u"keyword"_qs, u"onSaleOnly"_qs};
    FieldErrors found;
    for (const QString &key : json.keys())
        if (!known.contains(key))
            found.append({key, u"unknown_field"_qs, u"not a catalog criterion"_qs});
    CatalogCriteria c;
    c.categories = intsFromJson(json.value(u"categories"_qs), u"categories"_qs, &found);
    c.brands = intsFromJson(json.value(u"brands"_qs), u"brands"_qs, &found);
    if (const QJsonValue owner = json.value(u"owner"_qs); !owner.isUndefined() && !owner.isNull()) {
        c.owner = skuOwnerFromString(owner.toString());
        if (!c.owner)
            found.append({u"owner"_qs, u"invalid_value"_qs, u"self or marketplace"_qs});
    }
    for (const auto &[key, target] :
        {std::pair {u"priceMinFen"_qs, &c.priceMinFen}, {u"priceMaxFen"_qs, &c.priceMaxFen}}) {
        const QJsonValue v = json.value(key);
        if (v.isUndefined() || v.isNull())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 0 || d > 9e15 || d != double(qint64(d)))
            found.append({key, u"invalid_value"_qs, u"an amount in fen, 0 or more"_qs});
        else
            *target = qint64(d);
    }
    for (const auto &[key, target] :
        {std::pair {u"inStockOnly"_qs, &c.inStockOnly}, {u"onSaleOnly"_qs, &c.onSaleOnly}}) {
        const QJsonValue v = json.value(key);
        if (v.isBool())
            *target = v.toBool();
        else if (!v.isUndefined() && !v.isNull())
            found.append({key, u"wrong_type"_qs, u"must be true or false"_qs});
    }
    if (const QJsonValue keyword = json.value(u"keyword"_qs); keyword.isString())
        c.keyword = keyword.toString().trimmed();
    else if (!keyword.isUndefined() && !keyword.isNull())
        found.append({u"keyword"_qs, u"wrong_type"_qs, u"must be a string"_qs});
    checkRange(c, u"priceMaxFen"_qs, &found);
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return c;
}

void CatalogCriteria::addToUrlQuery(QUrlQuery *q) const
{
    if (!categories.isEmpty())
        q->addQueryItem(u"categories"_qs, joined(categories));
    if (!brands.isEmpty())
        q->addQueryItem(u"brands"_qs, joined(brands));
    if (owner)
        q->addQueryItem(u"owner"_qs, toString(*owner));
    if (priceMinFen)
        q->addQueryItem(u"priceMin"_qs, QString::number(*priceMinFen));
    if (priceMaxFen)
        q->addQueryItem(u"priceMax"_qs, QString::number(*priceMaxFen));
    if (inStockOnly)
        q->addQueryItem(u"inStock"_qs, u"true"_qs);
    if (!onSaleOnly)
        q->addQueryItem(u"onSale"_qs, u"any"_qs);
    if (!keyword.isEmpty())
        q->addQueryItem(u"q"_qs, QString::fromUtf8(QUrl::toPercentEncoding(keyword)));
}

std::optional<CatalogCriteria> CatalogCriteria::fromUrlQuery(const QUrlQuery &q, FieldErrors *errors)
{
    FieldErrors found;
    CatalogCriteria c;
    const auto value = [&](const QString &key) {
        return q.queryItemValue(key, QUrl::FullyDecoded).trimmed();
    };
    c.categories = intsFromText(value(u"categories"_qs), u"categories"_qs, &found);
    c.brands = intsFromText(value(u"brands"_qs), u"brands"_qs, &found);
    if (const QString owner = value(u"owner"_qs); !owner.isEmpty()) {
        c.owner = skuOwnerFromString(owner);
        if (!c.owner)
            found.append({u"owner"_qs, u"invalid_value"_qs, u"self or marketplace"_qs});
    }
    c.priceMinFen = fenFromText(value(u"priceMin"_qs), u"priceMin"_qs, &found);
    c.priceMaxFen = fenFromText(value(u"priceMax"_qs), u"priceMax"_qs, &found);
    if (const QString stock = value(u"inStock"_qs); !stock.isEmpty()) {
        if (stock != u"true" && stock != u"false")
            found.append({u"inStock"_qs, u"invalid_value"_qs, u"true or false"_qs});
        c.inStockOnly = stock == u"true";
    }
    if (const QString sale = value(u"onSale"_qs); !sale.isEmpty()) {
        if (sale != u"any" && sale != u"true")
            found.append({u"onSale"_qs, u"invalid_value"_qs, u"true or any"_qs});
        c.onSaleOnly = sale != u"any";
    }
    c.keyword = value(u"q"_qs);
    checkRange(c, u"priceMax"_qs, &found);
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return c;
}

} // namespace Kepler
