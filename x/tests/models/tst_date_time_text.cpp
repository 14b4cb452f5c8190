// The console's one date-time format (DateTimeText), in English and in Chinese: a 4-digit year,
// 2-digit months and days, the locale's order and clock, the local time zone.
#include "models/DateTimeText.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Kepler;

class tst_DateTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Beijing time: a UTC moment from the service is shown 8 hours later.
        qputenv("TZ", "Asia/Shanghai");
    }

    void text_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("expectedDate");
        QTest::newRow("en") << u"en"_qs << u"12/01/2026 2:28 PM"_qs << u"12/01/2026"_qs;
        QTest::newRow("en_GB") << u"en_GB"_qs << u"01/12/2026 14:28"_qs << u"01/12/2026"_qs;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << u"2026/12/01 14:28"_qs << u"2026/12/01"_qs;
    }

    void text()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QFETCH(QString, expectedDate);
        const QLocale l(locale);
        const QDateTime utc(QDate(2026, 12, 1), QTime(6, 28, 2, 738), QTimeZone::utc());
        QCOMPARE(DateTimeText::text(utc, l), expected);
        QCOMPARE(DateTimeText::dateText(QDate(2026, 12, 1), l), expectedDate);
        // The format string round-trips, as a QDateTimeEdit uses it.
        QCOMPARE(
            l.toDateTime(expected, DateTimeText::format(l)), QDateTime(QDate(2026, 12, 1), QTime(14, 28)));
        QVERIFY(DateTimeText::format(l).contains(u"yyyy"_qs));
        QVERIFY(!DateTimeText::format(l).contains(u"yyyyyyyy"_qs));
    }

    // A chart's axis: month and day in the locale's order and words, no year; its clock.
    void chartForms_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("monthDay");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("timeWithSeconds");
        QTest::newRow("en") << u"en"_qs << u"Nov 30"_qs << u"2:05 PM"_qs << u"2:05:09 PM"_qs;
        QTest::newRow("en_GB") << u"en_GB"_qs << u"30 Nov"_qs << u"14:05"_qs << u"14:05:09"_qs;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << u"11月30日"_qs << u"14:05"_qs << u"14:05:09"_qs;
        QTest::newRow("de_DE") << u"de_DE"_qs << u"30. Nov."_qs << u"14:05"_qs << u"14:05:09"_qs;
        QTest::newRow("es_ES") << u"es_ES"_qs << u"30 de nov"_qs << u"14:05"_qs << u"14:05:09"_qs;
        QTest::newRow("ko_KR") << u"ko_KR"_qs << u"11월 30일"_qs << u"오후 2:05"_qs << u"오후 2시 5분 9초"_qs;
    }

    void chartForms()
    {
        QFETCH(QString, locale);
        const QLocale l(locale);
        const QDateTime t(QDate(2026, 11, 30), QTime(14, 5, 9));
        QTEST(l.toString(t.date(), DateTimeText::monthDayFormat(l)), "monthDay");
        QTEST(l.toString(t.time(), DateTimeText::timeFormat(l)), "time");
        QTEST(l.toString(t.time(), DateTimeText::timeFormat(l, true)), "timeWithSeconds");
    }

    void followsTheDefaultLocale()
    {
        const QDateTime utc(QDate(2026, 1, 7), QTime(21, 46, 37), QTimeZone::utc());
        QLocale::setDefault(QLocale(u"zh_CN"_qs));
        QCOMPARE(DateTimeText::text(utc), u"2026/01/08 05:46"_qs);
        QLocale::setDefault(QLocale(u"en"_qs));
        QCOMPARE(DateTimeText::text(utc), u"01/08/2026 5:46 AM"_qs);
        QCOMPARE(DateTimeText::text(QDateTime(), QLocale(), u"Never"_qs), u"Never"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_DateTimeText)
#include "tst_date_time_text.moc"
