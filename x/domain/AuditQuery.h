#pragma once

#include "FieldError.h"

#include <QDateTime>
#include <QUrlQuery>

namespace Kepler {

// One page request of the audit log (GET /api/v1/audit): who, what, which entity, when. The
// console builds it; the service parses the same URL query back, so both agree on the names.
struct AuditQuery
{
    QString entityType; // "partner", "user", "session"; "entityType"
    QString entityId; // with entityType; "entityId"
    QString actor; // exact username; "actor"
    QString action; // exact ("partner.suspend") or a prefix ending in '.' ("partner."); "action"
    QDateTime from; // inclusive, UTC; "from"
    QDateTime to; // exclusive, UTC; "to"
    int limit = DefaultLimit;
    QString cursor;

    static constexpr int DefaultLimit = 50;
    static constexpr int MaxLimit = 500;
    static constexpr int MaxTextLength = 100;

    bool actionIsPrefix() const { return action.endsWith(u'.'); }

    QUrlQuery toUrlQuery() const;
    // "entity=partner:12" is accepted as a short form of entityType + entityId.
    static AuditQuery fromUrlQuery(const QUrlQuery &query, FieldErrors *errors);
    // The filters as one string: a cursor is bound to it so it cannot page another selection.
    QString selectionKey() const;

    bool operator==(const AuditQuery &other) const = default;
};

} // namespace Kepler
