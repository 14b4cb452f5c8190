// Withdrawal limits and the monthly submission quota on Asia/Shanghai business days, and the
// review SLA. Beijing midnight is 16:00 UTC of the day before: the boundary every case probes.
#include "domain/ReviewItem.h"
#include "domain/ReviewLimits.h"

#include <QTest>

using namespace Kepler;

using Times = QList<QDateTime>;
Q_DECLARE_METATYPE(Times)

class tst_ReviewLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void businessZone();
    void businessDayBoundary_data();
    void businessDayBoundary();
    void withdrawals_data();
    void withdrawals();
    void submissions_data();
    void submissions();
    void sla();
};

namespace {
QDateTime utc(const char *iso)
{
    const QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    Q_ASSERT(t.isValid() && t.timeSpec() == Qt::UTC);
    return t;
}

// One event per Shanghai business day, at 10:00 Beijing time (02:00 UTC), on the given days of Nov 2026.
Times novemberDays(std::initializer_list<int> days)
{
    Times out;
    for (int d : days)
        out.append(QDateTime(QDate(2026, 11, d), QTime(2, 0), Qt::UTC));
    return out;
}
} // namespace

void tst_ReviewLimits::businessZone()
{
    const QTimeZone zone = ReviewLimits::businessZone();
    QVERIFY(zone.isValid());
    const QDateTime summer = utc("2026-07-01T00:00:00Z");
    const QDateTime winter = utc("2026-12-01T00:00:00Z");
    QCOMPARE(zone.offsetFromUtc(summer), 8 * 3600); // no DST in China
    QCOMPARE(zone.offsetFromUtc(winter), 8 * 3600);
    QCOMPARE(ReviewLimits::startOfBusinessDay(QDate(2026, 11, 26)), utc("2026-11-25T16:00:00Z"));
    QCOMPARE(
        ReviewLimits::startOfNextBusinessMonth(utc("2026-11-30T15:59:59Z")), utc("2026-11-30T16:00:00Z"));
    QCOMPARE(
        ReviewLimits::startOfNextBusinessMonth(utc("2026-11-30T16:00:00Z")), utc("2026-12-31T16:00:00Z"));
    QCOMPARE(
        ReviewLimits::startOfNextBusinessMonth(utc("2026-12-31T16:00:00Z")), utc("2027-01-31T16:00:00Z"));
}

void tst_ReviewLimits::businessDayBoundary_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDateTime>("nextDay");
    QTest::newRow("utc midnight is 08:00 beijing")
        << utc("2026-11-25T00:00:00Z") << QDate(2026, 11, 25) << utc("2026-11-25T16:00:00Z");
    QTest::newRow("15:59:59 utc is the same beijing day")
        << utc("2026-11-25T15:59:59Z") << QDate(2026, 11, 25) << utc("2026-11-25T16:00:00Z");
    QTest::newRow("16:00 utc is the next beijing day")
        << utc("2026-11-25T16:00:00Z") << QDate(2026, 11, 26) << utc("2026-11-26T16:00:00Z");
    QTest::newRow("23:59 utc is still the next beijing day")
        << utc("2026-11-25T23:59:59Z") << QDate(2026, 11, 26) << utc("2026-11-26T16:00:00Z");
    QTest::newRow("new year in beijing")
        << utc("2026-12-31T16:00:00Z") << QDate(2027, 1, 1) << utc("2027-01-01T16:00:00Z");
}

void tst_ReviewLimits::businessDayBoundary()
{
    QFETCH(QDateTime, time);
    QFETCH(QDate, day);
    QFETCH(QDateTime, nextDay);
    QCOMPARE(ReviewLimits::businessDay(time), day);
    QCOMPARE(ReviewLimits::startOfNextBusinessDay(time), nextDay);
}

