// MetricsRecorder and MetricsStore in-process on a real SQLite file: buckets land in the minute rows,
// every hourly and daily roll-up equals the sum of what it covers — also after late minutes, across
// a Beijing day boundary and past the minute retention —, a failing store keeps every sample until it
// recovers, and concurrent record() calls beside a running writer lose nothing.
#include "server/Database.h"
#include "server/MetricsRecorder.h"
#include "server/Migrations.h"
#include "server/Sql.h"

#include "domain/MetricsRange.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Kepler;
using namespace Kepler::Server;

class tst_MetricsRecorder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void minutesHoursAndDays();
    void lateMinutesKeepRollupsExact();
    void pastMinuteRetention();
    void failingStoreKeepsSamples();
    void concurrentRecordsBesideTheWriter();

private:
    qint64 scalar(const QString &sql, const QVariantList &params = {})
    {
        return Sql::scalar(m_db->connection(), sql, params);
    }
    // Every roll-up row equals the sums of the rows below it, column by column, and no period of
    // the lower level lacks its roll-up.
    void verifyRollups(const QString &family, const QStringList &values);
    static qint64 utc(const char *iso)
    {
        return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
    }
    static RequestSample sample(qint64 partner, const char *service, int status, qint64 latencyUs, qint64 at)
    {
        return {partner, QString::fromLatin1(service), status, latencyUs, at};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MetricsRecorder> m_recorder;
    qint64 m_now = 0;
};

namespace {
const QStringList kRequestValues {u"requests"_qs, u"errors"_qs, u"client_errors"_qs, u"latency_sum_us"_qs,
    u"b0"_qs, u"b1"_qs, u"b2"_qs, u"b3"_qs, u"b4"_qs, u"b5"_qs, u"b6"_qs, u"b7"_qs, u"b8"_qs, u"b9"_qs,
    u"b10"_qs, u"b11"_qs, u"b12"_qs};
const QStringList kOrderValues {u"orders"_qs, u"valid_orders"_qs, u"gmv_fen"_qs};
} // namespace

void tst_MetricsRecorder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>(u"QSQLITE"_qs, m_dir->filePath(u"kepler.db"_qs));
    Migrations::migrate(*m_db);
    m_recorder = std::make_unique<MetricsRecorder>(m_db.get());
    m_now = utc("2026-11-12T12:00:00Z");
    m_recorder->setClock([this] { return m_now; });
}

void tst_MetricsRecorder::cleanup()
{
    m_recorder.reset();
    m_db->closeConnection();
    m_db.reset();
    m_dir.reset();
}

void tst_MetricsRecorder::verifyRollups(const QString &family, const QStringList &values)
{
    const QString keys = family == u"request"_qs ? u"partner_id, service"_qs : u"partner_id"_qs;
    struct Level
    {
        QString upper, lower;
        qint64 period;
    };
    for (const Level &level : {Level {u"hours"_qs, u"minutes"_qs, MetricsRange::HourMs},
             Level {u"days"_qs, u"hours"_qs, MetricsRange::DayMs}}) {
        QStringList sums;
        for (const QString &v : values)
            sums.append(u"SUM(%1) AS %1"_qs.arg(v));
        // The lower level grouped by the upper period (Beijing-aligned: +8 h, floor, -8 h).
        const QString grouped
            = u"SELECT ((t + 28800000) / %1) * %1 - 28800000 AS t, %2, %3 FROM metrics_%4_%5 GROUP BY 1, %2"_qs
                  .arg(level.period)
                  .arg(keys, sums.join(u", "_qs), family, level.lower);
        QStringList differs;
        for (const QString &v : values)
            differs.append(u"COALESCE(g.%1, -1) <> u.%1"_qs.arg(v));
        QStringList joinOn {u"g.t = u.t"_qs};
        for (const QString &k : keys.split(u", "_qs))
            joinOn.append(u"g.%1 = u.%1"_qs.arg(k));
        const qint64 mismatched
            = scalar(u"SELECT COUNT(*) FROM metrics_%1_%2 u LEFT JOIN (%3) g ON %4 WHERE %5"_qs.arg(
                family, level.upper, grouped, joinOn.join(u" AND "_qs), differs.join(u" OR "_qs)));
        QCOMPARE(mismatched, 0);
        const qint64 groups = scalar(u"SELECT COUNT(*) FROM (%1) x"_qs.arg(grouped));
        const qint64 rollups = scalar(u"SELECT COUNT(*) FROM metrics_%1_%2"_qs.arg(family, level.upper));
        QCOMPARE(rollups, groups);
    }
}

