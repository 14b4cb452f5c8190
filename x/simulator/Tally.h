#pragma once

#include <QHash>
#include <QMap>
#include <QMutex>
#include <QString>
#include <utility>

namespace Kepler::Simulator {

struct TallyCounts
{
    qint64 requests = 0;
    qint64 good = 0; // not 5xx
    qint64 errors = 0; // 5xx
    qint64 clientErrors = 0; // 4xx
    qint64 orders = 0; // placed (201), replays not counted
    qint64 validOrders = 0;
    qint64 gmvFen = 0; // of valid orders

    TallyCounts &operator+=(const TallyCounts &o);
    bool operator==(const TallyCounts &o) const = default;
};

// The simulator's own count of what it did, per partner × service × minute, in STATE/tally.db
// (SQLite). The minute is the platform's (X-Kepler-Time), so it falls where the platform's
// metrics put it. record*() are thread-safe and only touch memory; flush() writes (one
// transaction) on the thread that opened the tally.
class Tally
{
public:
    using Key = std::pair<qint64, qint64>; // partner id, minute or day start (ms)

    Tally();
    ~Tally();
    Q_DISABLE_COPY_MOVE(Tally)

    bool open(const QString &path, QString *error);
    void recordRequest(qint64 partnerId, const QString &service, qint64 atMs, int status);
    void recordOrder(qint64 partnerId, qint64 atMs, bool valid, qint64 gmvFen);
    bool flush(QString *error = nullptr);

    // Sums over [fromMs, toMs), per partner and Beijing day / per partner and minute.
    QMap<Key, TallyCounts> byPartnerDay(qint64 fromMs, qint64 toMs) const;
    QMap<Key, TallyCounts> byPartnerMinute(qint64 fromMs, qint64 toMs) const;
    TallyCounts total() const;
    // First and last minute with anything counted; {0, 0} when empty.
    std::pair<qint64, qint64> range() const;

    QString meta(const QString &key) const;
    void setMeta(const QString &key, const QString &value);

private:
    QMap<Key, TallyCounts> grouped(const QString &bucketSql, qint64 fromMs, qint64 toMs) const;

    QString m_connection;
    mutable QMutex m_mutex;
    struct Pending
    {
        qint64 partner;
        QString service;
        qint64 minute;
        bool operator==(const Pending &) const = default;
    };
    friend size_t qHash(const Pending &p, size_t seed)
    {
        return qHashMulti(seed, p.partner, p.service, p.minute);
    }
    QHash<Pending, TallyCounts> m_pending;
};

} // namespace Kepler::Simulator
