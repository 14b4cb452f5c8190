// kepler-traffic's parts that need no platform: the traffic's shape in time, the command line's
// durations and faults, the tally (counts, Beijing days, a failed flush keeps its counts), the key
// file (owner-only) and the requests a partner plans.
#include "simulator/KeyStore.h"
#include "simulator/PartnerPlay.h"
#include "simulator/Tally.h"
#include "simulator/TrafficOptions.h"
#include "simulator/TrafficShape.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

using namespace Kepler::Simulator;
namespace Shape = TrafficShape;

namespace {

// Milliseconds of a Beijing wall-clock time.
qint64 beijing(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch()
        - Shape::BeijingOffsetMs;
}

// The file's permission bits as `ls -l` shows them (0600: read and write for the owner only).
int modeOf(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

class tst_TrafficParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void beijingDaysAndMinutes();
    void rhythmHasItsPeaksAndAveragesOne();
    void festivalIsTwentyFiveTimesANormalDay();
    void partnerWeights();
    void incidentsEveryTenthDaySpendPartOfTheBudget();
    void durations_data();
    void durations();
    void faults();
    void faultsRefused_data();
    void faultsRefused();
    void tallyCountsByMinuteAndBeijingDay();
    void keyFileIsOwnerOnly();
    void plansAreWellFormed();
};

void tst_TrafficParts::beijingDaysAndMinutes()
{
    // 2026-11-11 00:30 Beijing is 2026-11-10 16:30 UTC: the Beijing day started at 16:00 UTC.
    const qint64 t = beijing(2026, 11, 11, 0, 30) + 12'345;
    QCOMPARE(Shape::beijingDayStart(t), beijing(2026, 11, 11, 0));
    QCOMPARE(Shape::beijingDate(t), u"2026-11-11"_qs);
    QCOMPARE(Shape::minuteStart(t), beijing(2026, 11, 11, 0, 30));
    QCOMPARE(Shape::beijingDate(beijing(2026, 11, 11, 0) - 1), u"2026-11-10"_qs);
}

void tst_TrafficParts::rhythmHasItsPeaksAndAveragesOne()
{
    double sum = 0;
    for (int minute = 0; minute < 1440; ++minute)
        sum += Shape::rhythm(beijing(2026, 11, 20, 0) + minute * Shape::MinuteMs);
    QVERIFY(qAbs(sum / 1440 - 1.0) < 0.01);
    const double night = Shape::rhythm(beijing(2026, 11, 20, 4));
    const double morning = Shape::rhythm(beijing(2026, 11, 20, 10));
    const double evening = Shape::rhythm(beijing(2026, 11, 20, 21));
    const double afternoon = Shape::rhythm(beijing(2026, 11, 20, 15));
    QVERIFY(night < 0.1);
    QVERIFY(morning > afternoon);
    QVERIFY(evening > morning);
    QVERIFY(evening > 1.5);
}

void tst_TrafficParts::festivalIsTwentyFiveTimesANormalDay()
{
    QCOMPARE(Shape::festival(beijing(2026, 11, 11, 0, 1)), 25.0);
    QCOMPARE(Shape::festival(beijing(2026, 11, 11, 23, 59)), 25.0);
    QCOMPARE(Shape::festival(beijing(2026, 11, 10, 12)), 3.0);
    QCOMPARE(Shape::festival(beijing(2026, 11, 20, 12)), 1.0);
    QCOMPARE(Shape::festival(beijing(2026, 12, 11, 12)), 1.0);
    // UTC 2026-11-10 16:00 is already the 11th in Beijing.
    QCOMPARE(
        Shape::festival(QDateTime(QDate(2026, 11, 10), QTime(16, 0), QTimeZone::utc()).toMSecsSinceEpoch()),
        25.0);
}

void tst_TrafficParts::partnerWeights()
{
    const double gold = Shape::partnerWeight(u"gold"_qs, u"guide"_qs, u"news_app"_qs);
    const double bronze = Shape::partnerWeight(u"bronze"_qs, u"guide"_qs, u"news_app"_qs);
    QCOMPARE(gold, 4 * bronze);
    QCOMPARE(Shape::partnerWeight(QString(), u"guide"_qs, u"news_app"_qs), bronze);
    QVERIFY(Shape::partnerWeight(u"gold"_qs, u"settle_in"_qs, u"news_app"_qs) > gold);
    QCOMPARE(Shape::partnerWeight(u"gold"_qs, u"guide"_qs, u"travel"_qs),
        Shape::partnerWeight(u"gold"_qs, u"guide"_qs, u"travel"_qs)); // the same every run
    QVERIFY(Shape::orderShare(u"buyout"_qs) > Shape::orderShare(u"guide"_qs));
}

void tst_TrafficParts::incidentsEveryTenthDaySpendPartOfTheBudget()
{
    // 2026-11-06, -16 and -26 (Beijing) have one; search at 10:20, detail at 20:40, alternating.
    const auto nov6 = Shape::incidentOn(beijing(2026, 11, 6, 0, 5));
    QVERIFY(nov6);
    QCOMPARE(nov6->startMs, beijing(2026, 11, 6, 10, 20));
    QCOMPARE(nov6->service, u"search"_qs);
    QCOMPARE(nov6->failures, 1);
    const auto nov16 = Shape::incidentOn(beijing(2026, 11, 16, 23, 59));
    QVERIFY(nov16);
    QCOMPARE(nov16->startMs, beijing(2026, 11, 16, 20, 40));
    QCOMPARE(nov16->service, u"detail"_qs);
    QVERIFY(!Shape::incidentOn(beijing(2026, 11, 7, 10, 20)));
    QVERIFY(!Shape::incidentOn(beijing(2026, 11, 5, 23, 59)));

    // Any 30 days hold three, one failed call each: at the demo's density (1 request per average
    // minute) a 99.99 % target allows 4.3 failures in 30 normal days, so they spend part of the
    // budget, visibly, and never all of it.
    for (int offset = 0; offset < 10; ++offset) {
        int incidents = 0, failures = 0;
        for (int day = 0; day < 30; ++day)
            if (const auto i = Shape::incidentOn(beijing(2026, 3, 1 + offset, 12) + day * Shape::DayMs)) {
                ++incidents;
                failures += i->failures;
            }
        QCOMPARE(incidents, 3);
        const double allowed = (1 - 0.9999) * 30 * 1440 * 1.0;
        QVERIFY(failures > 0.5 * allowed && failures < 0.8 * allowed);
    }
}

void tst_TrafficParts::durations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seconds") << u"20s"_qs << qint64(20'000);
    QTest::newRow("bare") << u"7"_qs << qint64(7'000);
    QTest::newRow("ms") << u"1500ms"_qs << qint64(1'500);
    QTest::newRow("minutes") << u"5m"_qs << qint64(300'000);
    QTest::newRow("hours") << u"2h"_qs << qint64(7'200'000);
    QTest::newRow("days") << u"30d"_qs << qint64(2'592'000'000);
    QTest::newRow("fraction") << u"1.5h"_qs << qint64(5'400'000);
    QTest::newRow("zero") << u"0s"_qs << qint64(0);
    QTest::newRow("unit unknown") << u"3w"_qs << qint64(-1);
    QTest::newRow("negative") << u"-5s"_qs << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
}

void tst_TrafficParts::durations()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(parseDurationMs(text), ms);
}

void tst_TrafficParts::faults()
{
    QString error;
    const auto f
        = Faults::parse(u"error=0.01,latency=200:0.05,badsig=0.02,badkey=0.005,burst=17,burst=18"_qs, &error);
    QVERIFY2(f, qPrintable(error));
    QCOMPARE(f->errorRate, 0.01);
    QCOMPARE(f->latencyMs, 200);
    QCOMPARE(f->latencyRate, 0.05);
    QCOMPARE(f->badSignatureRate, 0.02);
    QCOMPARE(f->badKeyRate, 0.005);
    QCOMPARE(f->burstPartners, (QList<qint64> {17, 18}));
    QVERIFY(f->any());
    const auto none = Faults::parse(QString(), &error);
    QVERIFY(none && !none->any());
}

void tst_TrafficParts::faultsRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("share over 1") << u"error=1.5"_qs;
    QTest::newRow("not a number") << u"badsig=often"_qs;
    QTest::newRow("latency without share") << u"latency=200"_qs;
    QTest::newRow("latency too long") << u"latency=9000:0.1"_qs;
    QTest::newRow("burst without id") << u"burst="_qs;
    QTest::newRow("unknown") << u"chaos=0.1"_qs;
}

void tst_TrafficParts::faultsRefused()
{
    QFETCH(QString, text);
    QString error;
    QVERIFY(!Faults::parse(text, &error));
    QVERIFY(!error.isEmpty());
}

void tst_TrafficParts::tallyCountsByMinuteAndBeijingDay()
{
    QTemporaryDir dir;
    QString error;
    const qint64 lateOn10th = beijing(2026, 11, 10, 23, 59) + 30'000;
    const qint64 early11th = beijing(2026, 11, 11, 0, 0) + 5'000;
    {
        Tally tally;
        QVERIFY2(tally.open(dir.filePath(u"tally.db"_qs), &error), qPrintable(error));
        tally.recordRequest(7, u"search"_qs, lateOn10th, 200);
        tally.recordRequest(7, u"order"_qs, lateOn10th + 1'000, 201);
        tally.recordOrder(7, lateOn10th + 1'000, true, 12'345);
        tally.recordRequest(7, u"order"_qs, early11th, 503);
        tally.recordRequest(0, u"ping"_qs, early11th, 401);
        QVERIFY(tally.flush(&error));
        tally.recordRequest(7, u"order"_qs, early11th, 201);
        tally.recordOrder(7, early11th, false, 0);
        tally.setMeta(u"backfilledUntil"_qs, u"42"_qs);
    } // the destructor flushes what is left
    Tally tally;
    QVERIFY(tally.open(dir.filePath(u"tally.db"_qs), &error));
    QCOMPARE(tally.meta(u"backfilledUntil"_qs), u"42"_qs);
    QCOMPARE(tally.range(), std::pair(Shape::minuteStart(lateOn10th), Shape::minuteStart(early11th)));
    const auto days = tally.byPartnerDay(0, std::numeric_limits<qint64>::max());
    QCOMPARE(days.size(), 3);
    const TallyCounts d10 = days.value({7, beijing(2026, 11, 10, 0)});
    QCOMPARE(d10, (TallyCounts {2, 2, 0, 0, 1, 1, 12'345}));
    const TallyCounts d11 = days.value({7, beijing(2026, 11, 11, 0)});
    QCOMPARE(d11, (TallyCounts {2, 1, 1, 0, 1, 0, 0}));
    QCOMPARE(days.value({0, beijing(2026, 11, 11, 0)}), (TallyCounts {1, 1, 0, 1, 0, 0, 0}));
    const auto minutes = tally.byPartnerMinute(early11th - 60'000, early11th + 60'000);
    QCOMPARE(minutes.size(), 2); // partner 7 and partner 0 in 00:00; 23:59 is before the window
    QCOMPARE(tally.total().requests, 5);
    QCOMPARE(tally.total().gmvFen, 12'345);
}

void tst_TrafficParts::keyFileIsOwnerOnly()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"keys.json"_qs);
    QString error;
    {
        KeyStore keys(path);
        QVERIFY(keys.load(&error)); // no file yet: empty
        keys.set(17, {u"kp_abc"_qs, u"ks_secret"_qs});
        keys.set(18, {u"kp_def"_qs, u"ks_other"_qs});
        QVERIFY2(keys.save(&error), qPrintable(error));
    }
    QCOMPARE(modeOf(path), 0600);
    KeyStore again(path);
    QVERIFY(again.load(&error));
    QCOMPARE(again.size(), 2);
    QCOMPARE(again.key(17).secret, u"ks_secret"_qs);
    again.remove(18);
    QVERIFY(again.save(&error));
    QCOMPARE(modeOf(path), 0600); // rewritten: still owner-only
}

void tst_TrafficParts::plansAreWellFormed()
{
    PartnerPlay play;
    play.info = {17, u"今日资讯"_qs, u"gold"_qs, u"buyout"_qs, u"news_app"_qs, 200};
    QRandomGenerator rng(20261111);
    // First it asks for its mini-programs, then it searches until it knows some SKUs.
    QCOMPARE(play.plan(rng, u"run"_qs, 1, 0).kind, PlannedRequest::Kind::Apps);
    QCOMPARE(play.plan(rng, u"run"_qs, 2, 0).kind, PlannedRequest::Kind::Search);
    play.learnSkus({100001, 100002, 100003});
    play.apps = {u"wxauthorised01"_qs};
    QSet<QString> refs;
    QHash<PlannedRequest::Kind, int> kinds;
    for (int i = 0; i < 4000; ++i) {
        const PlannedRequest r = play.plan(rng, u"run"_qs, 100 + i, 0);
        ++kinds[r.kind];
        QVERIFY(r.path.startsWith(u"/open/v1/"_qs));
        QVERIFY(!r.service.isEmpty());
        if (r.kind == PlannedRequest::Kind::Order) {
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(body.value(u"partnerOrderRef"_qs).toString(), r.orderRef);
            QVERIFY(!refs.contains(r.orderRef)); // every new order has its own ref
            refs.insert(r.orderRef);
            const QJsonArray items = body.value(u"items"_qs).toArray();
            QVERIFY(items.size() >= 1 && items.size() <= 3);
            play.placed(r.orderRef, r.body);
        } else if (r.kind == PlannedRequest::Kind::Replay) {
            QCOMPARE(
                QJsonDocument::fromJson(r.body).object().value(u"partnerOrderRef"_qs).toString(), r.orderRef);
        }
    }
    for (auto kind : {PlannedRequest::Kind::Search, PlannedRequest::Kind::Detail, PlannedRequest::Kind::Order,
             PlannedRequest::Kind::Replay, PlannedRequest::Kind::Conflict, PlannedRequest::Kind::Status,
             PlannedRequest::Kind::List, PlannedRequest::Kind::Cancel})
        QVERIFY2(kinds.value(kind) > 0, qPrintable(QString::number(int(kind))));
    // A partner past its daily cap stops ordering for that Beijing day.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    play.capDayMs = Shape::beijingDayStart(now);
    for (int i = 0; i < 500; ++i)
        QVERIFY(play.plan(rng, u"run"_qs, 9000 + i, now).service != u"order"_qs);
}

QTEST_GUILESS_MAIN(tst_TrafficParts)
#include "tst_traffic_parts.moc"
