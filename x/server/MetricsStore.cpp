#include "MetricsStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QSqlQuery>
#include <QStringList>

namespace Kepler::Server::MetricsStore {
namespace {

using MetricsRange::DayMs;

// A family of tables (minutes, hours, days) with the same key and value columns.
struct Family
{
    QString prefix; // "metrics_request_" → metrics_request_minutes/hours/days
    QStringList keys; // after t
    QStringList values;
};

const Family &requestFamily()
{
    static const Family f = [] {
        Family family {u"metrics_request_"_qs, {u"partner_id"_qs, u"service"_qs},
            {u"requests"_qs, u"errors"_qs, u"client_errors"_qs, u"latency_sum_us"_qs}};
        for (int i = 0; i < LatencyHistogram::BucketCount; ++i)
            family.values.append(u"b%1"_qs.arg(i));
        return family;
    }();
    return f;
}

const Family &orderFamily()
{
    static const Family f {
        u"metrics_order_"_qs, {u"partner_id"_qs}, {u"orders"_qs, u"valid_orders"_qs, u"gmv_fen"_qs}};
    return f;
}

QString upsertSql(const Family &f, const QString &level)
{
    const QString table = f.prefix + level;
    QStringList columns {u"t"_qs};
    columns += f.keys;
    columns += f.values;
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_qs);
    QStringList sets;
    for (const QString &v : f.values)
        sets.append(u"%1 = %2.%1 + excluded.%1"_qs.arg(v, table));
    return u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (t, %4) DO UPDATE SET %5"_qs.arg(
        table, columns.join(u", "_qs), marks.join(u", "_qs), f.keys.join(u", "_qs), sets.join(u", "_qs));
}

QVariantList requestRow(qint64 t, const RequestKey &k, const RequestAggregate &a)
{
    QVariantList row {t, k.partnerId, k.service, a.requests, a.errors, a.clientErrors, a.latencySumUs};
    for (qint64 b : a.buckets)
        row.append(b);
    return row;
}

QVariantList orderRow(qint64 t, const OrderKey &k, const OrderAggregate &a)
{
    return {t, k.partnerId, a.orders, a.validOrders, a.gmvFen};
}

// Routes each bucket to the level it is kept at and writes it; Key/Aggregate are the request or
// order types, `row` turns one into bound values, `withPeriod` re-keys it to an hour or a day.
template<typename Key, typename Aggregate, typename Row>
void writeFamily(QSqlDatabase &db, const Family &f, const QHash<Key, Aggregate> &buckets, const Settings &s,
    qint64 now, Row row, WriteResult *result)
{
    if (buckets.isEmpty())
        return;
    const qint64 minutesFrom = s.minutesFrom(now);
    const qint64 hoursFrom = s.hoursFrom(now);
    const qint64 daysFrom = s.daysFrom(now);
    // Summed per hour and per day first: a backfill flush holds many minutes of each.
    QHash<Key, Aggregate> hours;
    QHash<Key, Aggregate> days;
    Sql::Prepared upsertMinute(db, upsertSql(f, u"minutes"_qs));
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        const qint64 hour = MetricsRange::hourOf(it.key().minute);
        const qint64 day = MetricsRange::dayOf(it.key().minute);
        if (day < daysFrom)
            continue; // older than anything kept
        Key periodKey = it.key();
        periodKey.minute = day;
        days[periodKey] += it.value();
        if (day < hoursFrom)
            continue;
        periodKey.minute = hour;
        hours[periodKey] += it.value();
        if (hour < minutesFrom)
            continue;
        upsertMinute.run(row(it.key().minute, it.key(), it.value()));
        ++result->minuteRows;
    }
    Sql::Prepared upsertHour(db, upsertSql(f, u"hours"_qs));
    for (auto it = hours.cbegin(); it != hours.cend(); ++it)
        upsertHour.run(row(it.key().minute, it.key(), it.value()));
    Sql::Prepared upsertDay(db, upsertSql(f, u"days"_qs));
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        upsertDay.run(row(it.key().minute, it.key(), it.value()));
    result->hourRows += int(hours.size());
    result->dayRows += int(days.size());
}

} // namespace

qint64 Settings::minutesFrom(qint64 now) const
{
    return MetricsRange::hourOf(now - minuteDays * DayMs);
}

qint64 Settings::hoursFrom(qint64 now) const
{
    return MetricsRange::dayOf(now - hourDays * DayMs);
}

qint64 Settings::daysFrom(qint64 now) const
{
    return MetricsRange::dayOf(now - dayDays * DayMs);
}

Settings readSettings(const QSqlDatabase &db)
{
    Settings s;
    QSqlQuery q = Sql::exec(db,
        u"SELECT setting, value FROM platform_settings WHERE setting LIKE 'slo.%' OR setting LIKE 'metrics.%'"_qs);
    while (q.next()) {
        const QString name = q.value(0).toString();
        bool ok = false;
        const double number = q.value(1).toString().toDouble(&ok);
        if (!ok)
            continue;
        const bool validTarget = number > 0 && number < 1;
        const bool validDays = number >= 1 && number <= 36500 && number == double(int(number));
        if (name == u"slo.overallTarget"_qs && validTarget)
            s.overallTarget = number;
        else if (name == u"slo.serviceTarget"_qs && validTarget)
            s.serviceTarget = number;
        else if (name == u"metrics.retention.minuteDays"_qs && validDays)
            s.minuteDays = int(number);
        else if (name == u"metrics.retention.hourDays"_qs && validDays)
            s.hourDays = int(number);
        else if (name == u"metrics.retention.dayDays"_qs && validDays)
            s.dayDays = int(number);
    }
    return s;
}

WriteResult write(Database &database, const RequestBuckets &requests, const OrderBuckets &orders,
    const Settings &settings, qint64 now)
{
    WriteResult result;
    if (requests.isEmpty() && orders.isEmpty())
        return result;
    Transaction tx(database, Transaction::Kind::Write);
    writeFamily(tx.db(), requestFamily(), requests, settings, now, requestRow, &result);
    writeFamily(tx.db(), orderFamily(), orders, settings, now, orderRow, &result);
    tx.commit();
    return result;
}

void purge(Database &database, const Settings &settings, qint64 now)
{
    Transaction tx(database, Transaction::Kind::Write);
    for (const Family *f : {&requestFamily(), &orderFamily()}) {
        Sql::exec(
            tx.db(), u"DELETE FROM %1minutes WHERE t < ?"_qs.arg(f->prefix), {settings.minutesFrom(now)});
        Sql::exec(tx.db(), u"DELETE FROM %1hours WHERE t < ?"_qs.arg(f->prefix), {settings.hoursFrom(now)});
        Sql::exec(tx.db(), u"DELETE FROM %1days WHERE t < ?"_qs.arg(f->prefix), {settings.daysFrom(now)});
    }
    tx.commit();
}

} // namespace Kepler::Server::MetricsStore
