#include "SharedRateLimiter.h"

#include "Database.h"
#include "DatabaseError.h"
#include "Sql.h"

#include <QMutexLocker>

#include <algorithm>

namespace Kepler::Server {
namespace {

// The bucket's time as the request sees it: its own time when that is still ahead (the burst is
// partly spent), the request's time when it is behind (the bucket is full), the request's time
// when the bucket is implausibly far ahead (the clock went back: start afresh). Four parameters:
// resetAbove, now, now, now.
constexpr auto kBase = u"(CASE WHEN rate_buckets.tat_us > ? THEN ? WHEN rate_buckets.tat_us > ? "
                       u"THEN rate_buckets.tat_us ELSE ? END)";

QString upsertStatement()
{
    const QString base = QString::fromUtf16(kBase);
    return u"INSERT INTO rate_buckets (bucket, tat_us, taken) VALUES (?, ?, 1) "
           u"ON CONFLICT (bucket) DO UPDATE SET "
           u"taken = CASE WHEN %1 <= ? THEN 1 ELSE 0 END, "
           u"tat_us = CASE WHEN %1 <= ? THEN %1 + ? ELSE rate_buckets.tat_us END "
           u"RETURNING taken, tat_us"_qs.arg(base);
}

} // namespace

qint64 SharedRateLimiter::take(
    Database &database, const QString &bucket, int ratePerSecond, qint64 nowMs, int burst)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto refused = m_refused.constFind(bucket);
        if (refused != m_refused.constEnd() && nowMs >= refused->decidedAtMs && nowMs < refused->untilMs)
            return refused->untilMs - nowMs;
    }

    const qint64 rate = std::clamp(ratePerSecond, 1, 1'000'000);
    const qint64 intervalUs = 1'000'000 / rate; // one token
    const qint64 burstUs = (burst > 0 ? std::min(burst, 1'000'000) : rate) * intervalUs; // a full bucket
    const qint64 nowUs = nowMs * 1000;
    const qint64 resetAbove = nowUs + burstUs + ClockJumpBackMs * 1000;
    const qint64 latestBase = nowUs + burstUs - intervalUs; // a later bucket time has no token left
    const QVariantList base {resetAbove, nowUs, nowUs, nowUs};

    QVariantList params {bucket, nowUs + intervalUs};
    params << base << latestBase;
    params << base << latestBase << base << intervalUs;

    bool taken = false;
    qint64 tatUs = 0;
    static const QString statement = upsertStatement();
    {
        // SQLite: this process's writers of the ephemeral file take turns here (null on PostgreSQL).
        QMutexLocker writers(database.ephemeralWriteLock());
        try {
            QSqlQuery &q = database.preparedEphemeral(statement).run(params);
            if (!q.next())
                throw DatabaseError(u"the rate bucket upsert returned no row"_qs, false);
            taken = q.value(0).toInt() == 1;
            tatUs = q.value(1).toLongLong();
            q.finish(); // SQLite: ends the statement, and with it the write, before the lock is let go
        } catch (const DatabaseError &) {
            database.forgetPrepared(statement);
            throw;
        }
    }
    if (taken)
        return 0;

    // The earliest time a request passes: when the bucket's time is one token under a full burst.
    const qint64 waitMs = std::max<qint64>(1, (tatUs - burstUs + intervalUs - nowUs + 999) / 1000);
    QMutexLocker lock(&m_mutex);
    if (m_refused.size() > 4096) // buckets that went quiet; the store still holds their state
        m_refused.removeIf([nowMs](const auto &entry) { return entry.value().untilMs <= nowMs; });
    m_refused.insert(bucket, Refusal {nowMs, nowMs + waitMs});
    return waitMs;
}

} // namespace Kepler::Server
