#pragma once

#include <QString>
#include <stdexcept>

namespace Kepler::Server {

// Thrown by the storage layer; the request executor turns it into 503 (the database is busy or
// unreachable: worth retrying) or 500 (anything else: a bug, logged with the request id).
class DatabaseError : public std::runtime_error
{
public:
    DatabaseError(const QString &message, bool unavailable)
        : std::runtime_error(message.toStdString())
        , m_unavailable(unavailable)
    {
    }

    bool unavailable() const { return m_unavailable; }

private:
    bool m_unavailable;
};

} // namespace Kepler::Server
