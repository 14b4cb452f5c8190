#pragma once

#include "domain/StaffUser.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Kepler {

// POST /api/v1/sessions: the bearer token and who it belongs to.
struct LoginResult
{
    QString token;
    QDateTime expiresAt; // idle expiry; moves forward as the token is used
    StaffUser user;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::LoginResult)
