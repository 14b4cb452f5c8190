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

HttpResponse listAudit(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    FieldErrors errors;
    const AuditQuery query = AuditQuery::fromUrlQuery(r.query, &errors);
    if (!errors.isEmpty())
        return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
            .errors(errors)
            .response(r.requestId);
    const QString selection = query.selectionKey();
    qint64 offset = 0;
    if (!query.cursor.isEmpty()) {
        const auto decoded = PageCursor::decode(query.cursor, selection);
        if (!decoded)
            return Problem(400, ErrorCode::InvalidCursor, u"The cursor is not one this list handed out"_qs)
                .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another query"_qs)
                .response(r.requestId);
        offset = *decoded;
    }
    const AuditLog::Page page = AuditLog::list(ctx.services.database->connection(), query, offset);
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
