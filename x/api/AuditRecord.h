#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QMetaType>

namespace Kepler {

// One line of the audit log as GET /api/v1/audit lists it: who did what to which entity, the
// entity before and after, why (reason code and note for lifecycle steps) and the request id.
struct AuditRecord
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString action; // "partner.suspend", "user.create", ...
    QString entityType;
    QString entityId;
    QJsonValue before; // null when the entity is new
    QJsonValue after; // null when it is gone
    QString requestId;
    QString reasonCode;
    QString note;
};

struct AuditRecordPage
{
    QList<AuditRecord> items;
    QString nextCursor;
    int total = 0;
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::AuditRecordPage)
