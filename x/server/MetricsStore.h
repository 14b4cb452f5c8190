#pragma once

#include "MetricsBuckets.h"

#include "domain/MetricsRange.h"

#include <QSqlDatabase>

namespace Kepler::Server {

class Database;

// The metrics tables of migration 9 (docs/gateway.md "Metrics"): adding collected buckets into the
// minute rows, keeping the hourly and daily roll-ups equal to the sum of what they cover, retention.
namespace MetricsStore {

// SLO targets and retention, from platform_settings (defaults when a row is missing or unreadable).
struct Settings
{
    double overallTarget = 0.9999;
    double serviceTarget = 0.99999;
    int minuteDays = 7;
    int hourDays = 90;
    int dayDays = 730;

    // The oldest period each kind of row is kept from at `now`: minute rows by whole hours, hourly
    // rows by whole Beijing days, so a roll-up period is either wholly kept below it or not at all.
    qint64 minutesFrom(qint64 now) const;
    qint64 hoursFrom(qint64 now) const;
    qint64 daysFrom(qint64 now) const;
    MetricsRange::Retention retention(qint64 now) const { return {minutesFrom(now), hoursFrom(now)}; }
};
Settings readSettings(const QSqlDatabase &db);

struct WriteResult
{
    int minuteRows = 0;
    int hourRows = 0;
    int dayRows = 0;
};

// In one write transaction, adds the buckets into the minute rows and the same sums into the hourly
// and daily rows they fall in (INSERT … ON CONFLICT DO UPDATE SET x = x + excluded.x), so
// instances sharing a database add up and a roll-up equals the sum of its minutes however late they
// arrive: both change in the same commit or neither does. A minute older than the minute retention
// writes no minute row (it would be purged) but still adds into its hour; likewise an hour older
// than the hourly retention into its day. Throws DatabaseError.
WriteResult write(Database &database, const RequestBuckets &requests, const OrderBuckets &orders,
    const Settings &settings, qint64 now);

// Deletes rows older than their retention. Throws DatabaseError.
void purge(Database &database, const Settings &settings, qint64 now);

} // namespace MetricsStore
} // namespace Kepler::Server
