#pragma once

#include "domain/StaffUser.h"

#include <QDateTime>

namespace Kepler::Server {

// The signed-in caller of a request, resolved from its bearer token on a worker thread.
struct AuthSession
{
    qint64 sessionId = 0;
    StaffUser user;
    QDateTime expiresAt;
};

} // namespace Kepler::Server
