#include "GatewayOrderRoutes.h"

#include "CatalogRepository.h"
#include "Database.h"
#include "ListQuery.h"
#include "MetricsRecorder.h"
#include "OrderRepository.h"
#include "PageCursor.h"
#include "PartnerShop.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Sql.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/Partner.h"
#include "domain/ReviewLimits.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kepler::Server::GatewayOrderRoutes {
namespace {

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

HttpResponse orderNotFound(const QByteArray &requestId)
{
    return Problem::notFound(u"The order"_qs).response(requestId);
}

// The fingerprint of a create request: a replay must be the same order, not merely the same ref.
QString requestHash(const QJsonObject &body)
{
    return QString::fromLatin1(QCryptographicHash::hash(
        QJsonDocument(body).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256)
                                   .toHex());
}

// The daily cap counts orders placed on the request's Beijing day; nullopt when one more fits.
std::optional<HttpResponse> capReached(RequestContext &ctx, const QSqlDatabase &db)
{
    const QDateTime now = utc(ctx.nowMs);
    const QDateTime dayStart = ReviewLimits::startOfBusinessDay(ReviewLimits::businessDay(now));
    const QDateTime next = ReviewLimits::startOfNextBusinessDay(now);
    const qint64 placed = OrderRepository::countPlaced(
        db, ctx.partner->partnerId, dayStart.toMSecsSinceEpoch(), next.toMSecsSinceEpoch());
    if (placed < ctx.partner->dailyOrderCap)
        return std::nullopt;
    const qint64 waitS = std::max<qint64>(1, (next.toMSecsSinceEpoch() - ctx.nowMs + 999) / 1000);
    return Problem(429, ErrorCode::DailyOrderCapReached,
        u"This partner placed its %1 orders for today (Beijing time); the cap resets at midnight"_qs.arg(
            ctx.partner->dailyOrderCap))
        .header("Retry-After", QByteArray::number(waitS))
        .extra(u"dailyOrderCap"_qs, ctx.partner->dailyOrderCap)
        .extra(u"nextAllowedAt"_qs, toIsoUtc(next))
        .response(ctx.request.requestId);
}

OrderValidity validityOf(RequestContext &ctx, const QSqlDatabase &db, const OrderRequest &req)
{
    if (!req.sourceAppId.isEmpty()
        && !OrderRepository::isPartnersApp(db, ctx.partner->partnerId, req.sourceAppId))
        return OrderValidity::InvalidSourceMismatch;
    if (!req.buyerRef.isEmpty()
        && OrderRepository::countByBuyer(db, ctx.partner->partnerId, req.buyerRef,
               ctx.nowMs - OrderRules::AbnormalWindowMs + 1, ctx.nowMs + 1)
            >= OrderRules::AbnormalOrdersPerWindow)
        return OrderValidity::InvalidAbnormalTraffic;
    return OrderValidity::Paid;
}

HttpResponse create(RequestContext &ctx)
{
    const QByteArray &id = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    FieldErrors errors;
    const auto req = readOrderRequest(body, &errors);
    if (!req)
        return Problem::validation(errors).response(id);
    const QString hash = requestHash(body);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    if (const auto stored
        = OrderRepository::findByRef(tx.db(), ctx.partner->partnerId, req->partnerOrderRef)) {
        if (stored->requestHash != hash)
            return Problem(422, ErrorCode::OrderRefConflict,
                u"Order %1 exists with different contents; use a new partnerOrderRef"_qs.arg(
                    req->partnerOrderRef))
                .response(id);
        return HttpResponse::json(200, stored->order.toJson(ctx.nowMs))
            .withHeader("Idempotent-Replayed", "true");
    }
    if (auto refused = capReached(ctx, tx.db()))
        return *refused;

    GatewayOrder order;
    order.partnerId = ctx.partner->partnerId;
    order.partnerOrderRef = req->partnerOrderRef;
    order.buyerRef = req->buyerRef;
    order.sourceAppId = req->sourceAppId;
    order.placedAtMs = ctx.nowMs;
    order.validity = validityOf(ctx, tx.db(), *req);
    const bool valid = isValidOrder(order.validity);
    const PartnerShop shop(tx.db(), *ctx.partner, ctx.nowMs);
    for (int i = 0; i < req->items.size(); ++i) {
        const OrderRequestLine &line = req->items.at(i);
        const auto sku = CatalogRepository::find(tx.db(), line.skuId);
        if (!sku || !sku->onSale || !shop.sells(*sku))
            return Problem(404, ErrorCode::SkuNotInPool,
                u"SKU %1 is not in this partner's product pools"_qs.arg(line.skuId))
                .field(u"items[%1].skuId"_qs.arg(i), u"invalid_value"_qs, u"not sold to this partner"_qs)
                .response(id);
        // Stock is taken in the order's transaction: a rollback (any refusal below) gives it back.
        QSqlQuery take
            = Sql::exec(tx.db(), u"UPDATE catalog_skus SET stock = stock - ? WHERE id = ? AND stock >= ?"_qs,
                {line.quantity, line.skuId, line.quantity});
        if (take.numRowsAffected() != 1)
            return Problem(409, ErrorCode::OutOfStock,
                u"SKU %1 has %2 in stock, %3 asked"_qs.arg(line.skuId).arg(sku->stock).arg(line.quantity))
                .extra(u"skuId"_qs, line.skuId)
                .extra(u"stock"_qs, sku->stock)
                .response(id);
        const PartnerShop::Offer offer = shop.offer(*sku);
        const qint64 commission = valid ? offer.commissionFen * line.quantity : 0;
        order.lines.append({sku->id, sku->name, line.quantity, offer.priceFen, commission});
        order.totalFen += offer.priceFen * line.quantity;
        order.commissionFen += commission;
    }
    order.id = OrderRepository::insert(tx.db(), order, hash);
    tx.commit();
    // After the commit and off the database: the metrics writer adds it up later (docs/gateway.md).
    if (ctx.services.metrics)
        ctx.services.metrics->recordOrder(
            OrderSample {order.partnerId, valid, valid ? order.totalFen : 0, order.placedAtMs});
    return HttpResponse::json(201, order.toJson(ctx.nowMs));
}

HttpResponse status(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto stored
        = OrderRepository::findByRef(tx.db(), ctx.partner->partnerId, ctx.params.value(u"ref"_qs));
    tx.commit();
    if (!stored)
        return orderNotFound(ctx.request.requestId);
    return HttpResponse::json(200, stored->order.toJson(ctx.nowMs));
}

HttpResponse cancel(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    auto stored = OrderRepository::findByRef(tx.db(), ctx.partner->partnerId, ctx.params.value(u"ref"_qs));
    if (!stored)
        return orderNotFound(ctx.request.requestId);
    GatewayOrder &order = stored->order;
    const OrderValidity now = order.validityAt(ctx.nowMs);
    if (now == OrderValidity::Cancelled) // cancelling twice is the same as once
        return HttpResponse::json(200, order.toJson(ctx.nowMs));
    if (now != OrderValidity::Paid)
        return Problem(409, ErrorCode::OrderNotCancellable,
            u"Order %1 is %2; only paid orders can be cancelled"_qs.arg(order.partnerOrderRef, toString(now)))
            .extra(u"status"_qs, toString(now))
            .response(ctx.request.requestId);
    OrderRepository::markCancelled(tx.db(), order.id, ctx.nowMs);
    for (const OrderLine &line : std::as_const(order.lines))
        Sql::exec(tx.db(), u"UPDATE catalog_skus SET stock = stock + ? WHERE id = ?"_qs,
            {line.quantity, line.skuId});
    tx.commit();
    order.validity = OrderValidity::Cancelled;
    order.cancelledAtMs = ctx.nowMs;
    return HttpResponse::json(200, order.toJson(ctx.nowMs));
}

std::optional<qint64> timeParam(
    const HttpRequest &r, const QString &name, qint64 fallback, FieldErrors *errors)
{
    const QString text = r.queryValue(name);
    if (text.isEmpty())
        return fallback;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        errors->append({name, u"invalid_value"_qs, u"an ISO 8601 time, e.g. 2026-11-11T00:00:00Z"_qs});
        return std::nullopt;
    }
    return t.toMSecsSinceEpoch();
}

