#include "PartnerCsv.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

// Import side of the partner CSV: bytes → records → typed rows. Validation of the values
// (lengths, ranges, known modes) is PartnerValidator's, on the service.
namespace Kepler::PartnerCsv {
namespace {

const QByteArray kBom("\xEF\xBB\xBF");

void setValueAt(QJsonObject *json, const QString &path, const QJsonValue &value)
{
    const qsizetype dot = path.indexOf(u'.');
    if (dot < 0) {
        json->insert(path, value);
        return;
    }
    const QString key = path.left(dot);
    QJsonObject inner = json->value(key).toObject();
    inner.insert(path.mid(dot + 1), value);
    json->insert(key, inner);
}

std::optional<qint64> parseInteger(const QString &text)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}

// Decodes line by line, so a bad byte sequence is reported with its line and spoils only the
// records that touch that line. Splitting at '\n' is safe: 0x0A never occurs inside a UTF-8
// multi-byte sequence.
QString decodeUtf8(QByteArray bytes, QSet<int> *badLines)
{
    if (bytes.startsWith(kBom))
        bytes.remove(0, kBom.size());
    QStringDecoder whole(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    QString text = whole.decode(bytes);
    if (!whole.hasError())
        return text; // the common case: one pass
    text.clear();
    int line = 1;
    for (const QByteArray &chunk : bytes.split('\n')) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
        const QString part = decoder.decode(chunk);
        if (decoder.hasError())
            badLines->insert(line);
        if (line > 1)
            text += u'\n';
        text += part;
        ++line;
    }
    return text;
}

void readCell(const Column &column, const QString &cellText, Row *row)
{
    // An exported cell that would have run as a formula carries an apostrophe: take it off.
    const bool textual = column.kind == CellKind::Text || column.kind == CellKind::OptionalText
        || column.kind == CellKind::List;
    const QString text
        = textual && cellText.startsWith(u'\'') && looksLikeFormula(QStringView(cellText).mid(1))
        ? cellText.mid(1)
        : cellText;
    switch (column.kind) {
    case CellKind::Text:
        setValueAt(&row->fields, column.jsonPath, text);
        break;
    case CellKind::OptionalText:
        setValueAt(&row->fields, column.jsonPath,
            text.trimmed().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text));
        break;
    case CellKind::Integer:
    case CellKind::OptionalInteger:
        if (text.trimmed().isEmpty()) {
            if (column.kind == CellKind::OptionalInteger)
                setValueAt(&row->fields, column.jsonPath, QJsonValue::Null);
        } else if (const auto v = parseInteger(text)) {
            setValueAt(&row->fields, column.jsonPath, double(*v));
        } else {
            row->errors.append({column.header, u"wrong_type"_qs, u"must be a whole number"_qs});
        }
        break;
    case CellKind::List: {
        QStringList items;
        for (const QString &item : text.split(QRegularExpression(u"[;|]"_qs)))
            if (!item.trimmed().isEmpty())
                items.append(item.trimmed());
        setValueAt(&row->fields, column.jsonPath, QJsonArray::fromStringList(items));
        break;
    }
    }
}

// The bookkeeping cells: id, version and status are not editable fields.
void readKeyCells(const QString &header, const QString &text, Row *row)
{
    if (text.trimmed().isEmpty())
        return;
    if (header == u"status"_qs) {
        row->status = text.trimmed();
        return;
    }
    const auto v = parseInteger(text);
    if (!v || *v < 1 || *v > std::numeric_limits<int>::max())
        row->errors.append({header, u"wrong_type"_qs, u"must be a positive whole number"_qs});
    else if (header == u"id"_qs)
        row->id = *v;
    else
        row->version = int(*v);
}

} // namespace

