#pragma once

#include "domain/LatencyHistogram.h"

#include <QHash>
#include <QString>

namespace Kepler::Server {

// What the recorder collects in memory between flushes: one aggregate per (minute, partner,
// service) and per (minute, partner). Adding two of them is what the database's upsert does too.
struct RequestKey
{
    qint64 minute = 0; // the minute's start, UTC ms
    qint64 partnerId = 0;
    QString service;

    bool operator==(const RequestKey &) const = default;
};

inline size_t qHash(const RequestKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.minute, k.partnerId, k.service);
}

struct RequestAggregate
{
    qint64 requests = 0;
    qint64 errors = 0; // 5xx
    qint64 clientErrors = 0; // 4xx
    qint64 latencySumUs = 0;
    LatencyHistogram::Counts buckets {};

    RequestAggregate &operator+=(const RequestAggregate &o)
    {
        requests += o.requests;
        errors += o.errors;
        clientErrors += o.clientErrors;
        latencySumUs += o.latencySumUs;
        for (size_t i = 0; i < buckets.size(); ++i)
            buckets[i] += o.buckets[i];
        return *this;
    }
};

struct OrderKey
{
    qint64 minute = 0;
    qint64 partnerId = 0;

    bool operator==(const OrderKey &) const = default;
};

inline size_t qHash(const OrderKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.minute, k.partnerId);
}

struct OrderAggregate
{
    qint64 orders = 0;
    qint64 validOrders = 0;
    qint64 gmvFen = 0;

    OrderAggregate &operator+=(const OrderAggregate &o)
    {
        orders += o.orders;
        validOrders += o.validOrders;
        gmvFen += o.gmvFen;
        return *this;
    }
};

using RequestBuckets = QHash<RequestKey, RequestAggregate>;
using OrderBuckets = QHash<OrderKey, OrderAggregate>;

} // namespace Kepler::Server
