#include "Tally.h"

#include "TrafficShape.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace Kepler::Simulator {

TallyCounts &TallyCounts::operator+=(const TallyCounts &o)
{
    requests += o.requests;
    good += o.good;
    errors += o.errors;
    clientErrors += o.clientErrors;
    orders += o.orders;
    validOrders += o.validOrders;
    gmvFen += o.gmvFen;
    return *this;
}

Tally::Tally()
    : m_connection(u"tally-"_qs + QUuid::createUuid().toString(QUuid::Id128))
{
}

Tally::~Tally()
{
    if (QSqlDatabase::contains(m_connection)) {
        flush();
        {
            QSqlDatabase::database(m_connection).close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Tally::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_qs);
    if (!db.open()) {
        *error = u"Cannot open the tally %1: %2"_qs.arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    for (const QString &sql : {u"PRAGMA journal_mode=WAL"_qs, u"PRAGMA synchronous=NORMAL"_qs,
             u"CREATE TABLE IF NOT EXISTS tally (partner INTEGER NOT NULL, service TEXT NOT NULL, "
             "minute INTEGER NOT NULL, requests INTEGER NOT NULL DEFAULT 0, good INTEGER NOT NULL "
             "DEFAULT 0, errors INTEGER NOT NULL DEFAULT 0, client_errors INTEGER NOT NULL DEFAULT 0, "
             "orders INTEGER NOT NULL DEFAULT 0, valid_orders INTEGER NOT NULL DEFAULT 0, gmv_fen "
             "INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (partner, service, minute))"_qs,
             u"CREATE INDEX IF NOT EXISTS tally_minute ON tally (minute)"_qs,
             u"CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_qs}) {
        if (!q.exec(sql)) {
            *error = u"Cannot prepare the tally %1: %2"_qs.arg(path, q.lastError().text());
            return false;
        }
    }
    return true;
}

void Tally::recordRequest(qint64 partnerId, const QString &service, qint64 atMs, int status)
{
    QMutexLocker lock(&m_mutex);
    TallyCounts &c = m_pending[{partnerId, service, TrafficShape::minuteStart(atMs)}];
    ++c.requests;
    if (status >= 500)
        ++c.errors;
    else
        ++c.good;
    if (status >= 400 && status < 500)
        ++c.clientErrors;
}

void Tally::recordOrder(qint64 partnerId, qint64 atMs, bool valid, qint64 gmvFen)
{
    QMutexLocker lock(&m_mutex);
    TallyCounts &c = m_pending[{partnerId, u"order"_qs, TrafficShape::minuteStart(atMs)}];
    ++c.orders;
    if (valid) {
        ++c.validOrders;
        c.gmvFen += gmvFen;
    }
}

bool Tally::flush(QString *error)
{
    QHash<Pending, TallyCounts> pending;
    {
        QMutexLocker lock(&m_mutex);
        pending.swap(m_pending);
    }
    if (pending.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO tally VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT (partner, service, minute) DO "
              "UPDATE SET requests = requests + excluded.requests, good = good + excluded.good, "
              "errors = errors + excluded.errors, client_errors = client_errors + excluded.client_errors, "
              "orders = orders + excluded.orders, valid_orders = valid_orders + excluded.valid_orders, "
              "gmv_fen = gmv_fen + excluded.gmv_fen"_qs);
    for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
        const TallyCounts &c = it.value();
        for (const QVariant &v : {QVariant(it.key().partner), QVariant(it.key().service),
                 QVariant(it.key().minute), QVariant(c.requests), QVariant(c.good), QVariant(c.errors),
                 QVariant(c.clientErrors), QVariant(c.orders), QVariant(c.validOrders), QVariant(c.gmvFen)})
            q.addBindValue(v);
        if (!q.exec()) {
            if (error)
                *error = q.lastError().text();
            db.rollback();
            QMutexLocker lock(&m_mutex); // keep the counts for the next flush
            for (auto p = pending.cbegin(); p != pending.cend(); ++p)
                m_pending[p.key()] += p.value();
            return false;
        }
    }
    return db.commit();
}

QMap<Tally::Key, TallyCounts> Tally::grouped(const QString &bucketSql, qint64 fromMs, qint64 toMs) const
{
    QMap<Key, TallyCounts> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT partner, %1 AS bucket, SUM(requests), SUM(good), SUM(errors), SUM(client_errors), "
              "SUM(orders), SUM(valid_orders), SUM(gmv_fen) FROM tally WHERE minute >= ? AND minute < ? "
              "GROUP BY partner, bucket"_qs.arg(bucketSql));
    q.addBindValue(fromMs);
    q.addBindValue(toMs);
    q.exec();
    while (q.next()) {
        TallyCounts c {q.value(2).toLongLong(), q.value(3).toLongLong(), q.value(4).toLongLong(),
            q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong(),
            q.value(8).toLongLong()};
        out.insert({q.value(0).toLongLong(), q.value(1).toLongLong()}, c);
    }
    return out;
}

QMap<Tally::Key, TallyCounts> Tally::byPartnerDay(qint64 fromMs, qint64 toMs) const
{
    // Beijing days: shift by +8 h, cut at whole days, shift back.
    return grouped(
        u"((minute + %1) / %2) * %2 - %1"_qs.arg(TrafficShape::BeijingOffsetMs).arg(TrafficShape::DayMs),
        fromMs, toMs);
}

QMap<Tally::Key, TallyCounts> Tally::byPartnerMinute(qint64 fromMs, qint64 toMs) const
{
    return grouped(u"minute"_qs, fromMs, toMs);
}

TallyCounts Tally::total() const
{
    TallyCounts t;
    const auto all = grouped(u"0"_qs, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    for (const TallyCounts &c : all)
        t += c;
    return t;
}

std::pair<qint64, qint64> Tally::range() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.exec(u"SELECT MIN(minute), MAX(minute) FROM tally"_qs);
    if (!q.next() || q.value(0).isNull())
        return {0, 0};
    return {q.value(0).toLongLong(), q.value(1).toLongLong()};
}

QString Tally::meta(const QString &key) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_qs);
    q.addBindValue(key);
    q.exec();
    return q.next() ? q.value(0).toString() : QString();
}

void Tally::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT INTO meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_qs);
    q.addBindValue(key);
    q.addBindValue(value);
    q.exec();
}

} // namespace Kepler::Simulator
