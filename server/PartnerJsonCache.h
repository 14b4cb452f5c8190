#pragma once

#include <QByteArray>
#include <QHash>
#include <QReadWriteLock>
#include <optional>

namespace Kepler::Server {

// Compact JSON of partners, keyed by id and version. Every change of a partner bumps its version,
// so an entry can never be stale: a list page reads only ids and versions from the database and
// builds JSON just for partners it has not seen at that version. Building QJsonObjects and
// formatting dates was most of the CPU a list page cost (bench/). Shared by the worker threads.
class PartnerJsonCache
{
public:
    static constexpr qsizetype MaxEntries = 200000; // ~100 MB at worst; cleared when exceeded

    std::optional<QByteArray> find(qint64 id, int version) const;
    void insert(qint64 id, int version, const QByteArray &json);

private:
    mutable QReadWriteLock m_lock;
    QHash<qint64, std::pair<int, QByteArray>> m_entries;
};

} // namespace Kepler::Server
