// Measured traffic over real HTTP (docs/gateway.md "Metrics"): signed gateway requests on a
// --allow-test-hooks platform, placed at chosen times with X-Kepler-Clock, come back from the
// metrics API; hourly and daily roll-ups equal the sum of their minutes, also for minutes that
// arrive late; the server's step choice and its bounds; orders by partner, mode and scenario; the SLO
// view on known data; a failing metrics store loses no request and recovers; the last flush on
// shutdown keeps what was recorded just before.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "TestPostgres.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr qint64 Beijing = 8 * Hour;

// The start of the Beijing day holding t (16:00 UTC), as the service aligns days.
qint64 beijingDay(qint64 t)
{
    return (t + Beijing) / Day * Day - Beijing;
}

struct Sums
{
    qint64 total = 0, good = 0, errors = 0, clientErrors = 0;
    bool operator==(const Sums &) const = default;
};

Sums sumOf(const QJsonArray &points, qsizetype first = 0, qsizetype count = -1)
{
    Sums s;
    const qsizetype end = count < 0 ? points.size() : std::min(points.size(), first + count);
    for (qsizetype i = first; i < end; ++i) {
        const QJsonObject p = points.at(i).toObject();
        s.total += p.value(u"total"_qs).toInteger();
        s.good += p.value(u"good"_qs).toInteger();
        s.errors += p.value(u"errors"_qs).toInteger();
        s.clientErrors += p.value(u"clientErrors"_qs).toInteger();
    }
    return s;
}

char *toString(const Sums &s)
{
    return qstrdup(QByteArray("total=%1 good=%2 errors=%3 4xx=%4")
                       .replace("%1", QByteArray::number(s.total))
                       .replace("%2", QByteArray::number(s.good))
                       .replace("%3", QByteArray::number(s.errors))
                       .replace("%4", QByteArray::number(s.clientErrors))
                       .constData());
}
} // namespace

class tst_ServerMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rollupsEqualTheirMinutes();
    void stepChoiceAndBounds();
    void ordersByPartnerModeAndScenario();
    void sloOnKnownData();
    void tailFromTheLastPointCompletesTheSeries();
    void failingStoreLosesNoRequest();
    void lastFlushOnShutdown();

private:
    struct Partner
    {
        qint64 id = 0;
        GatewayKey key;
        QString mode, scenario;
    };
    Partner partner(int index);
    // A signed call at `clock` (ms since the epoch); `fault` adds X-Kepler-Fault: error.
    HttpResult call(const Partner &p, const QString &pathAndQuery, qint64 clock, bool fault = false,
        const QByteArray &method = "GET", const QByteArray &body = {});
    // `n` pings a second apart from `start` (the rate limit follows the clock); every `faultEvery`-th
    // one (1-based) fails with 503. Returns how many were answered as expected.
    int pings(const Partner &p, qint64 start, int n, int faultEvery = 0);
    QJsonObject get(const QString &pathAndQuery, int expectedStatus = 200);
    // The availability series of a query ("all" or the only series), polled until its total is
    // `expected` (the writer adds once a second) or 15 s pass.
    QJsonArray waitForTotal(const QString &query, qint64 expected);

    PlatformProcess m_platform;
    HttpClient m_operator;
    HttpClient m_gateway;
    QList<QJsonObject> m_active;
    Partner m_a, m_b, m_c;
    qint64 m_now = QDateTime::currentMSecsSinceEpoch();
};

