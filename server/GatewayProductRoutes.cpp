#include "GatewayProductRoutes.h"

#include "CatalogMemoryIndex.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "ListQuery.h"
#include "PageCursor.h"
#include "PartnerShop.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"

#include <QJsonArray>

namespace Kepler::Server::GatewayProductRoutes {
namespace {

HttpResponse notInPool(const QByteArray &requestId)
{
    return Problem(404, ErrorCode::SkuNotInPool, u"No such SKU in this partner's product pools"_qs)
        .response(requestId);
}

// A page's rows are looked for first among the next WalkRangePerRow × (limit + 1) ids.
constexpr qint64 WalkRangePerRow = 64;

HttpResponse search(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    FieldErrors errors;
    CatalogCriteria criteria;
    criteria.keyword = r.queryValue(u"keyword"_qs).trimmed();
    if (criteria.keyword.size() > 50)
        errors.append({u"keyword"_qs, u"too_long"_qs, u"at most 50 characters"_qs});
    if (const QString cid = r.queryValue(u"cid"_qs); !cid.isEmpty()) {
        bool ok = false;
        const int id = cid.toInt(&ok);
        if (!ok || id < 1)
            errors.append({u"cid"_qs, u"invalid_value"_qs, u"a category id"_qs});
        else
            criteria.categories = {id};
    }
    const int limit = ListQuery::limit(r, DefaultLimit, MaxLimit, &errors);
    if (!errors.isEmpty())
        return ListQuery::badQuery(errors, r.requestId);
    const QString selection = u"gateway|%1|%2|%3"_qs.arg(ctx.partner->partnerId)
                                  .arg(criteria.keyword)
                                  .arg(criteria.categories.value(0));
    std::optional<std::pair<qint64, qint64>> after;
    if (auto refused = ListQuery::keysetCursor(r, selection, &after))
        return *refused;
    const qint64 afterId = after ? after->second : 0;
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const PartnerShop shop(tx.db(), *ctx.partner, ctx.nowMs);
    QVariantList params;
    // Two statements: the parameters must be appended in the order of the text (the operands of one
    // `+` are evaluated in any order — a keyword was bound to the pools' placeholders).
    const QString criteriaWhere = CatalogRepository::whereClause(criteria, &params);
    const QString where = criteriaWhere + u" AND "_qs + shop.assortmentClause(&params);
    QList<CatalogSku> skus;
    CatalogMemoryIndex *memory = ctx.services.catalogIndex;
    qint64 from = afterId;
    bool exhausted = false;
    if (!criteria.keyword.isEmpty() && memory && memory->ready()) {
        // The keyword's matches from the in-memory index in id order, a growing chunk at a time; the
        // pools' clauses (and the same keyword condition) are applied in SQL to each chunk's ids. A
        // common word in a small pool would take many chunks: after four the SQL walk by id goes on.
        // The first chunk is small: a partner's pools usually hold a good share of the matches, and
        // the statement's cost grows with its list, not with the rows the page needs.
        for (size_t chunk = 128; chunk <= 8192 && skus.size() <= limit; chunk *= 4) {
            const std::vector<qint64> ids = memory->matchingIds(tx.db(), criteria, from, chunk);
            skus += CatalogRepository::firstAmongIds(
                tx.db(), ids, where, params, from, int(limit + 1 - skus.size()));
            if (ids.size() < chunk) {
                exhausted = true;
                break;
            }
            from = ids.back();
        }
    }
    if (!exhausted && skus.size() <= limit) {
        // First by primary key over the next ids only: where the pools and the criteria hold a fair
        // share of the catalog the page is there, and SQLite would otherwise rather collect every
        // match of an OR of category indexes and sort them all by id (20–50 ms on 100,000 SKUs, for
        // 21 rows). What that range did not fill, the whole rest does, planned as the engine likes.
        const qint64 upTo = from + WalkRangePerRow * (limit + 1);
        skus += CatalogRepository::firstByIdWhere(tx.db(), where + u" AND id <= "_qs + QString::number(upTo),
            params, from, int(limit + 1 - skus.size()));
        if (skus.size() <= limit)
            skus += CatalogRepository::firstByIdWhere(
                tx.db(), where, params, upTo, int(limit + 1 - skus.size()));
    }
    const bool more = skus.size() > limit;
    if (more)
        skus.removeLast();
    QJsonArray items;
    for (const CatalogSku &sku : std::as_const(skus))
        items.append(shop.toJson(sku));
    tx.commit();
    const QJsonValue next = more
        ? QJsonValue(PageCursor::encodeKeyset(skus.constLast().id, skus.constLast().id, selection))
        : QJsonValue();
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, items}, {u"nextCursor"_qs, next}});
}

HttpResponse detail(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    if (!id)
        return notInPool(ctx.request.requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto sku = CatalogRepository::find(tx.db(), *id);
    if (!sku)
        return notInPool(ctx.request.requestId);
    const PartnerShop shop(tx.db(), *ctx.partner, ctx.nowMs);
    if (!sku->onSale || !shop.sells(*sku))
        return notInPool(ctx.request.requestId);
    const QJsonObject json = shop.toJson(*sku);
    tx.commit();
    return HttpResponse::json(200, json);
}

} // namespace

void registerRoutes(Router &router)
{
    const auto labelled = [](QString pattern, Handler handler, QString service) {
        Route route;
        route.method = "GET";
        route.pattern = std::move(pattern);
        route.access = Access::signedByPartner();
        route.handler = std::move(handler);
        route.metricsService = std::move(service);
        return route;
    };
    router.add(labelled(u"/open/v1/products"_qs, search, u"search"_qs));
    router.add(labelled(u"/open/v1/products/{id}"_qs, detail, u"detail"_qs));
}

} // namespace Kepler::Server::GatewayProductRoutes
