#pragma once

#include "domain/StaffUser.h"

#include <QDateTime>
#include <QMetaType>

namespace Kepler {

// GET /api/v1/sessions/current: whether a (remembered) token still works, and for whom.
struct SessionInfo
{
    QDateTime expiresAt;
    StaffUser user;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::SessionInfo)
