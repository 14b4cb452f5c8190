#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace Kepler::Server {

class Database;

// One gateway request, as the metrics see it (docs/gateway.md "Metrics").
struct RequestSample
{
    qint64 partnerId = 0; // 0 when the request was refused before a partner was known
    QString service; // "search", "detail", "order", ... (the route's metrics label)
    int status = 0;
    qint64 latencyUs = 0;
    qint64 atMs = 0; // the request's effective time (X-Kepler-Clock or now)
};

// One placed order (valid or not); GMV counts valid orders only.
struct OrderSample
{
    qint64 partnerId = 0;
    bool valid = true;
    qint64 gmvFen = 0;
    qint64 atMs = 0;
};

// Collects samples into per-minute buckets in memory and adds them into the database from a
// background thread, so recording never waits on, or fails because of, the metrics store.
// record*() are thread-safe and cheap (a mutex and a hash update).
class MetricsRecorder
{
public:
    explicit MetricsRecorder(Database *database);
    ~MetricsRecorder(); // stops the writer after a last flush
    Q_DISABLE_COPY_MOVE(MetricsRecorder)

    void record(const RequestSample &sample);
    void recordOrder(const OrderSample &sample);

    void start(int flushIntervalMs = 1000);
    // Writes what has been collected now (blocks); returns false when the store refused it (the
    // buckets are kept and retried).
    bool flush();
    // Stops the writer after a last flush (the destructor does it too). Idempotent.
    void stop();

    struct Stats
    {
        qint64 flushes = 0; // that wrote something
        qint64 failedFlushes = 0;
        qint64 pendingRequestKeys = 0; // buckets waiting for the next flush
        qint64 lastFlushUs = 0; // how long the last successful flush held the database
    };
    Stats stats() const;

    // Tests move "now" for retention (which rows are still kept); defaults to the system clock.
    void setClock(std::function<qint64()> nowMs);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Kepler::Server
