#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>

namespace Kepler::Server {

// Slows password guessing per username (docs/api.md): after 5 failures within 15 minutes the
// account is locked for 30 s, doubling with every further failure up to 15 min. While locked every
// attempt is refused, even with the right password, without checking it. Failures older than the
// window are forgotten; a successful login clears them. In memory: a restart forgets, and several
// service processes would each count alone (good enough until issue 8 shares state).
class LoginThrottle
{
public:
    static constexpr int FreeFailures = 5;
    static constexpr qint64 WindowMs = 15 * 60 * 1000;
    static constexpr qint64 FirstLockMs = 30 * 1000;
    static constexpr qint64 MaxLockMs = 15 * 60 * 1000;
    static constexpr qsizetype MaxTrackedNames = 10000;

    // Milliseconds the caller must still wait, 0 when an attempt may proceed.
    qint64 retryAfterMs(const QString &username, qint64 nowMs);
    void recordFailure(const QString &username, qint64 nowMs);
    void recordSuccess(const QString &username);

private:
    QList<qint64> &recent(const QString &key, qint64 nowMs);

    QMutex m_mutex;
    QHash<QString, QList<qint64>> m_failures; // lowercased username → failure times (ms)
};

} // namespace Kepler::Server
