#include "CatalogRoutes.h"

#include "CatalogMemoryIndex.h"
#include "CatalogRepository.h"
#include "Database.h"
#include "ListQuery.h"
#include "PageCursor.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"

#include <QJsonArray>

namespace Kepler::Server::CatalogRoutes {
namespace {

HttpResponse badQuery(const FieldErrors &errors, const QByteArray &requestId)
{
    return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
        .errors(errors)
        .response(requestId);
}

HttpResponse listSkus(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    FieldErrors errors;
    const auto criteria = CatalogCriteria::fromUrlQuery(r.query, &errors);
    const QString sortText = r.queryValue(u"sort"_qs);
    const auto sort
        = sortText.isEmpty() ? CatalogRepository::Sort::Id : CatalogRepository::sortFromString(sortText);
    if (!sort)
        errors.append({u"sort"_qs, u"invalid_value"_qs, u"id, price, -price or -stock"_qs});
    const int limit = ListQuery::limit(r, DefaultLimit, MaxLimit, &errors);
    if (!criteria || !errors.isEmpty())
        return badQuery(errors, r.requestId);
    QUrlQuery selectionQuery;
    criteria->addToUrlQuery(&selectionQuery);
    const QString selection = selectionQuery.toString() + u"|sort="_qs + CatalogRepository::toString(*sort);
    std::optional<std::pair<qint64, qint64>> after;
    if (auto refused = ListQuery::keysetCursor(r, selection, &after))
        return *refused;
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    CatalogRepository::Page page;
    qint64 total = -1; // the total only on the first page: later pages keep the count the client has
    CatalogMemoryIndex *memory = ctx.services.catalogIndex;
    if (!criteria->keyword.isEmpty() && memory && memory->ready()) {
        auto found = memory->search(tx.db(), *criteria, *sort, limit, after, after ? 0 : TotalCap + 1);
        page = std::move(found.page);
        total = found.total;
    } else {
        const CatalogRepository::KeywordPlan plan = CatalogRepository::planKeyword(tx.db(), *criteria);
        page = CatalogRepository::list(tx.db(), *criteria, *sort, limit, after, plan);
        if (!after)
            total = CatalogRepository::count(tx.db(), *criteria, TotalCap + 1, plan);
    }
    tx.commit();
    QJsonArray items;
    for (const CatalogSku &s : page.items)
        items.append(s.toJson());
    QJsonObject body {{u"items"_qs, items},
        {u"nextCursor"_qs,
            page.more ? QJsonValue(PageCursor::encodeKeyset(page.lastKey, page.lastId, selection))
                      : QJsonValue()}};
    if (total >= 0) {
        body.insert(u"total"_qs, qMin(total, TotalCap));
        body.insert(u"totalCapped"_qs, total > TotalCap);
    }
    return HttpResponse::json(200, body);
}

HttpResponse getSku(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto sku = id ? CatalogRepository::find(tx.db(), *id) : std::nullopt;
    tx.commit();
    if (!sku)
        return Problem::notFound(u"The SKU"_qs).response(ctx.request.requestId);
    return HttpResponse::json(200, sku->toJson());
}

HttpResponse categories(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const QJsonArray items = CatalogRepository::categories(tx.db());
    tx.commit();
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, items}});
}

HttpResponse brands(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const QJsonArray items = CatalogRepository::brands(tx.db());
    tx.commit();
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, items}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/catalog/skus"_qs, Access::anyUser(), listSkus);
    router.add("GET", u"/api/v1/catalog/skus/{id}"_qs, Access::anyUser(), getSku);
    router.add("GET", u"/api/v1/catalog/categories"_qs, Access::anyUser(), categories);
    router.add("GET", u"/api/v1/catalog/brands"_qs, Access::anyUser(), brands);
}

} // namespace Kepler::Server::CatalogRoutes
