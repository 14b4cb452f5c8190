#include "ApiBench.h"

#include "BenchConnection.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QTimer>
#include <memory>
#include <vector>

namespace Kepler::Bench {
namespace {

// Runs the event loop until `done` or the deadline.
template<typename Done> bool spin(int timeoutMs, Done done)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

ApiBench::ApiBench(QUrl url, QByteArray token)
    : m_url(std::move(url))
    , m_token(std::move(token))
{
}

QByteArray ApiBench::request(const QByteArray &path) const
{
    const QByteArray host = m_url.host().toLatin1() + ':' + QByteArray::number(m_url.port());
    return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer " + m_token
        + "\r\nAccept: application/json\r\n\r\n";
}

ApiBench::Result ApiBench::run(const Load &load)
{
    std::vector<std::unique_ptr<BenchConnection>> connections;
    for (int i = 0; i < load.connections; ++i)
        connections.push_back(
            std::make_unique<BenchConnection>(m_url.host(), quint16(m_url.port()), request(load.path)));
    std::unique_ptr<BenchConnection> slow;
    if (!load.slowPath.isEmpty())
        slow = std::make_unique<BenchConnection>(m_url.host(), quint16(m_url.port()), request(load.slowPath));
    if (load.makeRequest)
        for (int i = 0; i < load.connections; ++i)
            connections[size_t(i)]->setRequestFactory(load.makeRequest(i));
    for (auto &c : connections)
        c->connectToServer();
    if (slow)
        slow->connectToServer();
    spin(5000, [&] {
        return std::all_of(connections.cbegin(), connections.cend(), [](const auto &c) {
            return c->isConnected();
        }) && (!slow || slow->isConnected());
    });

    Result result;
    if (slow) {
        // One slow request a second, the first one right away: "a 200 ms request runs" now and then,
        // as in ARCHITECTURE.md's baseline, rather than the loop being blocked all the time.
        slow->start(qint64(1e9));
        slow->tick();
        spin(20, [] { return false; }); // let it reach the server first
    }
    qint64 answered = 0;
    for (auto &c : connections)
        QObject::connect(c.get(), &BenchConnection::answered, c.get(), [&answered] { ++answered; });
    const qint64 intervalNs
        = load.ratePerSecond > 0 ? qint64(1e9 * load.connections / load.ratePerSecond) : 0;
    for (qsizetype i = 0; i < qsizetype(connections.size()); ++i)
        connections[size_t(i)]->start(intervalNs, intervalNs * i / load.connections); // staggered

    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        for (auto &c : connections)
            c->tick();
        if (slow)
            slow->tick();
    });
    if (intervalNs > 0 || slow)
        ticker.start(1);
    QElapsedTimer clock;
    clock.start();
    spin(load.durationMs, [&] { return answered >= load.maxRequests; });
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    ticker.stop();
    for (auto &c : connections)
        c->stop();
    if (slow)
        slow->stop();
    spin(5000, [&] {
        return std::all_of(connections.cbegin(), connections.cend(), [](const auto &c) { return c->idle(); })
            && (!slow || slow->idle());
    });
    for (auto &c : connections) {
        result.latency.merge(c->takeStats());
        result.errors += c->errors();
        for (auto [status, n] : c->errorStatuses().asKeyValueRange())
            result.errorStatuses[status] += n;
    }
    result.answered = result.latency.count();
    return result;
}

} // namespace Kepler::Bench
