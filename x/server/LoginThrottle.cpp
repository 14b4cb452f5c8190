#include "LoginThrottle.h"

#include <QMutexLocker>
#include <algorithm>

namespace Kepler::Server {

QList<qint64> &LoginThrottle::recent(const QString &key, qint64 nowMs)
{
    QList<qint64> &times = m_failures[key];
    times.removeIf([nowMs](qint64 t) { return nowMs - t >= WindowMs; });
    return times;
}

qint64 LoginThrottle::retryAfterMs(const QString &username, qint64 nowMs)
{
    QMutexLocker locker(&m_mutex);
    const QString key = username.toLower();
    if (!m_failures.contains(key))
        return 0;
    const QList<qint64> &times = recent(key, nowMs);
    if (times.size() < FreeFailures) {
        if (times.isEmpty())
            m_failures.remove(key);
        return 0;
    }
    const int extra = int(times.size()) - FreeFailures;
    const qint64 lockMs = std::min(MaxLockMs, FirstLockMs << std::min(extra, 16));
    const qint64 until = times.last() + lockMs;
    return std::max<qint64>(0, until - nowMs);
}

void LoginThrottle::recordFailure(const QString &username, qint64 nowMs)
{
    QMutexLocker locker(&m_mutex);
    // Guessing many different usernames must not grow the table without bound: past a size, drop
    // every name whose last failure has left the window.
    if (m_failures.size() > MaxTrackedNames)
        m_failures.removeIf([nowMs](const auto &entry) { return nowMs - entry.value().last() >= WindowMs; });
    recent(username.toLower(), nowMs).append(nowMs);
}

void LoginThrottle::recordSuccess(const QString &username)
{
    QMutexLocker locker(&m_mutex);
    m_failures.remove(username.toLower());
}

} // namespace Kepler::Server