HttpResponse list(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    FieldErrors errors;
    const auto to = timeParam(r, u"to"_qs, ctx.nowMs + 1, &errors);
    const auto from = timeParam(r, u"from"_qs, (to ? *to : ctx.nowMs) - 24LL * 60 * 60 * 1000, &errors);
    if (from && to && (*to <= *from || *to - *from > MaxListRangeMs))
        errors.append({u"to"_qs, u"out_of_range"_qs, u"after from, at most 31 days later"_qs});
    const int limit = ListQuery::limit(r, DefaultLimit, MaxLimit, &errors);
    if (!errors.isEmpty())
        return ListQuery::badQuery(errors, r.requestId);
    const QString selection = u"orders|%1|%2|%3"_qs.arg(ctx.partner->partnerId).arg(*from).arg(*to);
    std::optional<std::pair<qint64, qint64>> after;
    if (auto refused = ListQuery::keysetCursor(r, selection, &after))
        return *refused;
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    QList<GatewayOrder> orders
        = OrderRepository::list(tx.db(), ctx.partner->partnerId, *from, *to, after, limit + 1);
    tx.commit();
    const bool more = orders.size() > limit;
    if (more)
        orders.removeLast();
    // One row per order line, as JD Union reports them; the order's validity on every row.
    QJsonArray rows;
    for (const GatewayOrder &o : std::as_const(orders)) {
        const QJsonObject head = o.toJson(ctx.nowMs);
        for (const OrderLine &l : o.lines) {
            const bool done = o.validityAt(ctx.nowMs) == OrderValidity::Completed;
            rows.append(QJsonObject {{u"orderId"_qs, o.id}, {u"partnerOrderRef"_qs, o.partnerOrderRef},
                {u"orderTime"_qs, head.value(u"orderTime"_qs)},
                {u"finishTime"_qs, head.value(u"finishTime"_qs)}, {u"skuId"_qs, l.skuId},
                {u"skuName"_qs, l.name}, {u"quantity"_qs, l.quantity}, {u"priceFen"_qs, l.priceFen},
                {u"commissionEstimateFen"_qs, l.commissionFen},
                {u"commissionActualFen"_qs, done ? l.commissionFen : 0},
                {u"validity"_qs, head.value(u"validity"_qs)}});
        }
    }
    const QJsonValue next = more ? QJsonValue(PageCursor::encodeKeyset(
                                orders.constLast().placedAtMs, orders.constLast().id, selection))
                                 : QJsonValue();
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, rows}, {u"nextCursor"_qs, next}});
}

Route labelled(QByteArray method, QString pattern, Handler handler, QString service)
{
    Route route;
    route.method = std::move(method);
    route.pattern = std::move(pattern);
    route.access = Access::signedByPartner();
    route.handler = std::move(handler);
    route.metricsService = std::move(service);
    return route;
}

} // namespace

void registerRoutes(Router &router)
{
    router.add(labelled("POST", u"/open/v1/orders"_qs, create, u"order"_qs));
    router.add(labelled("GET", u"/open/v1/orders"_qs, list, u"orders"_qs));
    router.add(labelled("GET", u"/open/v1/orders/{ref}"_qs, status, u"status"_qs));
    router.add(labelled("POST", u"/open/v1/orders/{ref}:cancel"_qs, cancel, u"cancel"_qs));
}

} // namespace Kepler::Server::GatewayOrderRoutes
