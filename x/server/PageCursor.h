#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

namespace Kepler::Server {

// The opaque `cursor` of list routes. It holds an offset and a fingerprint of the selection
// (filters and sort) it was made for, so a cursor from one query is refused by another instead of
// silently paging through the wrong rows. Offsets, not keysets: simple with any sort field, at the
// price that a row inserted ahead of the cursor while paging shifts the pages (docs/server.md).
namespace PageCursor {
QString encode(qint64 offset, const QString &selection);
std::optional<qint64> decode(const QString &cursor, const QString &selection);
// The `nextCursor` of a page that started at `offset` and held `count` rows: a cursor while rows
// remain, JSON null on the last page.
QJsonValue next(qint64 offset, qsizetype count, qint64 total, const QString &selection);

// Keyset cursors for large lists sorted by an integer key then id (the catalog): the last row's
// (key, id), bound to the selection like offsets are. Deep pages cost what the first does.
QString encodeKeyset(qint64 key, qint64 id, const QString &selection);
std::optional<std::pair<qint64, qint64>> decodeKeyset(const QString &cursor, const QString &selection);
} // namespace PageCursor

} // namespace Kepler::Server
