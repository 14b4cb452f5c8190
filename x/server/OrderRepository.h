#pragma once

#include "domain/GatewayOrder.h"

#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// gateway_orders and their lines (migration 8).
namespace OrderRepository {

// Inserts the order and its lines; returns the id. Throws DatabaseError on a duplicate reference
// (the UNIQUE constraint is what makes two concurrent creates with one reference one order).
qint64 insert(const QSqlDatabase &db, const GatewayOrder &order, const QString &requestHash);
struct Stored
{
    GatewayOrder order;
    QString requestHash;
};
std::optional<Stored> findByRef(const QSqlDatabase &db, qint64 partnerId, const QString &ref);

// Orders placed in [fromMs, toMs), by placement time then id, after the keyset (placedAt, id).
QList<GatewayOrder> list(const QSqlDatabase &db, qint64 partnerId, qint64 fromMs, qint64 toMs,
    std::optional<std::pair<qint64, qint64>> after, int limit);

qint64 countPlaced(const QSqlDatabase &db, qint64 partnerId, qint64 fromMs, qint64 toMs);
qint64 countByBuyer(
    const QSqlDatabase &db, qint64 partnerId, const QString &buyerRef, qint64 fromMs, qint64 toMs);
bool isPartnersApp(const QSqlDatabase &db, qint64 partnerId, const QString &appId);
void markCancelled(const QSqlDatabase &db, qint64 orderId, qint64 atMs);

} // namespace OrderRepository

} // namespace Kepler::Server
