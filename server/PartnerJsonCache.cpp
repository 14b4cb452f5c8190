#include "PartnerJsonCache.h"

namespace Kepler::Server {

std::optional<QByteArray> PartnerJsonCache::find(qint64 id, int version) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_entries.constFind(id);
    if (it == m_entries.constEnd() || it->first != version)
        return std::nullopt;
    return it->second;
}

void PartnerJsonCache::insert(qint64 id, int version, const QByteArray &json)
{
    QWriteLocker locker(&m_lock);
    if (m_entries.size() >= MaxEntries && !m_entries.contains(id))
        m_entries.clear();
    m_entries.insert(id, {version, json});
}

} // namespace Kepler::Server
