#pragma once

#include <QString>

namespace Kepler::Server {

// The partner behind a correctly signed /open/v1/… request.
struct GatewayCaller
{
    qint64 partnerId = 0;
    qint64 keyId = 0;
    QString appKey;
};

} // namespace Kepler::Server
