#include "PartnerJsonCache.h"

namespace Kepler::Server {

std::optional<QByteArray> PartnerJsonCache::find(qint64 id, int version, qint64 groupsStamp) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd() || it->version != version || it->groupsStamp != groupsStamp)
        return std::nullopt;
    return it->json;
}

void PartnerJsonCache::insert(qint64 id, int version, qint64 groupsStamp, const QByteArray &json)
{
    QWriteLocker locker(&m_lock);
    if (m_entries.size() >= MaxEntries && !m_entries.contains(id))
        m_entries.clear();
    m_entries.insert(id, {version, groupsStamp, json});
}

} // namespace Kepler::Server
