#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace Kepler {

// GET /api/v1/health: whether the service and its database answer, and which version runs.
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
