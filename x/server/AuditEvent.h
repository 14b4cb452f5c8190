#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace Kepler::Server {

// One line of the audit trail: who did what to which entity, the state before and after, and
// the request id that finds the matching log lines.
struct AuditEvent
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // "partner.update", "user.create", ...
    QString entityType; // "partner", "user", "session"
    QString entityId;
    QJsonValue before; // null when the entity is new
    QJsonValue after; // null when the entity is gone
    QString requestId;
    // Why, for lifecycle actions: {"reasonCode","note"}; null for plain edits.
    QJsonValue details = QJsonValue::Null;

    QJsonObject toJson() const;
};

} // namespace Kepler::Server