void tst_ReviewLimits::withdrawals_data()
{
    QTest::addColumn<Times>("previous");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<int>("usedToday");
    QTest::addColumn<int>("usedThisMonth");
    QTest::addColumn<QDateTime>("next");

    const QDateTime now = utc("2026-11-25T08:00:00Z"); // 16:00 in Beijing
    QTest::newRow("none yet") << Times() << now << true << 0 << 0 << now;
    QTest::newRow("one today") << Times {utc("2026-11-25T01:00:00Z")} << now << false << 1 << 1
                               << utc("2026-11-25T16:00:00Z");
    QTest::newRow("one yesterday") << Times {utc("2026-11-24T08:00:00Z")} << now << true << 0 << 1 << now;
    // Same UTC day, but Beijing's day changed at 16:00 UTC: allowed.
    QTest::newRow("before beijing midnight")
        << Times {utc("2026-11-25T15:59:59Z")} << utc("2026-11-25T16:00:00Z") << true << 0 << 1
        << utc("2026-11-25T16:00:00Z");
    QTest::newRow("same utc day, different beijing day")
        << Times {utc("2026-11-25T10:00:00Z")} << utc("2026-11-25T17:00:00Z") << true << 0 << 1
        << utc("2026-11-25T17:00:00Z");
    // Different UTC days, one Beijing day (the 26th): refused until 16:00 UTC on the 26th.
    QTest::newRow("different utc day, same beijing day")
        << Times {utc("2026-11-25T17:00:00Z")} << utc("2026-11-26T02:00:00Z") << false << 1 << 1
        << utc("2026-11-26T16:00:00Z");
    QTest::newRow("exactly at beijing midnight counts for the new day")
        << Times {utc("2026-11-25T16:00:00Z")} << utc("2026-11-26T15:59:59Z") << false << 1 << 1
        << utc("2026-11-26T16:00:00Z");
    QTest::newRow("nine this month") << novemberDays({1, 2, 3, 4, 5, 6, 7, 8, 9}) << now << true << 0 << 9
                                     << now;
    QTest::newRow("ten this month") << novemberDays({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) << now << false << 0
                                    << 10 << utc("2026-11-30T16:00:00Z");
    QTest::newRow("tenth today: month limit wins") << novemberDays({1, 2, 3, 4, 5, 6, 7, 8, 9, 25}) << now
                                                   << false << 1 << 10 << utc("2026-11-30T16:00:00Z");
    QTest::newRow("ninth today: next day") << novemberDays({1, 2, 3, 4, 5, 6, 7, 8, 25}) << now << false << 1
                                           << 9 << utc("2026-11-25T16:00:00Z");
    QTest::newRow("month rollover in beijing")
        << novemberDays({1, 2, 3, 4, 5, 6, 7, 8, 9, 30}) << utc("2026-11-30T16:00:00Z") << true << 0 << 0
        << utc("2026-11-30T16:00:00Z");
    QTest::newRow("one second before the rollover")
        << novemberDays({1, 2, 3, 4, 5, 6, 7, 8, 9, 10}) << utc("2026-11-30T15:59:59Z") << false << 0 << 10
        << utc("2026-11-30T16:00:00Z");
    // 31 Oct 16:30 UTC is 1 Nov 00:30 in Beijing: it counts for November.
    QTest::newRow("utc october, beijing november")
        << (Times {utc("2026-10-31T16:30:00Z")} + novemberDays({2, 3, 4, 5, 6, 7, 8, 9, 10})) << now << false
        << 0 << 10 << utc("2026-11-30T16:00:00Z");
    QTest::newRow("utc october before beijing november")
        << (Times {utc("2026-10-31T15:30:00Z")} + novemberDays({2, 3, 4, 5, 6, 7, 8, 9, 10})) << now << true
        << 0 << 9 << now;
    QTest::newRow("same month last year")
        << Times {utc("2025-11-25T01:00:00Z")} << now << true << 0 << 0 << now;
    QTest::newRow("future times ignored")
        << Times {utc("2026-11-25T09:00:00Z")} << now << true << 0 << 0 << now;
    QTest::newRow("year rollover") << Times {utc("2026-12-31T15:00:00Z")} << utc("2026-12-31T16:00:00Z")
                                   << true << 0 << 0 << utc("2026-12-31T16:00:00Z");
}

void tst_ReviewLimits::withdrawals()
{
    QFETCH(Times, previous);
    QFETCH(QDateTime, now);
    QFETCH(bool, allowed);
    QFETCH(int, usedToday);
    QFETCH(int, usedThisMonth);
    QFETCH(QDateTime, next);
    const ReviewLimits::LimitCheck result = ReviewLimits::checkWithdrawal(previous, now);
    QCOMPARE(result.allowed, allowed);
    QCOMPARE(result.usedToday, usedToday);
    QCOMPARE(result.usedThisMonth, usedThisMonth);
    QCOMPARE(result.nextAllowedAt, next);
    // Order of the earlier events does not matter.
    std::reverse(previous.begin(), previous.end());
    QCOMPARE(ReviewLimits::checkWithdrawal(previous, now), result);
    // At nextAllowedAt one more is indeed allowed.
    QVERIFY(ReviewLimits::checkWithdrawal(previous, result.nextAllowedAt).allowed);
}

void tst_ReviewLimits::submissions_data()
{
    QTest::addColumn<Times>("previous");
    QTest::addColumn<int>("quota");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QDateTime>("next");
    const QDateTime now = utc("2026-11-25T08:00:00Z");
    Times nineteen;
    for (int i = 0; i < 19; ++i) // many in one day: submissions have no daily limit
        nineteen.append(utc("2026-11-25T01:00:00Z").addSecs(i * 60));
    const Times twenty = nineteen + Times {utc("2026-11-03T05:00:00Z")};
    QTest::newRow("none") << Times() << ReviewLimits::SubmissionsPerMonth << true << now;
    QTest::newRow("19 of 20, all today") << nineteen << ReviewLimits::SubmissionsPerMonth << true << now;
    QTest::newRow("20 of 20") << twenty << ReviewLimits::SubmissionsPerMonth << false
                              << utc("2026-11-30T16:00:00Z");
    QTest::newRow("partner quota 25") << twenty << 25 << true << now;
    QTest::newRow("partner quota 2") << novemberDays({3, 4}) << 2 << false << utc("2026-11-30T16:00:00Z");
    QTest::newRow("last month does not count") << Times {utc("2026-10-31T15:00:00Z")} << 1 << true << now;
    QTest::newRow("quota 0 refuses all") << Times() << 0 << false << QDateTime();
}

void tst_ReviewLimits::submissions()
{
    QFETCH(Times, previous);
    QFETCH(int, quota);
    QFETCH(bool, allowed);
    QFETCH(QDateTime, next);
    const ReviewLimits::LimitCheck result
        = ReviewLimits::checkSubmission(previous, utc("2026-11-25T08:00:00Z"), quota);
    QCOMPARE(result.allowed, allowed);
    QCOMPARE(result.nextAllowedAt, next);
    QCOMPARE(ReviewLimits::SubmissionsPerMonth, 20);
}

void tst_ReviewLimits::sla()
{
    using namespace std::chrono_literals;
    const QDateTime created = utc("2026-11-24T08:00:00Z");
    QCOMPARE(ReviewSla::DefaultSla, 24h);
    QCOMPARE(ReviewSla::dueAt(created), utc("2026-11-25T08:00:00Z"));
    QCOMPARE(ReviewSla::ageMs(created, created.addSecs(90)), qint64(90000));
    QCOMPARE(ReviewSla::ageMs(created, created.addSecs(-5)), qint64(0)); // clock skew: never negative
    QVERIFY(!ReviewSla::isOverdue(created, created.addSecs(23 * 3600)));
    QVERIFY(!ReviewSla::isOverdue(created, utc("2026-11-25T08:00:00Z"))); // exactly 24 h: on time
    QVERIFY(ReviewSla::isOverdue(created, utc("2026-11-25T08:00:00Z").addMSecs(1)));
    QVERIFY(ReviewSla::isOverdue(created, created.addSecs(3 * 3600), 2h));
    QCOMPARE(ReviewSla::dueAt(created, 2h), utc("2026-11-24T10:00:00Z"));
}

QTEST_GUILESS_MAIN(tst_ReviewLimits)
#include "tst_review_limits.moc"
