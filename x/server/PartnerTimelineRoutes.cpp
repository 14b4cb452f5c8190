#include "PartnerTimelineRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "PageCursor.h"
#include "PartnerRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler::Server::PartnerTimelineRoutes {
namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 200;

// Bookkeeping every write touches; listing them would make every change look alike.
bool isBookkeeping(const QString &field)
{
    // effectiveQuota is derived from rateLimit/dailyOrderCap/group, which are listed themselves.
    return field == u"version"_qs || field == u"updatedAt"_qs || field == u"updatedBy"_qs
        || field == u"effectiveQuota"_qs;
}

// Top-level fields whose value differs between before and after; [] unless both are objects.
QJsonArray changedFields(const QJsonValue &before, const QJsonValue &after)
{
    QJsonArray changes;
    if (!before.isObject() || !after.isObject())
        return changes;
    const QJsonObject b = before.toObject();
    const QJsonObject a = after.toObject();
    QStringList keys = b.keys() + a.keys();
    keys.sort();
    keys.removeDuplicates();
    for (const QString &key : std::as_const(keys))
        if (!isBookkeeping(key) && b.value(key) != a.value(key))
            changes.append(key);
    return changes;
}

QJsonValue statusOf(const QJsonValue &state)
{
    const QJsonValue status = state.toObject().value(u"status"_qs);
    return status.isString() ? status : QJsonValue(QJsonValue::Null);
}

QJsonObject timelineItem(const AuditEvent &e)
{
    return QJsonObject {
        {u"id"_qs, e.id},
        {u"at"_qs, toIsoUtc(e.at)},
        {u"actor"_qs, e.actor},
        {u"action"_qs, e.action},
        {u"details"_qs, e.details.isObject() ? e.details : QJsonValue(QJsonValue::Null)},
        {u"changes"_qs, changedFields(e.before, e.after)},
        {u"fromStatus"_qs, statusOf(e.before)},
        {u"toStatus"_qs, statusOf(e.after)},
        {u"requestId"_qs, e.requestId},
    };
}

HttpResponse listTimeline(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    int limit = DefaultLimit;
    if (r.query.hasQueryItem(u"limit"_qs)) {
        bool ok = false;
        limit = r.queryValue(u"limit"_qs).toInt(&ok);
        if (!ok || limit < 1 || limit > MaxLimit)
            return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
                .field(u"limit"_qs, u"out_of_range"_qs, u"must be between 1 and %1"_qs.arg(MaxLimit))
                .response(r.requestId);
    }
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(r.requestId);
    const QString entityId = QString::number(*id);
    const QString selection = u"timeline\n"_qs + entityId;
    qint64 offset = 0;
    if (const QString cursor = r.queryValue(u"cursor"_qs); !cursor.isEmpty()) {
        const auto decoded = PageCursor::decode(cursor, selection);
        if (!decoded)
            return Problem(400, ErrorCode::InvalidCursor, u"The cursor is not one this list handed out"_qs)
                .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another partner"_qs)
                .response(r.requestId);
        offset = *decoded;
    }

    // One read transaction, so the existence check, the count and the page agree.
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    if (!PartnerRepository::find(tx.db(), *id))
        return Problem::notFound(u"The partner"_qs).response(r.requestId);
    const AuditLog::Page page = AuditLog::listForEntity(tx.db(), u"partner"_qs, entityId, offset, limit);
    tx.commit();

    QJsonArray items;
    for (const AuditEvent &e : page.items)
        items.append(timelineItem(e));
    const QJsonValue nextCursor = PageCursor::next(offset, page.items.size(), page.total, selection);
    return HttpResponse::json(
        200, QJsonObject {{u"items"_qs, items}, {u"nextCursor"_qs, nextCursor}, {u"total"_qs, page.total}});
}

} // namespace

void registerRoutes(Router &router)
{
    // GET only; the router answers 405 with Allow: GET for any other method on this path.
    router.add("GET", u"/api/v1/partners/{id}/timeline"_qs, Access::anyUser(), listTimeline);
}

} // namespace Kepler::Server::PartnerTimelineRoutes
