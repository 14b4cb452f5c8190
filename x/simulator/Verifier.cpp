#include "Verifier.h"

#include "OperatorClient.h"
#include "TrafficShape.h"

#include "domain/JsonFields.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <limits>

namespace Kepler::Simulator {
namespace {

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 timeOf(const QJsonValue &v)
{
    if (v.isDouble()) // range-checked: a double beyond qint64 cast to it is undefined behaviour
        return wholeNumber(v, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max())
            .value_or(0);
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

// "17", "partner:17" or "0" → 17 / 0; -1 when the key names no partner.
qint64 partnerOf(const QJsonValue &key)
{
    if (key.isDouble())
        return wholeNumber(key, 0, std::numeric_limits<qint64>::max()).value_or(-1);
    bool ok = false;
    const qint64 id = key.toString().section(u':', -1).toLongLong(&ok);
    return ok ? id : -1;
}

QString yuan(qint64 fen)
{
    return u"%1.%2"_qs.arg(fen / 100).arg(qAbs(fen % 100), 2, 10, QLatin1Char('0'));
}

QString versus(qint64 a, qint64 b)
{
    return a == b ? QString::number(a) : u"%1≠%2"_qs.arg(a).arg(b);
}

QString versusYuan(qint64 a, qint64 b)
{
    return a == b ? yuan(a) : u"%1≠%2"_qs.arg(yuan(a), yuan(b));
}

bool sameCounts(const TallyCounts &a, const TallyCounts &b)
{
    return a.requests == b.requests && a.errors == b.errors && a.clientErrors == b.clientErrors
        && a.orders == b.orders && a.validOrders == b.validOrders && a.gmvFen == b.gmvFen;
}

int countDiffs(const QMap<Tally::Key, TallyCounts> &a, const QMap<Tally::Key, TallyCounts> &b)
{
    QSet<Tally::Key> keys;
    for (auto it = a.keyBegin(); it != a.keyEnd(); ++it)
        keys.insert(*it);
    for (auto it = b.keyBegin(); it != b.keyEnd(); ++it)
        keys.insert(*it);
    int diffs = 0;
    for (const Tally::Key &k : keys)
        diffs += !sameCounts(a.value(k), b.value(k));
    return diffs;
}

} // namespace

Verifier::Verifier(OperatorClient &client, const Tally &tally)
    : m_client(client)
    , m_tally(tally)
{
}

std::optional<QMap<Tally::Key, TallyCounts>> Verifier::fetch(
    qint64 fromMs, qint64 toMs, const QString &step, QString *error)
{
    QMap<Tally::Key, TallyCounts> out;
    const QString range = u"from=%1&to=%2&step=%3&groupBy=partner"_qs.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(iso(fromMs))),
        QString::fromLatin1(QUrl::toPercentEncoding(iso(toMs))), step);
    const auto reply = m_client.request("GET", u"/api/v1/metrics/availability?"_qs + range);
    if (!reply.ok()) {
        *error = u"GET /api/v1/metrics/availability: %1"_qs.arg(reply.error);
        return std::nullopt;
    }
    for (const QJsonValue &s : reply.json.value(u"series"_qs).toArray()) {
        const qint64 partner = partnerOf(s[u"key"_qs]);
        for (const QJsonValue &p : s[u"points"_qs].toArray()) {
            TallyCounts &c = out[{partner, timeOf(p[u"t"_qs])}];
            c.requests += p[u"total"_qs].toInteger();
            c.good += p[u"good"_qs].toInteger();
            c.errors += p[u"errors"_qs].toInteger();
            c.clientErrors += p[u"clientErrors"_qs].toInteger();
        }
    }
    const auto orders = m_client.request("GET", u"/api/v1/metrics/orders?"_qs + range);
    if (!orders.ok()) {
        *error = u"GET /api/v1/metrics/orders: %1"_qs.arg(orders.error);
        return std::nullopt;
    }
    for (const QJsonValue &s : orders.json.value(u"series"_qs).toArray()) {
        const qint64 partner = partnerOf(s[u"key"_qs]);
        for (const QJsonValue &p : s[u"points"_qs].toArray()) {
            TallyCounts &c = out[{partner, timeOf(p[u"t"_qs])}];
            c.orders += p[u"orders"_qs].toInteger();
            c.validOrders += p[u"validOrders"_qs].toInteger();
            c.gmvFen += p[u"gmvFen"_qs].toInteger();
        }
    }
    // Empty buckets say nothing: drop them so "absent" and "all zero" compare alike.
    for (auto it = out.begin(); it != out.end();)
        it = sameCounts(it.value(), TallyCounts {}) ? out.erase(it) : std::next(it);
    return out;
}

