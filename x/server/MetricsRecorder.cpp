#include "MetricsRecorder.h"

#include "Database.h"
#include "Logging.h"
#include "MetricsBuckets.h"
#include "MetricsStore.h"

#include "domain/MetricsRange.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <optional>

namespace Kepler::Server {
namespace {

// Retention is cheap to check but deletes in bulk: once every ten minutes is plenty for rows kept
// for days. Settings are re-read as often, so a changed target or retention applies without restart.
constexpr qint64 PurgeIntervalMs = 10 * 60 * 1000;

} // namespace

struct MetricsRecorder::Impl
{
    Database *database = nullptr;

    // Guards the buckets only: record() holds it for a hash update, a flush for a swap.
    mutable QMutex bucketsMutex;
    RequestBuckets requests;
    OrderBuckets orders;

    // One flush at a time, whichever thread asks (the writer, shutdown, a test).
    QMutex flushMutex;
    MetricsStore::Settings settings;
    std::optional<qint64> housekeptAt; // settings read and old rows purged
    bool failing = false;
    std::function<qint64()> now = [] {
        return QDateTime::currentMSecsSinceEpoch();
    };

    std::atomic<qint64> flushes {0};
    std::atomic<qint64> failedFlushes {0};
    std::atomic<qint64> lastFlushUs {0};

    QMutex wakeMutex;
    QWaitCondition wake;
    bool stopping = false; // under wakeMutex
    std::unique_ptr<QThread> writer;

    // Takes what has been collected, leaving empty buckets for record() to fill meanwhile.
    void take(RequestBuckets *r, OrderBuckets *o)
    {
        QMutexLocker lock(&bucketsMutex);
        r->swap(requests);
        o->swap(orders);
    }

    // A flush that failed hands its buckets back, added to whatever arrived since.
    void giveBack(const RequestBuckets &r, const OrderBuckets &o)
    {
        QMutexLocker lock(&bucketsMutex);
        for (auto it = r.cbegin(); it != r.cend(); ++it)
            requests[it.key()] += it.value();
        for (auto it = o.cbegin(); it != o.cend(); ++it)
            orders[it.key()] += it.value();
    }

    void housekeeping(qint64 at)
    {
        if (housekeptAt && at - *housekeptAt < PurgeIntervalMs && at >= *housekeptAt)
            return;
        settings = MetricsStore::readSettings(database->connection());
        MetricsStore::purge(*database, settings, at);
        housekeptAt = at;
    }

    void run(int intervalMs)
    {
        for (;;) {
            {
                QMutexLocker lock(&wakeMutex);
                if (!stopping)
                    wake.wait(&wakeMutex, QDeadlineTimer(intervalMs));
                if (stopping)
                    break;
            }
            flushNow();
        }
        flushNow(); // the last one, after the workers have stopped recording
        database->closeConnection();
    }

    bool flushNow();
};

bool MetricsRecorder::Impl::flushNow()
{
    QMutexLocker flushLock(&flushMutex);
    RequestBuckets r;
    OrderBuckets o;
    take(&r, &o);
    try {
        const qint64 at = now();
        housekeeping(at);
        if (r.isEmpty() && o.isEmpty())
            return true;
        QElapsedTimer timer;
        timer.start();
        MetricsStore::write(*database, r, o, settings, at);
        lastFlushUs = timer.nsecsElapsed() / 1000;
        ++flushes;
        if (failing)
            qCInfo(lcServer) << "metrics store writable again";
        failing = false;
        return true;
    } catch (const std::exception &e) {
        giveBack(r, o);
        ++failedFlushes;
        // Logged once per outage, not once a second.
        if (!failing)
            qCWarning(lcServer) << "metrics flush failed; keeping the buckets and retrying:" << e.what();
        failing = true;
        return false;
    }
}

MetricsRecorder::MetricsRecorder(Database *database)
    : d(std::make_unique<Impl>())
{
    d->database = database;
}

MetricsRecorder::~MetricsRecorder()
{
    stop();
}

void MetricsRecorder::record(const RequestSample &sample)
{
    const RequestKey key {MetricsRange::minuteOf(sample.atMs), sample.partnerId, sample.service};
    const int bucket = LatencyHistogram::bucketOf(sample.latencyUs);
    QMutexLocker lock(&d->bucketsMutex);
    RequestAggregate &a = d->requests[key];
    ++a.requests;
    if (sample.status >= 500)
        ++a.errors;
    else if (sample.status >= 400)
        ++a.clientErrors;
    a.latencySumUs += sample.latencyUs;
    ++a.buckets[size_t(bucket)];
}

void MetricsRecorder::recordOrder(const OrderSample &sample)
{
    const OrderKey key {MetricsRange::minuteOf(sample.atMs), sample.partnerId};
    QMutexLocker lock(&d->bucketsMutex);
    OrderAggregate &a = d->orders[key];
    ++a.orders;
    if (sample.valid) {
        ++a.validOrders;
        a.gmvFen += sample.gmvFen;
    }
}

void MetricsRecorder::start(int flushIntervalMs)
{
    if (d->writer)
        return;
    d->writer.reset(QThread::create([this, flushIntervalMs] { d->run(flushIntervalMs); }));
    d->writer->setObjectName(u"metrics-writer"_qs);
    d->writer->start();
}

bool MetricsRecorder::flush()
{
    return d->flushNow();
}

void MetricsRecorder::stop()
{
    if (!d->writer)
        return;
    {
        QMutexLocker lock(&d->wakeMutex);
        d->stopping = true;
    }
    d->wake.wakeAll();
    d->writer->wait();
    d->writer.reset();
}

MetricsRecorder::Stats MetricsRecorder::stats() const
{
    Stats s;
    s.flushes = d->flushes;
    s.failedFlushes = d->failedFlushes;
    s.lastFlushUs = d->lastFlushUs;
    QMutexLocker lock(&d->bucketsMutex);
    s.pendingRequestKeys = d->requests.size();
    return s;
}

void MetricsRecorder::setClock(std::function<qint64()> nowMs)
{
    QMutexLocker lock(&d->flushMutex);
    d->now = std::move(nowMs);
    d->housekeptAt.reset();
}

} // namespace Kepler::Server
