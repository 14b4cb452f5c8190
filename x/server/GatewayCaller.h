#pragma once

#include "domain/PartnerMode.h"

#include <QString>

namespace Kepler::Server {

// The partner behind a correctly signed /open/v1/… request.
struct GatewayCaller
{
    qint64 partnerId = 0;
    qint64 keyId = 0;
    QString appKey;
    // What the gateway needs of the partner, read with the status check of the same request.
    PartnerMode mode = PartnerMode::Guide;
    QString scenario;
    int rateLimit = 0; // effective requests per second
    int dailyOrderCap = 0; // effective orders per Beijing day
};

} // namespace Kepler::Server
