#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>

namespace Kepler {

// One live sign-in of a staff account, as GET /api/v1/sessions and /users/{id}/sessions list it
// (never its token). `current` marks the session the listing request came with.
struct StaffSession
{
    qint64 id = 0;
    qint64 userId = 0;
    QDateTime createdAt;
    QDateTime lastSeenAt;
    QDateTime expiresAt;
    bool current = false;
    QString userAgent; // the client that signed in, in its own words ("kepler-console/0.1")
    QString address; // where the sign-in came from, as the service saw it
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::StaffSession)
