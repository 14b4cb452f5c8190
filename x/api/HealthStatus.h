#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Kepler {

// GET /api/v1/health: whether the service and its database answer. Version and engine come only
// from the signed-in GET /api/v1/health/details (docs/api.md); from /health they stay empty.
struct HealthStatus
{
    QString status; // "ok"
    QString version; // "0.1.0"
    QString database; // "sqlite" or "postgresql"
    QDateTime time;

    bool isOk() const { return status == u"ok"; }
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::HealthStatus)
