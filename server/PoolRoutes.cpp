#include "PoolRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "IdempotentRequest.h"
#include "PageCursor.h"
#include "PoolRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler::Server::PoolRoutes {
namespace {

constexpr int PreviewSamples = 5;
constexpr int DefaultMemberLimit = 100;
constexpr int MaxMemberLimit = 500;

const Roles kEditors = Role::Operator | Role::Admin;

QJsonArray skuArray(const QList<CatalogSku> &skus)
{
    QJsonArray out;
    for (const CatalogSku &s : skus)
        out.append(s.toJson());
    return out;
}

QJsonObject withCount(const QSqlDatabase &db, const ProductPool &pool)
{
    QJsonObject o = pool.toJson();
    o.insert(u"memberCount"_qs, PoolRepository::memberCount(db, pool));
    return o;
}

void audit(RequestContext &ctx, Transaction &tx, const QString &action, const QJsonValue &before,
    const ProductPool &after)
{
    AuditLog::append(tx.db(),
        {0, after.updatedAt, ctx.actor(), action, u"pool"_qs, QString::number(after.id), before,
            after.toJson(), QString::fromLatin1(ctx.request.requestId)});
}

HttpResponse listPools(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    QJsonArray items;
    for (const ProductPool &p : PoolRepository::list(tx.db()))
        items.append(withCount(tx.db(), p));
    tx.commit();
    return HttpResponse::json(200,
        QJsonObject {{u"items"_qs, items}, {u"nextCursor"_qs, QJsonValue()}, {u"total"_qs, items.size()}});
}

HttpResponse getPool(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto pool = id ? PoolRepository::find(tx.db(), *id) : std::nullopt;
    if (!pool)
        return Problem::notFound(u"The pool"_qs).response(ctx.request.requestId);
    const QJsonObject body = withCount(tx.db(), *pool);
    tx.commit();
    return HttpResponse::json(200, body).withHeader("ETag", partnerEtag(pool->version));
}

HttpResponse createPool(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    ProductPool pool;
    if (const FieldErrors errors = readProductPool(body, &pool); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    pool.updatedAt = QDateTime::currentDateTimeUtc();
    pool.updatedBy = ctx.actor();
    pool.version = 1;
    // An optional Idempotency-Key: the console retries a create whose answer was lost with the
    // same key, and gets the pool already created instead of a second one.
    return IdempotentRequest::createOnce(ctx, [&](Transaction &tx) {
        pool.id = PoolRepository::insert(tx.db(), pool, ctx.actor(), pool.updatedAt);
        audit(ctx, tx, u"pool.create"_qs, QJsonValue::Null, pool);
        return HttpResponse::json(201, withCount(tx.db(), pool))
            .withHeader("ETag", partnerEtag(pool.version))
            .withHeader("Location", "/api/v1/pools/" + QByteArray::number(pool.id));
    });
}

HttpResponse updatePool(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    int expected = 0;
    if (auto bad = ctx.readIfMatch(&expected))
        return *bad;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    const auto id = ctx.idParam();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto current = id ? PoolRepository::find(tx.db(), *id) : std::nullopt;
    if (!current)
        return Problem::notFound(u"The pool"_qs).response(requestId);
    if (expected != 0 && expected != current->version)
        return Problem(412, ErrorCode::VersionConflict,
            u"%1 saved version %2 since you read version %3"_qs.arg(current->updatedBy)
                .arg(current->version)
                .arg(expected))
            .extra(u"current"_qs, withCount(tx.db(), *current))
            .header("ETag", partnerEtag(current->version))
            .response(requestId);
    ProductPool next = *current;
    if (const FieldErrors errors = readProductPool(body, &next); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    next.version = current->version + 1;
    next.updatedBy = ctx.actor();
    next.updatedAt = QDateTime::currentDateTimeUtc();
    PoolRepository::update(tx.db(), next);
    audit(ctx, tx, u"pool.update"_qs, current->toJson(), next);
    const QJsonObject answer = withCount(tx.db(), next);
    tx.commit();
    return HttpResponse::json(200, answer).withHeader("ETag", partnerEtag(next.version));
}

QJsonObject diffJson(const PoolRepository::Diff &d)
{
    return {{u"before"_qs, d.before}, {u"after"_qs, d.after}, {u"added"_qs, d.added},
        {u"removed"_qs, d.removed}, {u"addedSamples"_qs, skuArray(d.addedSamples)},
        {u"removedSamples"_qs, skuArray(d.removedSamples)}};
}

// The body is what an update (or a create) would send; nothing is written.
HttpResponse preview(RequestContext &ctx, bool existing)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    std::optional<ProductPool> current;
    if (existing) {
        const auto id = ctx.idParam();
        current = id ? PoolRepository::find(tx.db(), *id) : std::nullopt;
        if (!current)
            return Problem::notFound(u"The pool"_qs).response(requestId);
    }
    ProductPool proposed = current.value_or(ProductPool {});
    if (!existing && !body.contains(u"name"_qs))
        proposed.name = u"(preview)"_qs; // a name is not needed to see what criteria select
    if (const FieldErrors errors = readProductPool(body, &proposed); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    const PoolRepository::Diff d = PoolRepository::diff(tx.db(), current, proposed, PreviewSamples);
    tx.commit();
    return HttpResponse::json(200, diffJson(d));
}

HttpResponse members(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    int limit = DefaultMemberLimit;
    if (const QString l = r.queryValue(u"limit"_qs); !l.isEmpty()) {
        bool ok = false;
        limit = l.toInt(&ok);
        if (!ok || limit < 1 || limit > MaxMemberLimit)
            return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
                .field(u"limit"_qs, u"out_of_range"_qs, u"1 to %1"_qs.arg(MaxMemberLimit))
                .response(r.requestId);
    }
    const auto id = ctx.idParam();
    const QString selection = u"pool-members|"_qs + ctx.params.value(u"id"_qs);
    qint64 afterId = 0;
    if (const QString cursor = r.queryValue(u"cursor"_qs); !cursor.isEmpty()) {
        const auto decoded = PageCursor::decodeKeyset(cursor, selection);
        if (!decoded)
            return Problem(400, ErrorCode::InvalidCursor, u"The cursor is not one this list handed out"_qs)
                .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another query"_qs)
                .response(r.requestId);
        afterId = decoded->second;
    }
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto pool = id ? PoolRepository::find(tx.db(), *id) : std::nullopt;
    if (!pool)
        return Problem::notFound(u"The pool"_qs).response(r.requestId);
    QList<CatalogSku> page = PoolRepository::members(tx.db(), *pool, afterId, limit + 1);
    tx.commit();
    const bool more = page.size() > limit;
    if (more)
        page.removeLast();
    return HttpResponse::json(200,
        QJsonObject {{u"items"_qs, skuArray(page)},
            {u"nextCursor"_qs,
                more ? QJsonValue(
                    PageCursor::encodeKeyset(page.constLast().id, page.constLast().id, selection))
                     : QJsonValue()}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/pools"_qs, Access::anyUser(), listPools);
    router.add("POST", u"/api/v1/pools"_qs, Access::anyOf(kEditors), createPool);
    router.add("POST", u"/api/v1/pools:preview"_qs, Access::anyUser(),
        [](RequestContext &ctx) { return preview(ctx, false); });
    // Before "{id}": a path like /pools/12:preview would otherwise be tried as the id "12:preview".
    router.add("POST", u"/api/v1/pools/{id}:preview"_qs, Access::anyUser(),
        [](RequestContext &ctx) { return preview(ctx, true); });
    router.add("GET", u"/api/v1/pools/{id}"_qs, Access::anyUser(), getPool);
    router.add("PATCH", u"/api/v1/pools/{id}"_qs, Access::anyOf(kEditors), updatePool);
    router.add("GET", u"/api/v1/pools/{id}/skus"_qs, Access::anyUser(), members);
}

} // namespace Kepler::Server::PoolRoutes
