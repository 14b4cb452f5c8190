#pragma once

#include "FieldError.h"
#include "Partner.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <optional>

namespace Kepler {

// The partner CSV of GET /partners:export and POST /partners:import (docs/api.md, "Partner CSV"):
// RFC 4180 (quoted fields, doubled quotes, commas and newlines inside quotes, CRLF or LF), UTF-8
// with or without a BOM. The console and the service share it, so a file the service exports is
// exactly what it imports.
namespace PartnerCsv {

enum class CellKind {
    Text, // as is; an empty cell is ""
    OptionalText, // as is; an empty cell is null (e.g. "no group")
    Integer, // decimal; an empty cell leaves the field out (create: default, update: unchanged)
    OptionalInteger, // decimal; an empty cell is null (e.g. "use the group's default")
    List, // items separated by ';' (or '|' on import); an empty cell is []
};

// One column: its CSV header, the Partner JSON field it carries (dotted for nested objects:
// "contact.email") and how a cell maps to JSON. Adding a column is one line in columns().
struct Column
{
    QString header;
    QString jsonPath;
    CellKind kind = CellKind::Text;
    bool editable = true; // false: written on export, checked but never applied on import
};

const QList<Column> &columns(); // in export order
QStringList requiredHeaders(); // an import without one of these is refused as a whole
// The CSV header of a JSON field path ("contact.email" → "contactEmail"); the path itself when
// no column carries it. Import errors name columns, so a user finds the cell.
QString headerForField(const QString &jsonPath);

// Export: UTF-8 BOM (so Excel reads Chinese correctly), header line, one CRLF-ended line each.
QByteArray header();
QByteArray row(const Partner &partner);
QByteArray encode(const QList<Partner> &partners);
QString cell(const Column &column, const QJsonObject &partnerJson); // the text a cell holds
// Text that a spreadsheet would run as a formula (starts with = + - @, tab or CR) gets a leading
// apostrophe on export; import takes one such apostrophe off again, so the round trip is exact.
bool looksLikeFormula(QStringView text);
QString neutralised(const QString &text);

// One data record of an imported file.
struct Row
{
    int line = 0; // 1-based line of the file where the record starts
    qint64 id = 0; // 0: a new partner
    std::optional<int> version; // required when id is given (optimistic concurrency)
    std::optional<QString> status; // when the file has a status column
    QJsonObject fields; // editable fields, as a create or PATCH body would carry them
    FieldErrors errors; // cells that cannot be read (wrong type, bad encoding, column count)
};

struct Document
{
    QStringList headers;
    QList<Row> rows;
    // A problem with the whole file (not UTF-8 in the header, missing or unknown columns, a quote
    // that never ends): nothing can be trusted, so no row is read. Empty when the file is usable.
    QString errorCode; // "missing_columns", "unknown_columns", "invalid_encoding", "malformed_csv", "empty"
    QString error; // English, names the columns or the line
    int errorLine = 0;
    QStringList errorColumns; // the missing or unknown columns, for a translated message

    bool ok() const { return errorCode.isEmpty(); }
};

// maxRows >= 0: a file with more data rows is refused ("too_many") as soon as the parser has read
// one more, so a huge file of tiny lines never becomes millions of rows in memory.
Document decode(const QByteArray &bytes, int maxRows = -1);

// The RFC 4180 layer alone: records as cells, each with the line it starts on. *badLine is set
// to the line of an unterminated quote (and parsing stops there).
struct Record
{
    int line = 0;
    int lastLine = 0; // differs from line when a quoted cell holds a newline
    QStringList cells;
    bool malformed = false; // text after a closing quote
};
// maxRecords >= 0: parsing stops once that many records are read.
QList<Record> parseRecords(const QString &text, int *badLine, int maxRecords = -1);

} // namespace PartnerCsv
} // namespace Kepler
