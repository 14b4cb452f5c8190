#pragma once

#include "AuditEvent.h"
#include "Sql.h"

#include "domain/AuditQuery.h"

#include <QSqlDatabase>

namespace Kepler::Server {

// Appends and reads audit events. append() runs on the caller's connection, so it joins the
// caller's write transaction: the change and its audit line commit or roll back together.
namespace AuditLog {

struct Page
{
    QList<AuditEvent> items;
    qint64 total = 0;
};

void append(const QSqlDatabase &db, const AuditEvent &event);
// append() with the statement prepared once, for many events in one transaction.
class Writer
{
public:
    explicit Writer(const QSqlDatabase &db);
    void append(const AuditEvent &event);

private:
    Sql::Prepared m_insert;
};
// Newest first; empty filters match everything. Keyset paging: only events with an id below
// `beforeId` (0: from the newest), at most `limit`; events appended meanwhile cannot shift pages.
Page list(const QSqlDatabase &db, const AuditQuery &query, qint64 beforeId, int limit);
// One entity's events, newest first by time, ties by id descending (the partner timeline).
Page listForEntity(
    const QSqlDatabase &db, const QString &entityType, const QString &entityId, qint64 offset, int limit);

} // namespace AuditLog

} // namespace Kepler::Server
