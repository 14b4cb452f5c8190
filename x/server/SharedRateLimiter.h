#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Kepler::Server {

class Database;

// A rate limit that holds across every kepler-platform process on one store (docs/gateway.md
// "Rate limit", docs/operations.md): one row per bucket in `rate_buckets` (PostgreSQL: an UNLOGGED
// table; SQLite: the ephemeral file beside the database, which every process on that database
// opens), updated by one `INSERT … ON CONFLICT … DO UPDATE … RETURNING` per request. The rule is
// GCRA (the generic cell rate algorithm), which is a token bucket of `rate` tokens refilled at
// `rate` a second (bursts up to one second's worth unless told) kept as a single time: the bucket's
// "theoretical arrival time". The statement runs on its own (autocommit), so it never waits for the
// writers' advisory lock; concurrent requests of one bucket queue only on its row.
//
// A refusal's time (when the next request can pass) only moves forward, so it is remembered in
// the process and a partner that keeps knocking while refused is answered without the store.
//
// Thread-safe; the caller supplies the time, so a simulated clock (X-Kepler-Clock) moves the
// bucket as real time would.
class SharedRateLimiter
{
public:
    // 0 when the request may pass; otherwise the milliseconds until one would. `burst` requests may
    // come at once (0: one second's worth, `ratePerSecond`). Throws DatabaseError.
    qint64 take(Database &database, const QString &bucket, int ratePerSecond, qint64 nowMs, int burst = 0);

    // A clock more than this behind a bucket's time (a backfill replaying the past after live
    // traffic) starts the bucket afresh; within it (instances whose clocks differ a little, two
    // requests racing to the store) the later request sees a full second's burst already spent.
    static constexpr qint64 ClockJumpBackMs = 5'000;

private:
    struct Refusal
    {
        qint64 decidedAtMs = 0;
        qint64 untilMs = 0;
    };
    QMutex m_mutex;
    QHash<QString, Refusal> m_refused;
};

} // namespace Kepler::Server
