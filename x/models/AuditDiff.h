#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Kepler::AuditDiff {

// One field of an entity before and after a change, nested objects flattened ("contact.email")
// and lists joined, so a diff reads as a flat table.
struct Line
{
    QString field;
    QString before; // empty when the field did not exist
    QString after;
    bool changed = false;
};

// Fields in the order the entity lists them (after, then fields only `before` had).
QList<Line> lines(const QJsonValue &before, const QJsonValue &after);

} // namespace Kepler::AuditDiff
