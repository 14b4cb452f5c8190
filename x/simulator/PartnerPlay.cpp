#include "PartnerPlay.h"

#include "TrafficShape.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace Kepler::Simulator {
namespace {

constexpr int KeptSkus = 60;
constexpr int KeptOrders = 30;

// Leaf categories of the demo catalog and words its product names use.
const QStringList Keywords {u"手机"_qs, u"充电器"_qs, u"键盘"_qs, u"鼠标"_qs, u"冰箱"_qs, u"空气炸锅"_qs,
    u"咖啡"_qs, u"茶叶"_qs, u"牛奶"_qs, u"面膜"_qs, u"洗发水"_qs, u"纸尿裤"_qs, u"跑步鞋"_qs, u"帐篷"_qs,
    u"四件套"_qs, u"坚果"_qs, u"显示器"_qs, u"精华"_qs};

QString encoded(const QString &s)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

} // namespace

void PartnerPlay::learnSkus(const QList<qint64> &found)
{
    for (qint64 id : found)
        if (!skus.contains(id))
            skus.append(id);
    if (skus.size() > KeptSkus)
        skus.remove(0, skus.size() - KeptSkus);
}

void PartnerPlay::placed(const QString &ref, const QByteArray &body)
{
    orders.append({ref, body});
    if (orders.size() > KeptOrders)
        orders.removeFirst();
}

PlannedRequest PartnerPlay::plan(QRandomGenerator &rng, const QString &runId, qint64 sequence, qint64 clockMs)
{
    using Kind = PlannedRequest::Kind;
    PlannedRequest r;
    const auto set = [&r](Kind kind, const QByteArray &method, const QString &path, const QString &service) {
        r.kind = kind;
        r.method = method;
        r.path = path;
        r.service = service;
    };
    const auto pick = [&rng](const auto &list) {
        return list.at(rng.bounded(qsizetype(list.size())));
    };
    const double u = rng.generateDouble();
    const bool capped = capDayMs >= 0
        && capDayMs == TrafficShape::beijingDayStart(clockMs ? clockMs : QDateTime::currentMSecsSinceEpoch());

    if (!appsAsked) {
        appsAsked = true;
        set(Kind::Apps, "GET", u"/open/v1/miniprograms"_qs, u"miniprogram"_qs);
        return r;
    }
    if (skus.isEmpty() || u < 0.02) {
        set(Kind::Search, "GET", u"/open/v1/products?limit=20"_qs, u"search"_qs);
        return r;
    }
    const bool ordering = !capped && (burstLeft > 0 || u < TrafficShape::orderShare(info.mode));
    if (ordering) {
        const double v = rng.generateDouble();
        if (burstLeft == 0 && !orders.isEmpty() && v < 0.06) {
            const PlacedOrder &o = pick(orders);
            set(Kind::Replay, "POST", u"/open/v1/orders"_qs, u"order"_qs);
            r.orderRef = o.ref;
            r.body = o.body; // the same body: the stored answer again, no second order
            return r;
        }
        QJsonArray items;
        QList<qint64> chosen;
        const int n = 1 + (rng.bounded(10) < 7 ? 0 : rng.bounded(qMin(3, int(skus.size()))));
        while (chosen.size() < n) {
            const qint64 sku = pick(skus);
            if (!chosen.contains(sku))
                chosen.append(sku);
        }
        for (qint64 sku : chosen)
            items.append(QJsonObject {
                {u"skuId"_qs, sku}, {u"quantity"_qs, rng.bounded(10) < 8 ? 1 : 2 + rng.bounded(2)}});
        QJsonObject order {{u"items"_qs, items}};
        if (burstLeft == 0 && v < 0.08) { // a buyer about to place more than 5 orders in a minute
            burstBuyer = u"u-burst-%1-%2"_qs.arg(runId).arg(sequence);
            burstLeft = 7;
        }
        if (burstLeft > 0) {
            --burstLeft;
            order.insert(u"buyerRef"_qs, burstBuyer);
        } else {
            order.insert(u"buyerRef"_qs, u"u-%1"_qs.arg(rng.bounded(1, 200000)));
        }
        if (v > 0.96) // a source the partner never authorised: an invalid order
            order.insert(u"sourceAppId"_qs, u"wxforeign%1"_qs.arg(rng.bounded(100000, 999999)));
        else if (!apps.isEmpty() && v < 0.7)
            order.insert(u"sourceAppId"_qs, pick(apps));
        if (!orders.isEmpty() && v > 0.95 && v <= 0.96) {
            // An old ref with another body: 422 order_ref_conflict.
            r.orderRef = pick(orders).ref;
            set(Kind::Conflict, "POST", u"/open/v1/orders"_qs, u"order"_qs);
        } else {
            r.orderRef = u"sim-%1-%2-%3"_qs.arg(runId).arg(info.id).arg(sequence);
            set(Kind::Order, "POST", u"/open/v1/orders"_qs, u"order"_qs);
        }
        order.insert(u"partnerOrderRef"_qs, r.orderRef);
        r.body = QJsonDocument(order).toJson(QJsonDocument::Compact);
        return r;
    }
    const double w = rng.generateDouble();
    if (w < 0.35) {
        QString query = u"limit=20"_qs;
        const int how = rng.bounded(4);
        if (how < 2)
            query += u"&keyword="_qs + encoded(pick(Keywords));
        else if (how == 2)
            query += u"&cid="_qs + QString::number(rng.bounded(1, 11));
        set(Kind::Search, "GET", u"/open/v1/products?"_qs + query, u"search"_qs);
    } else if (w < 0.7) {
        set(Kind::Detail, "GET", u"/open/v1/products/%1"_qs.arg(pick(skus)), u"detail"_qs);
    } else if (w < 0.88 && !orders.isEmpty()) {
        r.orderRef = pick(orders).ref;
        set(Kind::Status, "GET", u"/open/v1/orders/"_qs + encoded(r.orderRef), u"status"_qs);
    } else if (w < 0.96) {
        set(Kind::List, "GET", u"/open/v1/orders?limit=20"_qs, u"orders"_qs);
    } else if (!orders.isEmpty()) {
        r.orderRef = pick(orders).ref;
        set(Kind::Cancel, "POST", u"/open/v1/orders/%1:cancel"_qs.arg(encoded(r.orderRef)), u"cancel"_qs);
        r.body = "{}";
    } else {
        set(Kind::Ping, "GET", u"/open/v1/ping"_qs, u"ping"_qs);
    }
    return r;
}

} // namespace Kepler::Simulator
