#pragma once

#include "LatencyStats.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QQueue>
#include <QTcpSocket>

#include <functional>

namespace Kepler::Bench {

// One keep-alive HTTP/1.1 connection that sends the same request again and again, one at a time.
// Closed loop (interval 0): the next request leaves as soon as the answer is in. Open loop: a request
// is due every `interval`; if the previous answer is late the next one waits, and its latency is
// counted from when it was due, so a stall shows in the numbers (no coordinated omission). The
// owner calls tick() from one shared timer: 32 timers at 1 ms would load the client more than the
// server.
class BenchConnection : public QObject
{
    Q_OBJECT
public:
    BenchConnection(const QString &host, quint16 port, QByteArray request, QObject *parent = nullptr);

    // Builds each request anew (signed gateway calls need a fresh nonce each time).
    void setRequestFactory(std::function<QByteArray()> factory) { m_factory = std::move(factory); }
    void connectToServer();
    void start(qint64 intervalNs, qint64 firstDueOffsetNs = 0);
    void stop(); // no new requests; the one in flight still completes
    bool idle() const { return m_due.isEmpty() && !m_inFlight; }
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    void tick(); // open loop: queue what is due and send
    LatencyStats takeStats();
    int errors() const { return m_errors; }
    QHash<int, int> errorStatuses() const { return m_errorStatuses; } // status -> count, non-2xx

Q_SIGNALS:
    void answered(); // each complete response

private:
    void sendIfPossible();
    void readResponses();

    QTcpSocket m_socket;
    QString m_host;
    quint16 m_port;
    QByteArray m_request;
    std::function<QByteArray()> m_factory;
    QByteArray m_buffer;
    QElapsedTimer m_clock;
    qint64 m_intervalNs = 0;
    qint64 m_nextDueNs = 0;
    QQueue<qint64> m_due; // due times of requests not yet sent
    qint64 m_inFlightDueNs = 0;
    bool m_inFlight = false;
    bool m_running = false;
    int m_errors = 0;
    QHash<int, int> m_errorStatuses;
    LatencyStats m_stats;
};

} // namespace Kepler::Bench
