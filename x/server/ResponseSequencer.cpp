#include "ResponseSequencer.h"

namespace Kepler::Server {

quint64 ResponseSequencer::assign(const QObject *connection)
{
    return m_connections[connection].assigned++;
}

void ResponseSequencer::complete(const QObject *connection, quint64 sequence, Writer writer)
{
    const auto it = m_connections.find(connection);
    if (it == m_connections.end())
        return; // the connection is gone
    it->ready.emplace(sequence, std::move(writer));
    // Writers run outside the map: one may end up closing the connection and forgetting it.
    while (true) {
        const auto c = m_connections.find(connection);
        if (c == m_connections.end())
            return;
        const auto next = c->ready.find(c->written);
        if (next == c->ready.end())
            return;
        Writer write = std::move(next->second);
        c->ready.erase(next);
        ++c->written;
        write();
    }
}

void ResponseSequencer::forget(const QObject *connection)
{
    m_connections.remove(connection);
}

} // namespace Kepler::Server
