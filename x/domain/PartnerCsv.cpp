#include "PartnerCsv.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace Kepler::PartnerCsv {
namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QJsonValue valueAt(const QJsonObject &json, const QString &path)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0)
        return json.value(path);
    return json.value(path.left(dot)).toObject().value(path.mid(dot + 1));
}

QString quoted(const QString &text)
{
    static const QRegularExpression special(u"[\",\r\n]"_qs);
    // A leading space or "=" is kept as text too, so Excel neither trims it nor runs a formula.
    if (!text.contains(special) && !text.startsWith(u' ') && !text.startsWith(u'='))
        return text;
    QString out = text;
    out.replace(u'"', u"\"\""_qs);
    return u'"' + out + u'"';
}

} // namespace

bool looksLikeFormula(QStringView text)
{
    static const QString starters = u"=+-@\t\r"_qs;
    return !text.isEmpty() && starters.contains(text.front());
}

QString neutralised(const QString &text)
{
    // Spreadsheets run a cell that starts with = + - @ as a formula (CSV injection, e.g.
    // "=HYPERLINK(...)" in a partner's name); a leading apostrophe makes it text. Import strips it.
    return looksLikeFormula(text) ? u'\'' + text : text;
}

const QList<Column> &columns()
{
    static const QList<Column> list = {
        {u"id"_qs, u"id"_qs, CellKind::Integer, false},
        {u"name"_qs, u"name"_qs},
        {u"nameEn"_qs, u"nameEn"_qs},
        {u"mode"_qs, u"mode"_qs},
        {u"scenario"_qs, u"scenario"_qs},
        {u"status"_qs, u"status"_qs, CellKind::Text, false},
        {u"contactName"_qs, u"contact.name"_qs},
        {u"contactEmail"_qs, u"contact.email"_qs},
        {u"contactPhone"_qs, u"contact.phone"_qs},
        {u"commissionBps"_qs, u"commissionBps"_qs, CellKind::Integer},
        {u"group"_qs, u"group"_qs, CellKind::OptionalText},
        {u"rateLimit"_qs, u"rateLimit"_qs, CellKind::OptionalInteger},
        {u"dailyOrderCap"_qs, u"dailyOrderCap"_qs, CellKind::OptionalInteger},
        {u"tags"_qs, u"tags"_qs, CellKind::List},
        {u"version"_qs, u"version"_qs, CellKind::Integer, false},
    };
    return list;
}

QStringList requiredHeaders()
{
    return {u"name"_qs, u"mode"_qs, u"scenario"_qs};
}

QString headerForField(const QString &jsonPath)
{
    for (const Column &c : columns())
        if (c.jsonPath == jsonPath)
            return c.header;
    return jsonPath;
}

QString cell(const Column &column, const QJsonObject &partnerJson)
{
    const QJsonValue v = valueAt(partnerJson, column.jsonPath);
    switch (column.kind) {
    case CellKind::Text:
    case CellKind::OptionalText:
        return neutralised(v.toString());
    case CellKind::Integer:
    case CellKind::OptionalInteger:
        // Range-checked before any cast (a double beyond qint64 cast to it is undefined behaviour).
        if (const std::optional<qint64> n
            = wholeNumber(v, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()))
            return QString::number(*n);
        return v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : QString();
    case CellKind::List: {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items.append(item.toString());
        return neutralised(items.join(u';'));
    }
    }
    return {};
}

QByteArray header()
{
    QStringList names;
    for (const Column &c : columns())
        names.append(c.header);
    return kBom + names.join(u',').toUtf8() + "\r\n";
}

QByteArray row(const Partner &partner)
{
    const QJsonObject json = partner.toJson();
    QStringList cells;
    for (const Column &c : columns())
        cells.append(quoted(cell(c, json)));
    return cells.join(u',').toUtf8() + "\r\n";
}

QByteArray encode(const QList<Partner> &partners)
{
    QByteArray out = header();
    for (const Partner &p : partners)
        out += row(p);
    return out;
}

QList<Record> parseRecords(const QString &text, int *badLine, int maxRecords)
{
    QList<Record> records;
    Record current;
    QString field;
    int line = 1;
    bool inQuotes = false, afterQuote = false, fieldStarted = false;
    current.line = 1;
    int quoteLine = 0;
    const auto endField = [&] {
        current.cells.append(field);
        field.clear();
        afterQuote = fieldStarted = false;
    };
    const auto endRecord = [&](int lastLine) {
        endField();
        current.lastLine = lastLine;
        if (!(current.cells.size() == 1 && current.cells.constFirst().isEmpty() && !current.malformed))
            records.append(current); // blank lines are skipped
        current = Record {};
        current.line = lastLine + 1;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (maxRecords >= 0 && records.size() >= maxRecords)
            return records;
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                    afterQuote = true;
                }
            } else if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                continue; // CRLF inside a cell is stored as LF, whichever system wrote the file
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
        } else if (c == u',') {
            endField();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord(line);
            ++line;
        } else if (c == u'"' && !fieldStarted) {
            inQuotes = fieldStarted = true;
            quoteLine = line;
        } else {
            if (afterQuote)
                current.malformed = true; // `"a"b`: RFC 4180 allows nothing after the closing quote
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes) {
        *badLine = quoteLine;
        return records;
    }
    if (fieldStarted || !current.cells.isEmpty() || !field.isEmpty())
        endRecord(line);
    return records;
}

} // namespace Kepler::PartnerCsv
