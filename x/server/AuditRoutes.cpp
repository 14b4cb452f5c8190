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
    // The cursor holds the id of the last event handed out (keyset paging, newest first): events
    // written while someone pages cannot make a page repeat or skip a line.
    const QString selection = query.selectionKey();
    qint64 beforeId = 0;
    if (!query.cursor.isEmpty()) {
        const auto decoded = PageCursor::decode(query.cursor, selection);
        if (!decoded || *decoded <= 0)
            return Problem(400, ErrorCode::InvalidCursor, u"The cursor is not one this list handed out"_qs)
                .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another query"_qs)
                .response(r.requestId);
        beforeId = *decoded;
    }
    // One more than asked for says whether another page exists.
    AuditLog::Page page
        = AuditLog::list(ctx.services.database->connection(), query, beforeId, query.limit + 1);
    const bool more = page.items.size() > query.limit;
    if (more)
        page.items.removeLast();
    QJsonArray items;
    for (const AuditEvent &e : page.items)
        items.append(e.toJson());
    const QJsonValue nextCursor
        = more ? QJsonValue(PageCursor::encode(page.items.constLast().id, selection)) : QJsonValue::Null;
    return HttpResponse::json(
        200, QJsonObject {{u"items"_qs, items}, {u"nextCursor"_qs, nextCursor}, {u"total"_qs, page.total}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/audit"_qs, Access::anyOf(Role::Admin | Role::Manager), listAudit);
}

} // namespace Kepler::Server::AuditRoutes
