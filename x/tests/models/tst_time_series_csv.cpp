// A chart's CSV export parsed back (with the partner import's RFC 4180 reader, not the writer's
// code): the same numbers as the raw series, every point once, Excel's BOM and CRLF; and the rows
// stacking adds up.
#include "domain/PartnerCsv.h"
#include "models/TimeSeriesCsv.h"
#include "models/TimeSeriesRows.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

using namespace Kepler;

class tst_TimeSeriesCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesBackToTheRawData();
    void timesAreLocalWithOffset();
    void stacksOnTheUnionOfTimes();
};

void tst_TimeSeriesCsv::parsesBackToTheRawData()
{
    QRandomGenerator rng(11);
    TimeSeries orders {u"订单, 有效"_qs, {}, {}}; // a name that needs quoting, in Chinese
    TimeSeries gmv {u"GMV \"fen\""_qs, {}, {}};
    double t = 1.7636e12;
    for (int i = 0; i < 20000; ++i) {
        t += 60000 * (1 + rng.bounded(3));
        orders.points.append(QPointF(t, rng.bounded(500)));
        if (i % 3 != 0) // gmv misses some minutes: those cells stay empty
            gmv.points.append(QPointF(t, rng.generateDouble() * 1e7 - 1e5));
        if (i == 100) // the same timestamp twice in one series: two rows, nothing merged
            orders.points.append(QPointF(t, 7.25));
    }
    const QByteArray csv = TimeSeriesCsv::encode({orders, gmv});
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));

    int badLine = 0;
    const auto records = PartnerCsv::parseRecords(QString::fromUtf8(csv.mid(3)), &badLine);
    QCOMPARE(badLine, 0);
    QCOMPARE(records.first().cells, QStringList({u"time"_qs, u"time_ms"_qs, orders.name, gmv.name}));
    QList<QPointF> readOrders, readGmv;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &cells = records[r].cells;
        QCOMPARE(cells.size(), 4);
        bool ok = false;
        const double ms = double(cells[1].toLongLong(&ok));
        QVERIFY(ok);
        QCOMPARE(QDateTime::fromString(cells[0], Qt::ISODateWithMs).toMSecsSinceEpoch(), qint64(ms));
        if (!cells[2].isEmpty()) {
            readOrders.append(QPointF(ms, cells[2].toDouble(&ok)));
            QVERIFY(ok);
        }
        if (!cells[3].isEmpty()) {
            readGmv.append(QPointF(ms, cells[3].toDouble(&ok)));
            QVERIFY(ok);
        }
    }
    // Exactly the same doubles, not merely close: the export is for analysis.
    QCOMPARE(readOrders, orders.points);
    QCOMPARE(readGmv, gmv.points);
    QCOMPARE(records.size() - 1, orders.points.size());
}

void tst_TimeSeriesCsv::timesAreLocalWithOffset()
{
    const qint64 ms = QDateTime(QDate(2026, 11, 25), QTime(14, 5), Qt::UTC).toMSecsSinceEpoch();
    const QByteArray csv = TimeSeriesCsv::encode({{u"a"_qs, {QPointF(double(ms), 1)}, {}}});
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 3);
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    const QString expected = local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODateWithMs);
    QCOMPARE(QString::fromLatin1(lines[1]), expected + u",%1,1\r"_qs.arg(ms));
}

void tst_TimeSeriesCsv::stacksOnTheUnionOfTimes()
{
    const QList<QPointF> a {{1, 10}, {2, 20}, {4, 40}};
    const QList<QPointF> b {{2, 1}, {3, 2}, {4, 3}};
    const QList<QList<QPointF>> layers = TimeSeriesRows::stack({&a, &b});
    QCOMPARE(layers.size(), 2);
    QCOMPARE(layers[0], QList<QPointF>({{1, 10}, {2, 20}, {3, 0}, {4, 40}}));
    QCOMPARE(layers[1], QList<QPointF>({{1, 10}, {2, 21}, {3, 2}, {4, 43}}));
    QVERIFY(TimeSeriesRows::stack({}).isEmpty());
}

QTEST_APPLESS_MAIN(tst_TimeSeriesCsv)
#include "tst_time_series_csv.moc"
