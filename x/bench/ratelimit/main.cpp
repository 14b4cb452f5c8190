// kepler-bench-ratelimit: what a gateway rate-limit decision costs on the request path. The shared
// limiter (server/SharedRateLimiter: one upsert per request in the store every instance shares)
// beside the per-process token bucket it replaced (GatewayLimiter, kept here as the baseline), and
// beside the nonce insert every signed request already makes in the same store. On SQLite always;
// on PostgreSQL too when KEPLER_TEST_PG names a server (scripts/with-test-postgres.sh).
#include "GatewayLimiter.h"

#include "server/Database.h"
#include "server/DatabaseUrl.h"
#include "server/Migrations.h"
#include "server/PartnerKeyRepository.h"
#include "server/SharedRateLimiter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <functional>

using namespace Kepler::Server;

namespace {

constexpr int Partners = 240;
constexpr int Rate = 1'000'000; // high enough that every call is a pass: the common path

// Wall time per call of `call(i)` for i in [0, calls), spread over `threads` threads.
// `threadDone` runs at the end of each thread (closing its database connection).
double nsPerCall(int calls, int threads, const std::function<void(int)> &call,
    const std::function<void()> &threadDone = {})
{
    QElapsedTimer timer;
    timer.start();
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t)
        workers.append(QThread::create([&call, &threadDone, t, threads, calls] {
            for (int i = t; i < calls; i += threads)
                call(i);
            if (threadDone)
                threadDone();
        }));
    for (QThread *w : workers)
        w->start();
    for (QThread *w : workers) {
        w->wait();
        delete w;
    }
    return double(timer.nsecsElapsed()) / calls;
}

QString bucket(int i)
{
    return u"partner:"_qs + QString::number(1 + i % Partners);
}

void measureStore(Database &database, const char *name, int calls, double baselineNs)
{
    Migrations::migrate(database);
    SharedRateLimiter shared;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto close = [&database] {
        database.closeConnection();
    };
    // Warm up (connections, the table's pages), then measure.
    nsPerCall(
        Partners, 1, [&](int i) { shared.take(database, bucket(i), Rate, now); }, close);
    const double one = nsPerCall(
        calls, 1,
        [&](int i) {
            if (shared.take(database, bucket(i), Rate, now + i / 1000))
                qFatal("a pass was refused");
        },
        close);
    const double four = nsPerCall(
        calls, 4,
        [&](int i) {
            if (shared.take(database, bucket(i), Rate, now + 10'000 + i / 1000))
                qFatal("a pass was refused");
        },
        close);
    // One hot partner over its limit: the first refusal asks the store, the rest are answered from
    // the refusal the process remembers.
    const double refused = nsPerCall(
        calls, 1, [&](int) { shared.take(database, u"partner:hot"_qs, 1, now); }, close);
    // What a signed request already writes to the same store: its nonce.
    const double nonce = nsPerCall(
        calls, 1,
        [&](int i) {
            QMutexLocker writers(database.ephemeralWriteLock());
            PartnerKeyRepository::recordNonce(
                database.ephemeralConnection(), u"bench"_qs, u"n-%1-%2"_qs.arg(now).arg(i), now);
        },
        close);
    std::printf("%s:\n", name);
    std::printf("  shared limiter, pass, 1 thread:     %8.1f us/request (%.0fx the per-process bucket)\n",
        one / 1000, one / baselineNs);
    std::printf("  shared limiter, pass, 4 threads:    %8.1f us/request of wall time\n", four / 1000);
    std::printf("  shared limiter, refused (remembered): %6.2f us/request\n", refused / 1000);
    std::printf("  nonce insert (every signed request): %7.1f us/request (limiter = %.2fx a nonce)\n",
        nonce / 1000, one / nonce);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int calls = argc > 1 ? QByteArray(argv[1]).toInt() : 20'000;

    GatewayLimiter local;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const double baseline = nsPerCall(calls * 50, 1, [&](int i) {
        if (local.take(1 + i % Partners, Rate, now + i / 1000))
            qFatal("a pass was refused");
    });
    const double baseline4
        = nsPerCall(calls * 50, 4, [&](int i) { local.take(1 + i % Partners, Rate, now + i / 1000); });
    std::printf("rate-limit decisions, %d partners, %d calls per figure\n", Partners, calls);
    std::printf("per-process token bucket (GatewayLimiter), 1 thread: %.1f ns/request; 4 threads: %.1f ns\n",
        baseline, baseline4);

    QTemporaryDir dir;
    {
        Database sqlite(u"QSQLITE"_qs, dir.filePath(u"kepler.db"_qs));
        measureStore(sqlite, "SQLite (ephemeral file, synchronous=OFF)", calls, baseline);
        sqlite.closeConnection();
    }
    const QString pg = qEnvironmentVariable("KEPLER_TEST_PG");
    if (!pg.isEmpty()) {
        QString error;
        Database postgres(DatabaseUrl::parse(pg + u"/postgres"_qs, dir.path(), &error));
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        measureStore(postgres, "PostgreSQL 15 (UNLOGGED table, loopback TCP)", calls, baseline);
        postgres.closeConnection();
    } else {
        std::printf("PostgreSQL: skipped (run under scripts/with-test-postgres.sh)\n");
    }
    return 0;
}
