#include "AuditRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "PageCursor.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"

#include "domain/ErrorCode.h"

#include <QJsonArray>

namespace Kepler::Server::AuditRoutes {
namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 500;

HttpResponse listAudit(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    const QString entityType = r.queryValue(u"entityType"_qs);
    const QString entityId = r.queryValue(u"entityId"_qs);
    int limit = DefaultLimit;
    if (r.query.hasQueryItem(u"limit"_qs)) {
        bool ok = false;
        limit = r.queryValue(u"limit"_qs).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
                .field(u"limit"_qs, u"out_of_range"_qs, u"must be between 1 and %1"_qs.arg(MaxLimit))
                .response(r.requestId);
    }
    const QString selection = entityType + u'\n' + entityId;
    qint64 offset = 0;
    if (const QString cursor = r.queryValue(u"cursor"_qs); !cursor.isEmpty()) {
        const auto decoded = PageCursor::decode(cursor, selection);
        if (!decoded)
            return Problem(400, ErrorCode::InvalidCursor, u"The cursor is not one this list handed out"_qs)
                .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another query"_qs)
                .response(r.requestId);
        offset = *decoded;
    }
    const AuditLog::Page page
        = AuditLog::list(ctx.services.database->connection(), entityType, entityId, offset, limit);
    QJsonArray items;
    for (const AuditEvent &e : page.items)
        items.append(e.toJson());
    const QJsonValue nextCursor = PageCursor::next(offset, page.items.size(), page.total, selection);
    return HttpResponse::json(
        200, QJsonObject {{u"items"_qs, items}, {u"nextCursor"_qs, nextCursor}, {u"total"_qs, page.total}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/audit"_qs, Access::anyOf(Role::Admin | Role::Manager), listAudit);
}

} // namespace Kepler::Server::AuditRoutes
