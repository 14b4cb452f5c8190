// kepler-bench-metrics: what recording a gateway sample costs on the request path (the recorder's
// mutex + hash update) beside a plain QHash update of the same aggregate, alone and from 4 threads;
// and what one flush costs the writer (and holds SQLite's write lock for) with an hour of busy minutes.
#include "server/Database.h"
#include "server/MetricsBuckets.h"
#include "server/MetricsRecorder.h"
#include "server/Migrations.h"
#include "server/Sql.h"

#include "domain/MetricsRange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace Kepler;
using namespace Kepler::Server;

namespace {

const QString kServices[] = {u"search"_qs, u"detail"_qs, u"order"_qs, u"status"_qs, u"orders"_qs,
    u"cancel"_qs, u"ping"_qs, u"miniprogram"_qs};
constexpr int Partners = 240;
constexpr int Samples = 2'000'000;

RequestSample sampleAt(int i, qint64 minute)
{
    return {1 + i % Partners, kServices[(i / Partners) % 8], i % 97 ? 200 : 503, (i * 37) % 20'000,
        minute + (i % 60) * 1000};
}

double recordNs(MetricsRecorder &recorder, int threads, qint64 minute)
{
    QElapsedTimer timer;
    timer.start();
    QList<QThread *> workers;
    for (int t = 0; t < threads; ++t)
        workers.append(QThread::create([&recorder, t, threads, minute] {
            for (int i = t; i < Samples; i += threads)
                recorder.record(sampleAt(i, minute));
        }));
    for (QThread *w : workers)
        w->start();
    for (QThread *w : workers) {
        w->wait();
        delete w;
    }
    return double(timer.nsecsElapsed()) / Samples;
}

double plainHashNs(qint64 minute)
{
    RequestBuckets buckets;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Samples; ++i) {
        const RequestSample s = sampleAt(i, minute);
        RequestAggregate &a = buckets[RequestKey {MetricsRange::minuteOf(s.atMs), s.partnerId, s.service}];
        ++a.requests;
        a.errors += s.status >= 500;
        a.latencySumUs += s.latencyUs;
        ++a.buckets[size_t(LatencyHistogram::bucketOf(s.latencyUs))];
    }
    const double ns = double(timer.nsecsElapsed()) / Samples;
    std::printf("  (plain hash holds %lld keys)\n", qlonglong(buckets.size()));
    return ns;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    Database database(u"QSQLITE"_qs, dir.filePath(u"kepler.db"_qs));
    Migrations::migrate(database);
    MetricsRecorder recorder(&database);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 minute = MetricsRange::minuteOf(now);

    std::printf("record(): %d samples over %d partners x 8 services (1920 keys)\n", Samples, Partners);
    const double baseline = plainHashNs(minute);
    const double one = recordNs(recorder, 1, minute);
    recorder.flush();
    const double four = recordNs(recorder, 4, minute);
    recorder.flush();
    std::printf("  plain QHash update (no lock):   %6.1f ns/sample\n", baseline);
    std::printf(
        "  record(), 1 thread:             %6.1f ns/sample (%.2fx the plain hash)\n", one, one / baseline);
    std::printf("  record(), 4 threads contending: %6.1f ns/sample of wall time\n", four);

    // An hour of busy minutes already stored (every pair active every minute), then one more minute:
    // the flush upserts 1920 minute rows and recomputes the hour (115k minute rows) and the day.
    const qint64 hour = MetricsRange::hourOf(now);
    for (int m = 0; m < 59; ++m) {
        for (int i = 0; i < Partners * 8; ++i)
            recorder.record(sampleAt(i, hour + m * MetricsRange::MinuteMs));
        recorder.flush();
    }
    for (int i = 0; i < Partners * 8 * 5; ++i)
        recorder.record(sampleAt(i, hour + 59 * MetricsRange::MinuteMs));
    recorder.flush();
    std::printf("flush of one busy minute (1920 keys) into an hour of 59 stored busy minutes: %.1f ms\n",
        recorder.stats().lastFlushUs / 1000.0);
    for (int i = 0; i < 50; ++i)
        recorder.record(sampleAt(i, hour + 59 * MetricsRange::MinuteMs));
    recorder.flush();
    std::printf("flush of a quiet second (50 keys), same hour:                           %.1f ms\n",
        recorder.stats().lastFlushUs / 1000.0);
    database.closeConnection();
    return 0;
}
