#pragma once

#include "FieldError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Kepler {

// Orders placed through the partner gateway (issue 6, docs/gateway.md). JD Union's order rows are
// the model: a validity code per order, estimated commission at placement, actual at completion.
enum class OrderValidity {
    Paid, // valid, not yet completed
    Completed, // valid; derived: a paid order 7 days after placement
    Cancelled,
    InvalidSourceMismatch, // names a mini-program that is not the partner's
    InvalidAbnormalTraffic, // one buyer placing orders faster than a person does
};
QString toString(OrderValidity validity); // "paid", "completed", "cancelled", "invalid_source_mismatch", ...
std::optional<OrderValidity> orderValidityFromString(const QString &value);
bool isValidOrder(OrderValidity validity); // paid or completed: counts in GMV and pays commission

namespace OrderRules {
inline constexpr int MaxItems = 20;
inline constexpr int MaxQuantity = 99;
inline constexpr int MaxRefLength = 64;
inline constexpr qint64 CompletionMs = 7LL * 24 * 60 * 60 * 1000;
// More orders than this from one buyer of one partner within AbnormalWindowMs is not a person.
inline constexpr int AbnormalOrdersPerWindow = 5;
inline constexpr qint64 AbnormalWindowMs = 60 * 1000;
} // namespace OrderRules

struct OrderRequestLine
{
    qint64 skuId = 0;
    int quantity = 0;
};

// The body of POST /open/v1/orders, checked.
struct OrderRequest
{
    QString partnerOrderRef;
    QString buyerRef;
    QString sourceAppId;
    QList<OrderRequestLine> items;
};
std::optional<OrderRequest> readOrderRequest(const QJsonObject &json, FieldErrors *errors);

struct OrderLine
{
    qint64 skuId = 0;
    QString name;
    int quantity = 0;
    qint64 priceFen = 0; // each
    qint64 commissionFen = 0; // the line's estimated commission
};

struct GatewayOrder
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString partnerOrderRef;
    QString buyerRef;
    QString sourceAppId;
    OrderValidity validity = OrderValidity::Paid; // as stored: paid, cancelled or invalid_*
    qint64 placedAtMs = 0;
    std::optional<qint64> cancelledAtMs;
    qint64 totalFen = 0;
    qint64 commissionFen = 0; // estimate
    QList<OrderLine> lines;

    // What the order is at `nowMs`: a paid order placed 7 days before is completed.
    OrderValidity validityAt(qint64 nowMs) const;
    std::optional<qint64> finishedAtMs(qint64 nowMs) const; // completion or cancellation
    qint64 actualCommissionFen(qint64 nowMs) const; // the estimate once completed, else 0
    QJsonObject toJson(qint64 nowMs) const;
};

} // namespace Kepler