Verifier::Result Verifier::run(QTextStream &out, int settleMs, qint64 minuteWindowMs)
{
    Result result;
    const auto [first, last] = m_tally.range();
    if (first == 0 && last == 0) {
        result.error = u"The tally is empty: run some traffic first."_qs;
        return result;
    }
    const qint64 from = TrafficShape::beijingDayStart(first);
    const qint64 to = TrafficShape::beijingDayStart(last) + TrafficShape::DayMs;
    const QMap<Tally::Key, TallyCounts> mine = m_tally.byPartnerDay(from, to);
    QMap<Tally::Key, TallyCounts> theirs;
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        const auto fetched = fetch(from, to, u"1d"_qs, &result.error);
        if (!fetched)
            return result;
        theirs = *fetched;
        if (countDiffs(mine, theirs) == 0 || waited.elapsed() >= settleMs)
            break;
        QThread::msleep(1000); // the platform's metrics writer adds its buckets every second
    }
    result.fetched = true;

    // Per day, all partners together, then every partner-day that differs.
    QMap<qint64, std::pair<TallyCounts, TallyCounts>> days;
    QSet<Tally::Key> keys;
    for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
        days[it.key().second].first += it.value();
        keys.insert(it.key());
    }
    for (auto it = theirs.cbegin(); it != theirs.cend(); ++it) {
        days[it.key().second].second += it.value();
        keys.insert(it.key());
    }
    out << u"%1 %2 %3 %4 %5 %6 %7"_qs.arg(u"day (Beijing)"_qs, -13)
               .arg(u"requests"_qs, 17)
               .arg(u"5xx"_qs, 11)
               .arg(u"4xx"_qs, 13)
               .arg(u"orders"_qs, 13)
               .arg(u"valid"_qs, 13)
               .arg(u"GMV yuan"_qs, 22)
        << "\n";
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const auto &[a, b] = it.value();
        result.tally += a;
        result.platform += b;
        out << u"%1 %2 %3 %4 %5 %6 %7 %8"_qs.arg(TrafficShape::beijingDate(it.key()), -13)
                   .arg(versus(a.requests, b.requests), 17)
                   .arg(versus(a.errors, b.errors), 11)
                   .arg(versus(a.clientErrors, b.clientErrors), 13)
                   .arg(versus(a.orders, b.orders), 13)
                   .arg(versus(a.validOrders, b.validOrders), 13)
                   .arg(versusYuan(a.gmvFen, b.gmvFen), 22)
                   .arg(sameCounts(a, b) ? QString() : u"  ← differs"_qs)
            << "\n";
    }
    QList<Tally::Key> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end(), [](const auto &x, const auto &y) {
        return std::pair(x.second, x.first) < std::pair(y.second, y.first);
    });
    result.dayRows = int(sorted.size());
    for (const Tally::Key &k : sorted) {
        const TallyCounts a = mine.value(k), b = theirs.value(k);
        if (sameCounts(a, b))
            continue;
        if (++result.dayDiffs <= 40)
            out << u"  partner %1 on %2: requests %3, 5xx %4, 4xx %5, orders %6, valid %7, GMV %8 (tally≠platform)"_qs
                       .arg(k.first)
                       .arg(TrafficShape::beijingDate(k.second))
                       .arg(versus(a.requests, b.requests), versus(a.errors, b.errors),
                           versus(a.clientErrors, b.clientErrors), versus(a.orders, b.orders),
                           versus(a.validOrders, b.validOrders), versusYuan(a.gmvFen, b.gmvFen))
                << "\n";
    }

    // The last hours minute by minute: the platform's minute must be the tally's minute.
    if (minuteWindowMs > 0) {
        const qint64 mFrom
            = qMax(first, TrafficShape::minuteStart(last) - minuteWindowMs + TrafficShape::MinuteMs);
        const qint64 mTo = TrafficShape::minuteStart(last) + TrafficShape::MinuteMs;
        QString error;
        if (const auto minutes = fetch(mFrom, mTo, u"1m"_qs, &error)) {
            const auto mineMinutes = m_tally.byPartnerMinute(mFrom, mTo);
            result.minutesChecked = true;
            result.minuteRows = int(mineMinutes.size());
            result.minuteDiffs = countDiffs(mineMinutes, *minutes);
            out << u"minutes %1 – %2 (UTC), per partner: %3 rows, %4 differ"_qs.arg(iso(mFrom), iso(mTo))
                       .arg(result.minuteRows)
                       .arg(result.minuteDiffs)
                << "\n";
        } else {
            out << u"minutes not compared: %1"_qs.arg(error) << "\n";
        }
    }
    out.flush();
    return result;
}

} // namespace Kepler::Simulator
