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
// A partner's JSON also holds its effectiveQuota, which follows its group's values without a new
// partner version; so an entry is also keyed by the groups' stamp (PartnerGroupRepository::stamp).
class PartnerJsonCache
{
public:
    static constexpr qsizetype MaxEntries = 200000; // ~100 MB at worst; cleared when exceeded

    std::optional<QByteArray> find(qint64 id, int version, qint64 groupsStamp) const;
    void insert(qint64 id, int version, qint64 groupsStamp, const QByteArray &json);

private:
    struct Entry
    {
        int version;
        qint64 groupsStamp;
        QByteArray json;
    };
    mutable QReadWriteLock m_lock;
    QHash<qint64, Entry> m_entries;
};

} // namespace Kepler::Server
