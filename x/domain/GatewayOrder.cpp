#include "GatewayOrder.h"

#include "JsonFields.h"
#include "Partner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace Kepler {
namespace {

struct ValidityName
{
    OrderValidity validity;
    const char16_t *name;
};
constexpr ValidityName kValidityNames[] = {
    {OrderValidity::Paid, u"paid"},
    {OrderValidity::Completed, u"completed"},
    {OrderValidity::Cancelled, u"cancelled"},
    {OrderValidity::InvalidSourceMismatch, u"invalid_source_mismatch"},
    {OrderValidity::InvalidAbnormalTraffic, u"invalid_abnormal_traffic"},
};

void addError(FieldErrors *errors, const QString &field, const QString &code, const QString &message)
{
    if (errors)
        errors->append({field, code, message});
}

// An optional short text field: absent or a string of at most `max` characters.
QString optionalText(const QJsonObject &json, const QString &field, int max, FieldErrors *errors)
{
    const QJsonValue v = json.value(field);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        addError(errors, field, u"wrong_type"_qs, u"%1 must be a string"_qs.arg(field));
        return {};
    }
    if (v.toString().size() > max)
        addError(errors, field, u"too_long"_qs, u"%1 has at most %2 characters"_qs.arg(field).arg(max));
    return v.toString();
}

QJsonValue optionalTime(std::optional<qint64> ms)
{
    return ms ? QJsonValue(toIsoUtc(QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC))) : QJsonValue();
}

} // namespace

QString toString(OrderValidity validity)
{
    for (const auto &n : kValidityNames)
        if (n.validity == validity)
            return QString::fromUtf16(n.name);
    return {};
}

std::optional<OrderValidity> orderValidityFromString(const QString &value)
{
    for (const auto &n : kValidityNames)
        if (value == QStringView(n.name))
            return n.validity;
    return std::nullopt;
}

bool isValidOrder(OrderValidity validity)
{
    return validity == OrderValidity::Paid || validity == OrderValidity::Completed;
}

std::optional<OrderRequest> readOrderRequest(const QJsonObject &json, FieldErrors *errors)
{
    FieldErrors found;
    OrderRequest r;
    static const QRegularExpression refPattern(u"^[A-Za-z0-9._-]{1,%1}$"_qs.arg(OrderRules::MaxRefLength));
    const QJsonValue ref = json.value(u"partnerOrderRef"_qs);
    if (!ref.isString())
        addError(&found, u"partnerOrderRef"_qs, ref.isUndefined() ? u"required"_qs : u"wrong_type"_qs,
            u"partnerOrderRef is the partner's own order number, a string"_qs);
    else if (!refPattern.match(ref.toString()).hasMatch())
        addError(&found, u"partnerOrderRef"_qs, u"invalid_value"_qs,
            u"partnerOrderRef is 1 to %1 of A-Z a-z 0-9 . _ -"_qs.arg(OrderRules::MaxRefLength));
    else
        r.partnerOrderRef = ref.toString();
    r.buyerRef = optionalText(json, u"buyerRef"_qs, 64, &found);
    r.sourceAppId = optionalText(json, u"sourceAppId"_qs, 64, &found);

    const QJsonValue items = json.value(u"items"_qs);
    if (!items.isArray()) {
        addError(&found, u"items"_qs, items.isUndefined() ? u"required"_qs : u"wrong_type"_qs,
            u"items is a list of {skuId, quantity}"_qs);
    } else if (items.toArray().isEmpty() || items.toArray().size() > OrderRules::MaxItems) {
        addError(&found, u"items"_qs, u"out_of_range"_qs,
            u"An order has 1 to %1 items"_qs.arg(OrderRules::MaxItems));
    } else {
        QSet<qint64> seen;
        const QJsonArray array = items.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString at = u"items[%1]"_qs.arg(i);
            const QJsonObject item = array.at(i).toObject();
            const QJsonValue sku = item.value(u"skuId"_qs);
            const QJsonValue qty = item.value(u"quantity"_qs);
            // Whole numbers only: JSON numbers are doubles, and 2.5 pieces is not an order.
            const std::optional<qint64> skuId = wholeNumber(sku, 1, qint64(9e15));
            const std::optional<qint64> quantity = wholeNumber(qty, 1, OrderRules::MaxQuantity);
            const bool skuOk = skuId.has_value();
            const bool qtyOk = quantity.has_value();
            if (!array.at(i).isObject() || !skuOk)
                addError(
                    &found, at + u".skuId"_qs, u"invalid_value"_qs, u"skuId is a positive whole number"_qs);
            if (!qtyOk)
                addError(&found, at + u".quantity"_qs, u"out_of_range"_qs,
                    u"quantity is a whole number from 1 to %1"_qs.arg(OrderRules::MaxQuantity));
            if (!skuOk || !qtyOk)
                continue;
            const qint64 id = *skuId;
            if (seen.contains(id)) {
                addError(&found, at + u".skuId"_qs, u"duplicate"_qs,
                    u"Each SKU appears once; raise its quantity"_qs);
                continue;
            }
            seen.insert(id);
            r.items.append({id, int(*quantity)});
        }
    }
    if (errors)
        *errors = found;
    if (!found.isEmpty())
        return std::nullopt;
    return r;
}

OrderValidity GatewayOrder::validityAt(qint64 nowMs) const
{
    if (validity == OrderValidity::Paid && nowMs - placedAtMs >= OrderRules::CompletionMs)
        return OrderValidity::Completed;
    return validity;
}

std::optional<qint64> GatewayOrder::finishedAtMs(qint64 nowMs) const
{
    if (cancelledAtMs)
        return cancelledAtMs;
    if (validityAt(nowMs) == OrderValidity::Completed)
        return placedAtMs + OrderRules::CompletionMs;
    return std::nullopt;
}

qint64 GatewayOrder::actualCommissionFen(qint64 nowMs) const
{
    return validityAt(nowMs) == OrderValidity::Completed ? commissionFen : 0;
}

QJsonObject GatewayOrder::toJson(qint64 nowMs) const
{
    QJsonArray items;
    for (const OrderLine &l : lines)
        items.append(QJsonObject {{u"skuId"_qs, l.skuId}, {u"name"_qs, l.name}, {u"quantity"_qs, l.quantity},
            {u"priceFen"_qs, l.priceFen}, {u"commissionEstimateFen"_qs, l.commissionFen}});
    const OrderValidity now = validityAt(nowMs);
    return QJsonObject {{u"orderId"_qs, id}, {u"partnerOrderRef"_qs, partnerOrderRef},
        {u"status"_qs, toString(now)}, {u"validity"_qs, toString(now)}, {u"valid"_qs, isValidOrder(now)},
        {u"orderTime"_qs, optionalTime(placedAtMs)}, {u"finishTime"_qs, optionalTime(finishedAtMs(nowMs))},
        {u"buyerRef"_qs, buyerRef}, {u"sourceAppId"_qs, sourceAppId}, {u"totalFen"_qs, totalFen},
        {u"commissionEstimateFen"_qs, commissionFen}, {u"commissionActualFen"_qs, actualCommissionFen(nowMs)},
        {u"items"_qs, items}};
}

} // namespace Kepler