void tst_MetricsRecorder::minutesHoursAndDays()
{
    // 15:58–16:02 UTC crosses Beijing midnight (00:00 on the 12th).
    m_recorder->record(sample(7, "search", 200, 800, utc("2026-11-11T15:58:10Z")));
    m_recorder->record(sample(7, "search", 503, 12'000, utc("2026-11-11T15:58:50Z")));
    m_recorder->record(sample(7, "search", 404, 3'000, utc("2026-11-11T15:59:00Z")));
    m_recorder->record(sample(7, "order", 201, 40'000, utc("2026-11-11T16:01:00Z")));
    m_recorder->record(sample(0, "ping", 401, 200, utc("2026-11-11T16:02:00Z")));
    m_recorder->recordOrder({7, true, 12'345, utc("2026-11-11T16:01:00Z")});
    m_recorder->recordOrder({7, false, 99'999, utc("2026-11-11T16:01:30Z")});
    QVERIFY(m_recorder->flush());

    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics_request_minutes"_qs), 5 - 1); // two in 15:58
    QCOMPARE(
        scalar(u"SELECT requests FROM metrics_request_minutes WHERE t = ? AND partner_id = 7 AND service = "
               u"'search'"_qs,
            {utc("2026-11-11T15:58:00Z")}),
        2);
    QCOMPARE(scalar(u"SELECT errors FROM metrics_request_hours WHERE t = ? AND service = 'search'"_qs,
                 {utc("2026-11-11T15:00:00Z")}),
        1);
    QCOMPARE(scalar(u"SELECT client_errors FROM metrics_request_hours WHERE t = ? AND service = 'search'"_qs,
                 {utc("2026-11-11T15:00:00Z")}),
        1);
    // Latency: 0.8 ms → b0, 12 ms → b4 (10–25), 3 ms → b2.
    QCOMPARE(scalar(u"SELECT b0 + b2 * 10 + b4 * 100 FROM metrics_request_hours WHERE service = 'search'"_qs),
        111);
    QCOMPARE(scalar(u"SELECT latency_sum_us FROM metrics_request_hours WHERE service = 'search'"_qs), 15'800);
    // Two Beijing days: the 11th (search) and the 12th (order, ping), starting 16:00 UTC.
    QCOMPARE(scalar(u"SELECT COUNT(DISTINCT t) FROM metrics_request_days"_qs), 2);
    QCOMPARE(scalar(u"SELECT SUM(requests) FROM metrics_request_days WHERE t = ?"_qs,
                 {utc("2026-11-11T16:00:00Z")}),
        2);
    QCOMPARE(scalar(u"SELECT orders * 1000 + valid_orders * 100 FROM metrics_order_days WHERE t = ?"_qs,
                 {utc("2026-11-11T16:00:00Z")}),
        2100);
    QCOMPARE(scalar(u"SELECT gmv_fen FROM metrics_order_hours"_qs), 12'345); // invalid orders carry no GMV
    verifyRollups(u"request"_qs, kRequestValues);
    verifyRollups(u"order"_qs, kOrderValues);
}

void tst_MetricsRecorder::lateMinutesKeepRollupsExact()
{
    m_recorder->record(sample(3, "detail", 200, 1'500, utc("2026-11-11T15:10:00Z")));
    m_recorder->record(sample(3, "detail", 200, 1'500, utc("2026-11-11T15:20:00Z")));
    m_recorder->record(sample(3, "detail", 500, 1'500, utc("2026-11-11T16:05:00Z")));
    m_recorder->recordOrder({3, true, 100, utc("2026-11-11T15:20:00Z")});
    QVERIFY(m_recorder->flush());
    verifyRollups(u"request"_qs, kRequestValues);
    // Late: a minute of an hour already rolled up, a minute of an hour and a day not seen before,
    // and one more into an existing minute row (added, not replaced).
    m_recorder->record(sample(3, "detail", 200, 1'500, utc("2026-11-11T15:05:00Z")));
    m_recorder->record(sample(3, "detail", 200, 1'500, utc("2026-11-10T09:30:00Z")));
    m_recorder->record(sample(3, "detail", 200, 1'500, utc("2026-11-11T15:20:30Z")));
    m_recorder->recordOrder({3, true, 50, utc("2026-11-11T15:59:59Z")});
    QVERIFY(m_recorder->flush());
    QCOMPARE(
        scalar(u"SELECT requests FROM metrics_request_hours WHERE t = ?"_qs, {utc("2026-11-11T15:00:00Z")}),
        4);
    QCOMPARE(
        scalar(u"SELECT requests FROM metrics_request_minutes WHERE t = ?"_qs, {utc("2026-11-11T15:20:00Z")}),
        2);
    QCOMPARE(
        scalar(u"SELECT requests FROM metrics_request_days WHERE t = ?"_qs, {utc("2026-11-10T16:00:00Z")}),
        4);
    QCOMPARE(
        scalar(u"SELECT requests FROM metrics_request_days WHERE t = ?"_qs, {utc("2026-11-11T16:00:00Z")}),
        1);
    QCOMPARE(
        scalar(u"SELECT requests FROM metrics_request_days WHERE t = ?"_qs, {utc("2026-11-09T16:00:00Z")}),
        1);
    QCOMPARE(scalar(u"SELECT gmv_fen FROM metrics_order_days"_qs), 150);
    verifyRollups(u"request"_qs, kRequestValues);
    verifyRollups(u"order"_qs, kOrderValues);
}

void tst_MetricsRecorder::pastMinuteRetention()
{
    const qint64 hour = utc("2026-11-11T15:00:00Z");
    m_recorder->record(sample(5, "search", 200, 100, hour + 60'000));
    m_recorder->record(sample(5, "search", 200, 100, hour + 120'000));
    QVERIFY(m_recorder->flush());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics_request_minutes"_qs), 2);

    // Eight days on: the minute rows of that hour are past their 7 days and purged at the next
    // flush; the hour and the day stay. A late sample for that hour writes no minute row (it would
    // be purged) but still adds into the hour and the day.
    m_now += 8 * MetricsRange::DayMs;
    m_recorder->setClock([this] { return m_now; });
    m_recorder->record(sample(5, "search", 503, 100, hour + 30 * 60'000));
    QVERIFY(m_recorder->flush());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics_request_minutes"_qs), 0);
    QCOMPARE(scalar(u"SELECT requests * 10 + errors FROM metrics_request_hours WHERE t = ?"_qs, {hour}), 31);
    QCOMPARE(scalar(u"SELECT requests * 10 + errors FROM metrics_request_days"_qs), 31);

    // Past the hourly retention (90 days) the day is added into; past the daily one, dropped.
    m_now += 100 * MetricsRange::DayMs;
    m_recorder->setClock([this] { return m_now; });
    m_recorder->record(sample(5, "search", 200, 100, hour));
    QVERIFY(m_recorder->flush());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics_request_hours"_qs), 0);
    QCOMPARE(scalar(u"SELECT requests FROM metrics_request_days"_qs), 4);
    m_now += 800 * MetricsRange::DayMs;
    m_recorder->setClock([this] { return m_now; });
    m_recorder->record(sample(5, "search", 200, 100, hour));
    QVERIFY(m_recorder->flush());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics_request_days"_qs), 0);
}

void tst_MetricsRecorder::failingStoreKeepsSamples()
{
    // A trigger makes every write to the minute rows fail, as a full disk or a broken table would.
    Sql::exec(m_db->connection(),
        u"CREATE TRIGGER refuse_metrics BEFORE INSERT ON metrics_request_minutes "
        u"BEGIN SELECT RAISE(ABORT, 'metrics store refused (test)'); END"_qs);
    const qint64 at = utc("2026-11-12T11:00:00Z");
    for (int i = 0; i < 10; ++i)
        m_recorder->record(sample(9, "order", 201, 1000, at + i * 1000));
    QVERIFY(!m_recorder->flush());
    QVERIFY(!m_recorder->flush());
    for (int i = 0; i < 5; ++i) // recording goes on while the store fails
        m_recorder->record(sample(9, "order", 201, 1000, at + 120'000));
    m_recorder->recordOrder({9, true, 700, at});
    QVERIFY(!m_recorder->flush());
    QCOMPARE(m_recorder->stats().failedFlushes, 3);
    QCOMPARE(m_recorder->stats().pendingRequestKeys, 2);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics_request_minutes"_qs), 0);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM metrics_order_minutes"_qs), 0); // one transaction: all or nothing

    Sql::exec(m_db->connection(), u"DROP TRIGGER refuse_metrics"_qs);
    QVERIFY(m_recorder->flush());
    QCOMPARE(m_recorder->stats().pendingRequestKeys, 0);
    QCOMPARE(scalar(u"SELECT SUM(requests) FROM metrics_request_minutes"_qs), 15);
    QCOMPARE(scalar(u"SELECT requests FROM metrics_request_hours"_qs), 15);
    QCOMPARE(scalar(u"SELECT gmv_fen FROM metrics_order_days"_qs), 700);
    verifyRollups(u"request"_qs, kRequestValues);
}

void tst_MetricsRecorder::concurrentRecordsBesideTheWriter()
{
    m_db->closeConnection(); // the writer opens its own
    m_recorder->start(5); // flushing every 5 ms while the threads record
    constexpr int Threads = 4;
    constexpr int PerThread = 25'000;
    const qint64 base = utc("2026-11-12T10:00:00Z");
    QList<QThread *> threads;
    for (int t = 0; t < Threads; ++t)
        threads.append(QThread::create([this, t, base] {
            for (int i = 0; i < PerThread; ++i)
                m_recorder->record(sample(
                    1 + t, i % 2 ? "search" : "detail", i % 100 ? 200 : 500, i % 7000, base + i * 100));
        }));
    for (QThread *t : threads)
        t->start();
    for (QThread *t : threads) {
        QVERIFY(t->wait(60'000));
        delete t;
    }
    m_recorder->stop(); // the last flush
    QVERIFY(m_recorder->stats().flushes > 1);
    QCOMPARE(scalar(u"SELECT SUM(requests) FROM metrics_request_minutes"_qs), Threads * PerThread);
    QCOMPARE(scalar(u"SELECT SUM(errors) FROM metrics_request_hours"_qs), Threads * PerThread / 100);
    QCOMPARE(scalar(u"SELECT SUM(requests) FROM metrics_request_days"_qs), Threads * PerThread);
    verifyRollups(u"request"_qs, kRequestValues);
}

QTEST_GUILESS_MAIN(tst_MetricsRecorder)
#include "tst_metrics_recorder.moc"
