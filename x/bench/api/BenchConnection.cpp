#include "BenchConnection.h"

namespace Kepler::Bench {

BenchConnection::BenchConnection(const QString &host, quint16 port, QByteArray request, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_request(std::move(request))
{
    m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(&m_socket, &QTcpSocket::readyRead, this, &BenchConnection::readResponses);
    m_clock.start();
}

void BenchConnection::connectToServer()
{
    m_socket.connectToHost(m_host, m_port);
}

void BenchConnection::start(qint64 intervalNs, qint64 firstDueOffsetNs)
{
    m_intervalNs = intervalNs;
    m_running = true;
    m_nextDueNs = m_clock.nsecsElapsed() + firstDueOffsetNs;
    if (intervalNs == 0) {
        m_due.enqueue(m_clock.nsecsElapsed());
        sendIfPossible();
    }
}

void BenchConnection::stop()
{
    m_running = false;
    m_due.clear();
}

LatencyStats BenchConnection::takeStats()
{
    return std::exchange(m_stats, {});
}

void BenchConnection::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    while (m_running && m_intervalNs > 0 && m_nextDueNs <= now) {
        m_due.enqueue(m_nextDueNs);
        m_nextDueNs += m_intervalNs;
    }
    sendIfPossible();
}

void BenchConnection::sendIfPossible()
{
    if (m_inFlight || m_due.isEmpty() || !isConnected())
        return;
    m_inFlightDueNs = m_due.dequeue();
    m_inFlight = true;
    m_socket.write(m_factory ? m_factory() : m_request);
}

void BenchConnection::readResponses()
{
    m_buffer += m_socket.readAll();
    for (;;) {
        const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        qint64 length = 0;
        const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
        for (const QByteArray &line : lines)
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        const qint64 total = headerEnd + 4 + length;
        if (m_buffer.size() < total)
            return;
        const int status = lines.constFirst().mid(9, 3).toInt();
        if (status < 200 || status > 299) {
            ++m_errors;
            ++m_errorStatuses[status];
        }
        m_buffer.remove(0, total);
        m_stats.add(m_clock.nsecsElapsed() - m_inFlightDueNs);
        m_inFlight = false;
        Q_EMIT answered();
        if (m_running && m_intervalNs == 0)
            m_due.enqueue(m_clock.nsecsElapsed());
        sendIfPossible();
    }
}

} // namespace Kepler::Bench
