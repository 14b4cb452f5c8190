#pragma once

#include <QHash>
#include <functional>
#include <map>

class QObject;

namespace Kepler::Server {

// HTTP/1.1 answers on one connection must leave in the order the requests came. Handlers finish
// on workers in any order (a pipelining client may send a slow request and a fast one back to
// back), so each request gets a sequence number per connection, and an answer that is ready early
// waits here until the ones before it have been written. Server thread only.
class ResponseSequencer
{
public:
    using Writer = std::function<void()>;

    bool knows(const QObject *connection) const { return m_connections.contains(connection); }
    // True while a request of this connection has not been answered yet.
    bool busy(const QObject *connection) const
    {
        const auto it = m_connections.constFind(connection);
        return it != m_connections.constEnd() && it->written < it->assigned;
    }
    quint64 assign(const QObject *connection);
    // Stores the writer of answer `sequence` and runs every writer that is now next in line.
    void complete(const QObject *connection, quint64 sequence, Writer writer);
    void forget(const QObject *connection);

private:
    struct Connection
    {
        quint64 assigned = 0;
        quint64 written = 0;
        std::map<quint64, Writer> ready;
    };
    QHash<const QObject *, Connection> m_connections;
};

} // namespace Kepler::Server