void tst_ServerMetrics::initTestCase()
{
    QVERIFY2(
        m_platform.start({u"--demo"_qs, u"--allow-test-hooks"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    QCOMPARE(m_operator.login(u"operator"_qs, kDemoPassword).status, 201);
    m_gateway.setBaseUrl(m_platform.url());
    const QJsonArray items
        = get(u"/api/v1/partners?status=active&limit=40&sort=id"_qs).value(u"items"_qs).toArray();
    for (const QJsonValue &v : items)
        m_active.append(v.toObject());
    QVERIFY(m_active.size() >= 12);
    m_a = partner(0);
    m_b = partner(1);
    m_c = partner(2);
    // Orders are grouped by mode and scenario below: two partners that differ in both make it tell.
    for (int i = 3; i < m_active.size() && (m_b.mode == m_a.mode || m_b.scenario == m_a.scenario); ++i)
        m_b = partner(i);
    QVERIFY(m_b.mode != m_a.mode && m_b.scenario != m_a.scenario);
}

tst_ServerMetrics::Partner tst_ServerMetrics::partner(int index)
{
    Partner p;
    const QJsonObject o = m_active.at(index);
    p.id = o.value(u"id"_qs).toInteger();
    p.mode = o.value(u"mode"_qs).toString();
    p.scenario = o.value(u"scenario"_qs).toString();
    const HttpResult r = m_operator.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(p.id), QJsonObject {});
    if (r.status != 201)
        qWarning() << "issue failed" << r.status << r.body;
    p.key = {r.object().value(u"appKey"_qs).toString(), r.object().value(u"secret"_qs).toString()};
    return p;
}

HttpResult tst_ServerMetrics::call(const Partner &p, const QString &pathAndQuery, qint64 clock, bool fault,
    const QByteArray &method, const QByteArray &body)
{
    SignedCall c;
    c.method = method;
    c.pathAndQuery = pathAndQuery;
    c.body = body;
    Headers headers = signedHeaders(p.key, c);
    headers.append(std::pair<QByteArray, QByteArray>("X-Kepler-Clock", QByteArray::number(clock)));
    if (fault)
        headers.append(std::pair<QByteArray, QByteArray>("X-Kepler-Fault", "error"));
    if (!body.isEmpty())
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
    return m_gateway.requestRaw(c.method, c.pathAndQuery, c.body, headers);
}

int tst_ServerMetrics::pings(const Partner &p, qint64 start, int n, int faultEvery)
{
    int ok = 0;
    for (int i = 1; i <= n; ++i) {
        const bool fault = faultEvery > 0 && i % faultEvery == 0;
        const HttpResult r = call(p, u"/open/v1/ping"_qs, start + (i - 1) * 1000, fault);
        if (r.status == (fault ? 503 : 200)
            && r.header("X-Kepler-Time").toLongLong() == start + (i - 1) * 1000)
            ++ok;
        else
            qWarning() << "ping" << r.status << r.body << r.header("X-Kepler-Time");
    }
    return ok;
}

QJsonObject tst_ServerMetrics::get(const QString &pathAndQuery, int expectedStatus)
{
    const HttpResult r = m_operator.get(pathAndQuery);
    if (r.status != expectedStatus)
        qWarning() << pathAndQuery << r.status << r.body;
    return r.status == expectedStatus ? r.object() : QJsonObject();
}

QJsonArray tst_ServerMetrics::waitForTotal(const QString &query, qint64 expected)
{
    QJsonArray points;
    const QDeadlineTimer deadline(15000);
    do {
        const QJsonArray series
            = get(u"/api/v1/metrics/availability?"_qs + query).value(u"series"_qs).toArray();
        points = series.isEmpty() ? QJsonArray() : series.at(0).toObject().value(u"points"_qs).toArray();
        if (sumOf(points).total == expected)
            return points;
        QTest::qWait(200);
    } while (!deadline.hasExpired());
    qWarning() << query << "total" << sumOf(points).total << "expected" << expected;
    return points;
}

void tst_ServerMetrics::rollupsEqualTheirMinutes()
{
    const qint64 day = beijingDay(m_now - 2 * Day);
    const qint64 h1 = day + 3 * Hour, h2 = day + 5 * Hour, last = day + 23 * Hour;
    // First: A at h1:10 (every third fails), two 404s on detail, four in the day's last minute; B at h2.
    QCOMPARE(pings(m_a, h1 + 10 * Minute, 6, 3), 6);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(
            call(m_a, u"/open/v1/products/99999999"_qs, h1 + 10 * Minute + 30'000 + i * 1000).status, 404);
    QCOMPARE(pings(m_a, last + 59 * Minute, 4), 4);
    QCOMPARE(pings(m_b, h2, 3), 3);
    const QString range = u"from=%1&to=%2"_qs.arg(day).arg(day + Day);
    QCOMPARE(sumOf(waitForTotal(range + u"&step=1h"_qs, 15)).total, 15);

    // Late: an earlier minute of the hour already rolled up, more into an existing minute row, and
    // the middle of B's hour.
    QCOMPARE(pings(m_a, h1 + 5 * Minute, 5, 5), 5);
    QCOMPARE(pings(m_a, h1 + 10 * Minute + 40'000, 3), 3);
    QCOMPARE(pings(m_b, h2 + 30 * Minute, 2), 2);
    const QJsonArray hours = waitForTotal(range + u"&step=1h"_qs, 25);
    QCOMPARE(hours.size(), 24);

    for (const QString &scope : {QString(), u"&partner=%1"_qs.arg(m_a.id), u"&partner=%1"_qs.arg(m_b.id)}) {
        const QJsonObject minuteAnswer
            = get(u"/api/v1/metrics/availability?"_qs + range + u"&step=1m"_qs + scope);
        QCOMPARE(minuteAnswer.value(u"step"_qs).toString(), u"1m"_qs);
        const QJsonArray minutes
            = minuteAnswer.value(u"series"_qs).toArray().at(0).toObject().value(u"points"_qs).toArray();
        const QJsonArray hourly = waitForTotal(range + u"&step=1h"_qs + scope, sumOf(minutes).total);
        const QJsonArray daily = get(u"/api/v1/metrics/availability?"_qs + range + u"&step=1d"_qs + scope)
                                     .value(u"series"_qs)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"points"_qs)
                                     .toArray();
        QCOMPARE(minutes.size(), 1440);
        QCOMPARE(daily.size(), 1);
        QCOMPARE(daily.at(0).toObject().value(u"t"_qs).toString(),
            QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).toString(Qt::ISODateWithMs));
        for (int h = 0; h < 24; ++h)
            QCOMPARE(sumOf(hourly, h, 1), sumOf(minutes, h * 60, 60));
        QCOMPARE(sumOf(daily), sumOf(hourly));
    }
    // What was sent, by hand: A 6 + 2 + 4 + 5 + 3 = 20 requests, 2 + 1 failed, 2 not found.
    const QJsonArray a = waitForTotal(range + u"&step=1h&partner=%1"_qs.arg(m_a.id), 20);
    QCOMPARE(sumOf(a), (Sums {20, 17, 3, 2}));
    QCOMPARE(sumOf(a, 3, 1), (Sums {16, 13, 3, 2}));
    // By service: ping and detail, keys sorted.
    const QJsonArray byService = get(
        u"/api/v1/metrics/availability?"_qs + range + u"&step=1d&groupBy=service&partner=%1"_qs.arg(m_a.id))
                                     .value(u"series"_qs)
                                     .toArray();
    QCOMPARE(byService.size(), 2);
    QCOMPARE(byService.at(0).toObject().value(u"key"_qs).toString(), u"detail"_qs);
    QCOMPARE(sumOf(byService.at(0).toObject().value(u"points"_qs).toArray()), (Sums {2, 2, 0, 2}));
    QCOMPARE(byService.at(1).toObject().value(u"key"_qs).toString(), u"ping"_qs);
    const QJsonObject pingPoint = byService.at(1).toObject().value(u"points"_qs).toArray().at(0).toObject();
    QCOMPARE(pingPoint.value(u"total"_qs).toInteger(), 18);
    QVERIFY(pingPoint.value(u"p50Ms"_qs).toDouble() > 0);
    QVERIFY(pingPoint.value(u"p99Ms"_qs).toDouble() >= pingPoint.value(u"p50Ms"_qs).toDouble());
    QCOMPARE(byService.at(1).toObject().value(u"sli"_qs).toDouble(), 15.0 / 18.0);
}

void tst_ServerMetrics::stepChoiceAndBounds()
{
    const QString url = u"/api/v1/metrics/availability?"_qs;
    // Default: the last 24 h by minute.
    QJsonObject r = get(url);
    QCOMPARE(r.value(u"step"_qs).toString(), u"1m"_qs);
    const qsizetype points
        = r.value(u"series"_qs).toArray().at(0).toObject().value(u"points"_qs).toArray().size();
    QVERIFY2(points >= 1440 && points <= 1441, qPrintable(QString::number(points)));
    struct Case
    {
        qint64 back;
        const char *step;
    };
    for (const Case &c : {Case {6 * Hour, "1m"}, Case {3 * Day, "5m"}, Case {6 * Day, "15m"},
             Case {30 * Day, "1h"}, Case {200 * Day, "1d"}}) {
        r = get(url + u"from=%1&to=%2"_qs.arg(m_now - c.back).arg(m_now));
        QCOMPARE(r.value(u"step"_qs).toString(), QString::fromLatin1(c.step));
        QVERIFY(
            r.value(u"series"_qs).toArray().at(0).toObject().value(u"points"_qs).toArray().size() <= 1500);
    }
    // ISO-8601 too, and dense zeros where nothing happened.
    const qint64 quiet = beijingDay(m_now - 6 * Day);
    r = get(url
        + u"from=%1&to=%2&step=5m"_qs.arg(
            QDateTime::fromMSecsSinceEpoch(quiet, Qt::UTC).toString(Qt::ISODate),
            QDateTime::fromMSecsSinceEpoch(quiet + Hour, Qt::UTC).toString(Qt::ISODate)));
    const QJsonArray zeros = r.value(u"series"_qs).toArray().at(0).toObject().value(u"points"_qs).toArray();
    QCOMPARE(zeros.size(), 12);
    QCOMPARE(sumOf(zeros), Sums {});
    QVERIFY(r.value(u"sli"_qs).isNull());

    auto refused = [&](const QString &query, const QString &field, const char *inDetail) {
        const HttpResult bad = m_operator.get(url + query);
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), u"invalid_query"_qs);
        QCOMPARE(bad.header("Content-Type"), QByteArray("application/problem+json"));
        QCOMPARE(
            bad.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"field"_qs).toString(), field);
        QVERIFY2(bad.object().value(u"detail"_qs).toString().contains(QLatin1String(inDetail)),
            bad.body.constData());
    };
    refused(u"from=%1&to=%2&step=1m"_qs.arg(m_now - 30 * Day).arg(m_now), u"step"_qs, "at most 1500");
    refused(
        u"from=%1&to=%2&step=5m"_qs.arg(m_now - 10 * Day).arg(m_now - 9 * Day), u"step"_qs, "minute rows");
    refused(u"from=yesterday"_qs, u"from"_qs, "ISO-8601");
    refused(u"from=2026-11-11T00:00:00"_qs, u"from"_qs, "ISO-8601"); // no zone
    refused(u"from=%1&to=%2"_qs.arg(m_now).arg(m_now - Hour), u"from"_qs, "before");
    refused(u"step=2m"_qs, u"step"_qs, "one of");
    refused(u"groupBy=colour"_qs, u"groupBy"_qs, "service, partner");
    refused(u"service=DROP%20TABLE"_qs, u"service"_qs, "service");
    refused(u"partner=abc"_qs, u"partner"_qs, "partner id");
    refused(u"from=%1&to=%2"_qs.arg(m_now - 2000 * Day).arg(m_now), u"to"_qs, "too long");
    const HttpResult unknown = m_operator.get(url + u"partner=99999999"_qs);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(m_operator.get(u"/api/v1/metrics/orders?partner=99999999"_qs).status, 404);
    QCOMPARE(m_operator.get(u"/api/v1/metrics/orders?groupBy=service"_qs).status, 400);
    // Signed-in staff only.
    HttpClient anonymous(m_platform.url());
    QCOMPARE(anonymous.get(url).status, 401);
}

void tst_ServerMetrics::ordersByPartnerModeAndScenario()
{
    const qint64 day = beijingDay(m_now - 3 * Day);
    const qint64 at = day + 2 * Hour;
    qint64 gmv[2] = {0, 0};
    int refs = 0;
    auto place = [&](const Partner &p, qint64 clock, const QString &sourceAppId) -> qint64 {
        const QJsonArray items
            = call(p, u"/open/v1/products?limit=1"_qs, clock).object().value(u"items"_qs).toArray();
        if (items.isEmpty())
            return -1;
        QJsonObject order {{u"partnerOrderRef"_qs, u"metrics-%1"_qs.arg(++refs)},
            {u"items"_qs,
                QJsonArray {QJsonObject {
                    {u"skuId"_qs, items.at(0).toObject().value(u"skuId"_qs)}, {u"quantity"_qs, 1}}}}};
        if (!sourceAppId.isEmpty())
            order.insert(u"sourceAppId"_qs, sourceAppId);
        const HttpResult r = call(p, u"/open/v1/orders"_qs, clock + 500, false, "POST",
            QJsonDocument(order).toJson(QJsonDocument::Compact));
        if (r.status != 201) {
            qWarning() << "order" << r.status << r.body;
            return -1;
        }
        return r.object().value(u"validity"_qs).toString() == u"paid"_qs
            ? r.object().value(u"totalFen"_qs).toInteger()
            : 0;
    };
    for (int i = 0; i < 2; ++i) {
        const qint64 fen = place(m_a, at + i * 2000, {});
        QVERIFY(fen > 0);
        gmv[0] += fen;
    }
    const qint64 fenB = place(m_b, at + 65'000, {});
    QVERIFY(fenB > 0);
    gmv[1] = fenB;
    // An order from a mini-program that is not the partner's: placed, counted, not valid, no GMV.
    QCOMPARE(place(m_a, at + 10'000, u"wx-not-this-partners"_qs), 0);

    const QString range = u"/api/v1/metrics/orders?from=%1&to=%2"_qs.arg(day).arg(day + Day);
    auto seriesOf = [&](const QString &query, int expectedSeries) {
        QJsonArray series;
        const QDeadlineTimer deadline(15000);
        do {
            series = get(range + query).value(u"series"_qs).toArray();
            qint64 orders = 0;
            for (const QJsonValue &s : std::as_const(series))
                for (const QJsonValue &p : s.toObject().value(u"points"_qs).toArray())
                    orders += p.toObject().value(u"orders"_qs).toInteger();
            if (orders == 4 && series.size() == expectedSeries)
                return series;
            QTest::qWait(200);
        } while (!deadline.hasExpired());
        return series;
    };
    auto totals = [](const QJsonObject &series) {
        qint64 orders = 0, valid = 0, fen = 0;
        for (const QJsonValue &p : series.value(u"points"_qs).toArray()) {
            orders += p.toObject().value(u"orders"_qs).toInteger();
            valid += p.toObject().value(u"validOrders"_qs).toInteger();
            fen += p.toObject().value(u"gmvFen"_qs).toInteger();
        }
        return QList<qint64> {orders, valid, fen};
    };
    const QJsonArray all = seriesOf(u"&step=1h"_qs, 1);
    QCOMPARE(all.at(0).toObject().value(u"key"_qs).toString(), u"all"_qs);
    QCOMPARE(totals(all.at(0).toObject()), (QList<qint64> {4, 3, gmv[0] + gmv[1]}));
    QCOMPARE(all.at(0).toObject().value(u"points"_qs).toArray().size(), 24);

    const bool aFirst = m_a.id < m_b.id;
    const QJsonArray byPartner = seriesOf(u"&groupBy=partner&step=1d"_qs, 2);
    const QJsonObject a = byPartner.at(aFirst ? 0 : 1).toObject(),
                      b = byPartner.at(aFirst ? 1 : 0).toObject();
    QCOMPARE(a.value(u"key"_qs).toString(), QString::number(m_a.id));
    QCOMPARE(totals(a), (QList<qint64> {3, 2, gmv[0]}));
    QCOMPARE(totals(b), (QList<qint64> {1, 1, gmv[1]}));

    for (const QString &groupBy : {u"mode"_qs, u"scenario"_qs}) {
        const QJsonArray grouped = seriesOf(u"&step=15m&groupBy="_qs + groupBy, 2);
        QCOMPARE(grouped.size(), 2);
        for (const QJsonValue &s : grouped) {
            const QString key = s.toObject().value(u"key"_qs).toString();
            const bool isA = key == (groupBy == u"mode"_qs ? m_a.mode : m_a.scenario);
            QVERIFY2(isA || key == (groupBy == u"mode"_qs ? m_b.mode : m_b.scenario), qPrintable(key));
            QCOMPARE(
                totals(s.toObject()), isA ? (QList<qint64> {3, 2, gmv[0]}) : (QList<qint64> {1, 1, gmv[1]}));
        }
    }
    // One partner, minute by minute: A's orders at 02:00 and 02:00:10 share a minute.
    const QJsonArray onlyA = seriesOf(u"&step=1m&partner=%1"_qs.arg(m_a.id), 1);
    QCOMPARE(onlyA.at(0)
                 .toObject()
                 .value(u"points"_qs)
                 .toArray()
                 .at(120)
                 .toObject()
                 .value(u"orders"_qs)
                 .toInteger(),
        3);
}

void tst_ServerMetrics::sloOnKnownData()
{
    // C: 20 pings in each of 5 minutes, one failing in each (5%), ending in the minute of `at`.
    const qint64 at = beijingDay(m_now - 4 * Day) + 12 * Hour;
    for (int m = -4; m <= 0; ++m)
        QCOMPARE(pings(m_c, at + m * Minute, 20, 20), 20);
    waitForTotal(u"from=%1&to=%2&partner=%3"_qs.arg(at - Hour).arg(at + Hour).arg(m_c.id), 100);

    const QJsonObject slo = get(u"/api/v1/slo?partner=%1&at=%2"_qs.arg(m_c.id).arg(at));
    QCOMPARE(slo.value(u"partner"_qs).toInteger(), m_c.id);
    QCOMPARE(slo.value(u"targets"_qs).toObject().value(u"overall"_qs).toDouble(), 0.9999);
    QCOMPARE(slo.value(u"targets"_qs).toObject().value(u"service"_qs).toDouble(), 0.99999);
    QCOMPARE(slo.value(u"budgetDays"_qs).toInt(), 30);
    const QJsonArray items = slo.value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 2);
    // 5% bad: burn = 0.05 / (1 - target) = 500 overall, 5000 per service, in every window (all the
    // traffic there is falls inside the last 5 minutes); budget remaining 1 - burn; page.
    struct Expected
    {
        const char *service;
        double burn;
    };
    for (const Expected &e : {Expected {"all", 500}, Expected {"ping", 5000}}) {
        const auto it = std::find_if(items.begin(), items.end(), [&](const QJsonValue &v) {
            return v.toObject().value(u"service"_qs).toString() == QLatin1String(e.service);
        });
        QVERIFY(it != items.end());
        const QJsonObject item = it->toObject();
        QCOMPARE(item.value(u"total"_qs).toInteger(), 100);
        QCOMPARE(item.value(u"good"_qs).toInteger(), 95);
        QCOMPARE(item.value(u"sli"_qs).toDouble(), 0.95);
        QVERIFY(qAbs(item.value(u"errorBudgetRemaining"_qs).toDouble() - (1 - e.burn)) < 1e-3);
        for (const char *w : {"5m", "30m", "1h", "6h", "3d"})
            QVERIFY2(qAbs(item.value(u"burnRates"_qs).toObject().value(QLatin1String(w)).toDouble() - e.burn)
                    < 1e-3,
                w);
        QCOMPARE(item.value(u"alert"_qs).toString(), u"page"_qs);
    }
    // Ten minutes later the 5 m window is clean and 30 m still burns 500: page through the slow pair.
    const QJsonObject later = get(u"/api/v1/slo?partner=%1&at=%2"_qs.arg(m_c.id).arg(at + 10 * Minute));
    const QJsonObject allLater = later.value(u"items"_qs).toArray().at(0).toObject();
    QCOMPARE(allLater.value(u"burnRates"_qs).toObject().value(u"5m"_qs).toDouble(), 0.0);
    QCOMPARE(allLater.value(u"alert"_qs).toString(), u"page"_qs);
    // A day later 3 d still burns but 6 h is clean, and a ticket needs both: ok.
    const QJsonObject dayLater = get(u"/api/v1/slo?partner=%1&at=%2"_qs.arg(m_c.id).arg(at + Day));
    QCOMPARE(dayLater.value(u"items"_qs).toArray().at(0).toObject().value(u"alert"_qs).toString(), u"ok"_qs);
    // Before any traffic: nothing spent.
    const QJsonObject quiet = get(u"/api/v1/slo?partner=%1&at=%2"_qs.arg(m_c.id).arg(at - Day));
    const QJsonObject quietAll = quiet.value(u"items"_qs).toArray().at(0).toObject();
    QVERIFY(quietAll.value(u"sli"_qs).isNull());
    QCOMPARE(quietAll.value(u"errorBudgetRemaining"_qs).toDouble(), 1.0);
    QCOMPARE(quietAll.value(u"alert"_qs).toString(), u"ok"_qs);

    QCOMPARE(m_operator.get(u"/api/v1/slo?partner=99999999"_qs).status, 404);
    QCOMPARE(m_operator.get(u"/api/v1/slo?at=noon"_qs).code(), u"invalid_query"_qs);
    QCOMPARE(
        get(u"/api/v1/slo"_qs).value(u"items"_qs).toArray().at(0).toObject().value(u"service"_qs).toString(),
        u"all"_qs);
}

void tst_ServerMetrics::failingStoreLosesNoRequest()
{
    // The metrics tables refuse every write (a trigger, set from outside the service as a broken
    // disk would); gateway requests must not notice.
    const QString connection = u"tst-metrics-side"_qs;
    const bool postgres = TestPostgres::enabled();
    {
        if (postgres) {
            TestPostgres::openConnection(m_platform.dataDir(), connection);
        } else {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
            db.setDatabaseName(QDir(m_platform.dataDir()).filePath(u"kepler.db"_qs));
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_qs);
        }
        QSqlDatabase db = QSqlDatabase::database(connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (postgres) {
            QVERIFY2(q.exec(u"CREATE FUNCTION refuse_metrics() RETURNS trigger LANGUAGE plpgsql AS "
                            u"$$BEGIN RAISE EXCEPTION 'metrics store refused (test)'; END$$"_qs),
                qPrintable(q.lastError().text()));
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse_metrics BEFORE INSERT ON metrics_request_minutes "
                            u"FOR EACH ROW EXECUTE FUNCTION refuse_metrics()"_qs),
                qPrintable(q.lastError().text()));
        } else {
            QVERIFY2(q.exec(u"CREATE TRIGGER refuse_metrics BEFORE INSERT ON metrics_request_minutes "
                            u"BEGIN SELECT RAISE(ABORT, 'metrics store refused (test)'); END"_qs),
                qPrintable(q.lastError().text()));
        }
    }
    const qint64 hour = beijingDay(m_now - 1 * Day) + Hour;
    const QString query = u"from=%1&to=%2&partner=%3"_qs.arg(hour).arg(hour + Hour).arg(m_a.id);
    QCOMPARE(pings(m_a, hour, 30), 30); // all answered 200
    QTest::qWait(2500); // two flushes or more, all refused
    QCOMPARE(sumOf(get(u"/api/v1/metrics/availability?"_qs + query)
                       .value(u"series"_qs)
                       .toArray()
                       .at(0)
                       .toObject()
                       .value(u"points"_qs)
                       .toArray())
                 .total,
        0);
    QCOMPARE(pings(m_a, hour + 40'000, 10), 10); // still answering, still counting
    {
        QSqlDatabase db = QSqlDatabase::database(connection);
        QSqlQuery q(db);
        QVERIFY(q.exec(postgres ? u"DROP TRIGGER refuse_metrics ON metrics_request_minutes"_qs
                                : u"DROP TRIGGER refuse_metrics"_qs));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    QCOMPARE(sumOf(waitForTotal(query, 40)).total, 40);
    QVERIFY(m_platform.standardError().contains("metrics flush failed"));
}

void tst_ServerMetrics::lastFlushOnShutdown()
{
    const qint64 hour = beijingDay(m_now - 1 * Day) + 5 * Hour;
    QCOMPARE(pings(m_b, hour, 7), 7);
    QVERIFY(m_platform.stop()); // at once: the writer's last flush must take them
    QVERIFY2(
        m_platform.start({u"--demo"_qs, u"--allow-test-hooks"_qs}), qPrintable(m_platform.errorString()));
    m_operator.setBaseUrl(m_platform.url());
    const QJsonArray points = get(
        u"/api/v1/metrics/availability?from=%1&to=%2&partner=%3"_qs.arg(hour).arg(hour + Hour).arg(m_b.id))
                                  .value(u"series"_qs)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"points"_qs)
                                  .toArray();
    QCOMPARE(sumOf(points).total, 7);
}

// Auto refresh asks only for the tail (issue 7): from = the last point it holds, the same step. That
// point is asked again because it was still filling; the old points before it plus the tail must equal
// a full answer asked afterwards, point for point.
void tst_ServerMetrics::tailFromTheLastPointCompletesTheSeries()
{
    const Partner d = partner(int(m_active.size()) - 1);
    QVERIFY(d.id != m_a.id && d.id != m_b.id && d.id != m_c.id);
    const qint64 start = beijingDay(m_now - 5 * Day) + 9 * Hour;
    const qint64 end = start + 2 * Hour;
    const QString series = u"&step=5m&partner=%1"_qs.arg(d.id);
    QCOMPARE(pings(d, start + 50 * Minute, 4, 2), 4); // point 10
    const QJsonArray before = waitForTotal(u"from=%1&to=%2"_qs.arg(start).arg(end) + series, 4);
    QCOMPARE(before.size(), 24);
    // More traffic lands in the point the client holds last, and after it.
    QCOMPARE(pings(d, start + 52 * Minute, 3), 3); // point 10 again
    QCOMPARE(pings(d, start + 71 * Minute, 2, 1), 2); // point 14
    const QJsonArray after = waitForTotal(u"from=%1&to=%2"_qs.arg(start).arg(end) + series, 9);
    const QString lastHeld = before.at(10).toObject().value(u"t"_qs).toString();
    const QJsonObject tailAnswer = get(u"/api/v1/metrics/availability?from=%1&to=%2"_qs
                                           .arg(QString::fromLatin1(QUrl::toPercentEncoding(lastHeld)))
                                           .arg(end)
        + series);
    QCOMPARE(tailAnswer.value(u"from"_qs).toString(), lastHeld);
    const QJsonArray tail
        = tailAnswer.value(u"series"_qs).toArray().at(0).toObject().value(u"points"_qs).toArray();
    QCOMPARE(tail.size(), 14);
    QJsonArray merged;
    for (int i = 0; i < 10; ++i)
        merged.append(before.at(i));
    for (const QJsonValue &p : tail)
        merged.append(p);
    QCOMPARE(merged, after);
    QCOMPARE(sumOf(tail, 0, 1), (Sums {7, 5, 2, 0}));
}

QTEST_GUILESS_MAIN(tst_ServerMetrics)
#include "tst_server_metrics.moc"