Document decode(const QByteArray &bytes, int maxRows)
{
    Document doc;
    QSet<int> badLines;
    const QString text = decodeUtf8(bytes, &badLines);
    int unterminated = 0;
    // The header, the rows allowed, and one more to know the file is too long.
    QList<Record> records = parseRecords(text, &unterminated, maxRows < 0 ? -1 : maxRows + 2);
    const auto fail = [&doc](const char *code, const QString &message, int line) {
        doc.errorCode = QString::fromLatin1(code);
        doc.error = message;
        doc.errorLine = line;
        doc.rows.clear();
        return doc;
    };
    if (records.isEmpty())
        return fail("empty", u"The file holds no header line"_qs, 1);
    if (maxRows >= 0 && records.size() > maxRows + 1)
        return fail("too_many",
            u"The file has more than %1 rows; import at most %1 at a time"_qs.arg(maxRows),
            records.constLast().line);
    const Record head = records.takeFirst();
    for (int l = head.line; l <= head.lastLine; ++l)
        if (badLines.contains(l))
            return fail("invalid_encoding", u"Line %1 is not valid UTF-8"_qs.arg(l), l);

    // Which column each cell is; -1 for id/version/status, which are handled apart.
    QList<const Column *> byIndex;
    QStringList unknown;
    for (const QString &raw : head.cells) {
        const QString name = raw.trimmed();
        const Column *found = nullptr;
        for (const Column &c : columns())
            if (c.header.compare(name, Qt::CaseInsensitive) == 0)
                found = &c;
        if (!found || doc.headers.contains(found->header))
            unknown.append(name); // a repeated column is as suspicious as an unknown one
        else
            doc.headers.append(found->header);
        byIndex.append(found);
    }
    doc.errorColumns = unknown;
    if (!unknown.isEmpty())
        return fail("unknown_columns",
            u"Unknown or repeated columns: %1. Known columns: %2"_qs.arg(unknown.join(u", "_qs),
                [] {
                    QStringList all;
                    for (const Column &c : columns())
                        all.append(c.header);
                    return all.join(u", "_qs);
                }()),
            head.line);
    QStringList missing;
    for (const QString &required : requiredHeaders())
        if (!doc.headers.contains(required))
            missing.append(required);
    if (doc.headers.contains(u"id"_qs) && !doc.headers.contains(u"version"_qs))
        missing.append(u"version"_qs); // updates need it to detect lost updates
    doc.errorColumns = missing;
    if (!missing.isEmpty())
        return fail("missing_columns", u"Missing columns: %1"_qs.arg(missing.join(u", "_qs)), head.line);
    if (unterminated)
        return fail("malformed_csv", u"The quoted cell starting on line %1 never ends"_qs.arg(unterminated),
            unterminated);

    doc.rows.reserve(records.size());
    for (const Record &r : records) {
        Row row;
        row.line = r.line;
        for (int l = r.line; l <= r.lastLine; ++l)
            if (badLines.contains(l))
                row.errors.append(
                    {QString(), u"invalid_encoding"_qs, u"line %1 is not valid UTF-8"_qs.arg(l)});
        if (r.malformed)
            row.errors.append({QString(), u"malformed_csv"_qs, u"text after a closing quote"_qs});
        qsizetype used = r.cells.size();
        while (used > byIndex.size() && r.cells.at(used - 1).trimmed().isEmpty())
            --used; // trailing empty cells, as spreadsheets sometimes add
        if (used != byIndex.size()) {
            row.errors.append({QString(), u"wrong_column_count"_qs,
                u"has %1 cells, the header has %2"_qs.arg(used).arg(byIndex.size())});
        } else if (row.errors.isEmpty()) {
            for (qsizetype i = 0; i < byIndex.size(); ++i) {
                const Column &c = *byIndex.at(i);
                if (c.editable)
                    readCell(c, r.cells.at(i), &row);
                else
                    readKeyCells(c.header, r.cells.at(i), &row);
            }
        }
        doc.rows.append(row);
    }
    return doc;
}

} // namespace Kepler::PartnerCsv
