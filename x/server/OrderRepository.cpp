#include "OrderRepository.h"

#include "Sql.h"

#include <QSqlQuery>

namespace Kepler::Server::OrderRepository {
namespace {

const QString kColumns = u"id, partner_id, partner_order_ref, buyer_ref, source_app_id, validity, placed_at, "
                         u"cancelled_at, total_fen, commission_fen, request_hash"_qs;

GatewayOrder read(const QSqlQuery &q)
{
    GatewayOrder o;
    o.id = q.value(0).toLongLong();
    o.partnerId = q.value(1).toLongLong();
    o.partnerOrderRef = q.value(2).toString();
    o.buyerRef = q.value(3).toString();
    o.sourceAppId = q.value(4).toString();
    o.validity = orderValidityFromString(q.value(5).toString()).value_or(OrderValidity::Paid);
    o.placedAtMs = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        o.cancelledAtMs = q.value(7).toLongLong();
    o.totalFen = q.value(8).toLongLong();
    o.commissionFen = q.value(9).toLongLong();
    return o;
}

void readLines(const QSqlDatabase &db, QList<GatewayOrder> *orders)
{
    if (orders->isEmpty())
        return;
    QHash<qint64, qsizetype> at;
    QStringList marks;
    QVariantList ids;
    for (qsizetype i = 0; i < orders->size(); ++i) {
        at.insert(orders->at(i).id, i);
        marks.append(u"?"_qs);
        ids.append(orders->at(i).id);
    }
    QSqlQuery q = Sql::exec(db,
        u"SELECT order_id, sku_id, name, quantity, price_fen, commission_fen FROM gateway_order_items "
        u"WHERE order_id IN (%1) ORDER BY order_id, line"_qs.arg(marks.join(u',')),
        ids);
    while (q.next())
        (*orders)[at.value(q.value(0).toLongLong())].lines.append({q.value(1).toLongLong(),
            q.value(2).toString(), q.value(3).toInt(), q.value(4).toLongLong(), q.value(5).toLongLong()});
}

} // namespace

qint64 insert(const QSqlDatabase &db, const GatewayOrder &order, const QString &requestHash)
{
    const qint64 id = Sql::scalar(db,
        u"INSERT INTO gateway_orders (partner_id, partner_order_ref, request_hash, buyer_ref, source_app_id, "
        u"validity, placed_at, total_fen, commission_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_qs,
        {order.partnerId, order.partnerOrderRef, requestHash, order.buyerRef, order.sourceAppId,
            toString(order.validity), order.placedAtMs, order.totalFen, order.commissionFen});
    Sql::Prepared line(db,
        u"INSERT INTO gateway_order_items (order_id, line, sku_id, name, quantity, price_fen, "
        u"commission_fen) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?)"_qs);
    for (int i = 0; i < order.lines.size(); ++i) {
        const OrderLine &l = order.lines.at(i);
        line.run({id, i + 1, l.skuId, l.name, l.quantity, l.priceFen, l.commissionFen});
    }
    return id;
}

std::optional<Stored> findByRef(const QSqlDatabase &db, qint64 partnerId, const QString &ref)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT "_qs + kColumns + u" FROM gateway_orders WHERE partner_id = ? AND partner_order_ref = ?"_qs,
        {partnerId, ref});
    if (!q.next())
        return std::nullopt;
    QList<GatewayOrder> one {read(q)};
    const QString hash = q.value(10).toString();
    readLines(db, &one);
    return Stored {one.constFirst(), hash};
}

QList<GatewayOrder> list(const QSqlDatabase &db, qint64 partnerId, qint64 fromMs, qint64 toMs,
    std::optional<std::pair<qint64, qint64>> after, int limit)
{
    QString sql = u"SELECT "_qs + kColumns
        + u" FROM gateway_orders WHERE partner_id = ? AND placed_at >= ? AND placed_at < ?"_qs;
    QVariantList params {partnerId, fromMs, toMs};
    if (after) {
        sql += u" AND (placed_at > ? OR (placed_at = ? AND id > ?))"_qs;
        params << after->first << after->first << after->second;
    }
    sql += u" ORDER BY placed_at, id LIMIT ?"_qs;
    params << limit;
    QSqlQuery q = Sql::exec(db, sql, params);
    QList<GatewayOrder> out;
    while (q.next())
        out.append(read(q));
    readLines(db, &out);
    return out;
}

qint64 countPlaced(const QSqlDatabase &db, qint64 partnerId, qint64 fromMs, qint64 toMs)
{
    return Sql::scalar(db,
        u"SELECT COUNT(*) FROM gateway_orders WHERE partner_id = ? AND placed_at >= ? AND placed_at < ?"_qs,
        {partnerId, fromMs, toMs});
}

qint64 countByBuyer(
    const QSqlDatabase &db, qint64 partnerId, const QString &buyerRef, qint64 fromMs, qint64 toMs)
{
    return Sql::scalar(db,
        u"SELECT COUNT(*) FROM gateway_orders WHERE partner_id = ? AND buyer_ref = ? AND placed_at >= ? "
        u"AND placed_at < ?"_qs,
        {partnerId, buyerRef, fromMs, toMs});
}

bool isPartnersApp(const QSqlDatabase &db, qint64 partnerId, const QString &appId)
{
    return Sql::scalar(db,
               u"SELECT COUNT(*) FROM miniprogram_apps WHERE partner_id = ? AND app_id = ? AND status = "
               u"'authorised'"_qs,
               {partnerId, appId})
        > 0;
}

void markCancelled(const QSqlDatabase &db, qint64 orderId, qint64 atMs)
{
    Sql::exec(db, u"UPDATE gateway_orders SET validity = 'cancelled', cancelled_at = ? WHERE id = ?"_qs,
        {atMs, orderId});
}

} // namespace Kepler::Server::OrderRepository
