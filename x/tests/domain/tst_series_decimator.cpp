// M4 decimation (domain/SeriesDecimator) against a brute-force reference on random series: the
// reference groups points by column with a map and picks each column's first, last, earliest
// minimum and earliest maximum by plain scans, so it shares nothing with the one-pass code but the
// column arithmetic (tested on its own in columns()).
#include "domain/SeriesDecimator.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>
#include <set>

using namespace Kepler;

namespace {

enum class Shape { Noise, AllEqual, Duplicates, Gaps, Sparse, Steps };

// Sorted by x; `shape` picks the hard cases: equal values everywhere, runs of equal timestamps,
// long gaps (empty columns), fewer points than columns (columns with one point), integer steps
// (many ties for min and max).
QList<QPointF> randomSeries(QRandomGenerator &rng, qsizetype n, Shape shape)
{
    QList<QPointF> points;
    points.reserve(n);
    double x = 1.7e12 + rng.bounded(1000); // ms since the epoch, as the charts get them
    for (qsizetype i = 0; i < n; ++i) {
        switch (shape) {
        case Shape::Noise:
        case Shape::AllEqual:
        case Shape::Steps:
            x += 1 + rng.bounded(100);
            break;
        case Shape::Duplicates:
            x += rng.bounded(3) == 0 ? 1 + rng.bounded(50) : 0;
            break;
        case Shape::Gaps:
            x += rng.bounded(50) == 0 ? 1e6 + rng.bounded(5e7) : 1 + rng.bounded(10);
            break;
        case Shape::Sparse:
            x += 1e5 + rng.bounded(1e7);
            break;
        }
        double y = rng.generateDouble() * 2000 - 1000;
        if (shape == Shape::AllEqual)
            y = 42.5;
        else if (shape == Shape::Steps)
            y = rng.bounded(4);
        points.append(QPointF(x, y));
    }
    return points;
}

QList<QPointF> reference(const QList<QPointF> &points, const PixelColumns &columns)
{
    std::map<int, QList<qsizetype>> byColumn;
    for (qsizetype i = 0; i < points.size(); ++i)
        byColumn[columns.of(points[i].x())].append(i);
    QList<QPointF> out;
    for (const auto &[column, indices] : byColumn) {
        qsizetype low = indices.first();
        qsizetype high = indices.first();
        for (qsizetype i : indices) {
            if (points[i].y() < points[low].y())
                low = i;
            if (points[i].y() > points[high].y())
                high = i;
        }
        const std::set<qsizetype> keep {indices.first(), low, high, indices.last()};
        for (qsizetype i : keep)
            out.append(points[i]);
    }
    return out;
}

// Exact comparison: the decimator copies points, it never computes new ones.
bool samePoints(const QList<QPointF> &a, const QList<QPointF> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].x() != b[i].x() || a[i].y() != b[i].y())
            return false;
    return true;
}

} // namespace

Q_DECLARE_METATYPE(Shape)

class tst_SeriesDecimator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns();
    void matchesReference_data();
    void matchesReference();
    void keepsExtremesOfEveryColumn();
    void smallSeries();
    void visibleRange();
    void visibleRangeOutsideData();
};

void tst_SeriesDecimator::columns()
{
    const PixelColumns c = PixelColumns::fit(1000, 2000, 10);
    QCOMPARE(c.of(1000), 0);
    QCOMPARE(c.of(1099.9), 0);
    QCOMPARE(c.of(1100), 1);
    QCOMPARE(c.of(2000), 9); // the end of the range is in the last column
    QCOMPARE(c.of(500), 0); // clamped
    QCOMPARE(c.of(1e9), 9);
    QCOMPARE(PixelColumns::fit(5, 5, 10).of(5), 0); // zero-width range: no division by zero
    QCOMPARE(PixelColumns::fit(0, 1, 0).count, 1);
    // A plot area starting at x = 60.5 over 100 px: device columns 60 … 160, 101 of them.
    const PixelColumns plot = PixelColumns::forPlot(0, 100, 60.5, 100);
    QCOMPARE(plot.count, 101);
    QCOMPARE(plot.of(0), 0);
    QCOMPARE(plot.of(0.49), 0);
    QCOMPARE(plot.of(0.5), 1);
    QCOMPARE(plot.of(100), 100);
}

void tst_SeriesDecimator::matchesReference_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<Shape>("shape");
    QTest::addColumn<int>("columns");
    const struct
    {
        const char *name;
        Shape shape;
    } shapes[] = {{"noise", Shape::Noise}, {"all-equal", Shape::AllEqual},
        {"duplicate timestamps", Shape::Duplicates}, {"gaps", Shape::Gaps},
        {"one point per column", Shape::Sparse}, {"integer steps (ties)", Shape::Steps}};
    for (const auto &s : shapes)
        for (qsizetype size : {0, 1, 2, 3, 7, 50, 5000})
            for (int columns : {1, 3, 100, 1200})
                QTest::addRow("%s, %lld points, %d columns", s.name, qlonglong(size), columns)
                    << size << s.shape << columns;
    QTest::addRow("noise, 1M points, 1200 columns") << qsizetype(1'000'000) << Shape::Noise << 1200;
    QTest::addRow("steps, 1M points, 1200 columns") << qsizetype(1'000'000) << Shape::Steps << 1200;
    QTest::addRow("gaps, 1M points, 1200 columns") << qsizetype(1'000'000) << Shape::Gaps << 1200;
}

void tst_SeriesDecimator::matchesReference()
{
    QFETCH(qsizetype, size);
    QFETCH(Shape, shape);
    QFETCH(int, columns);
    QRandomGenerator rng(quint32(size * 31 + int(shape) * 7 + columns));
    for (int round = 0; round < (size > 10000 ? 1 : 20); ++round) {
        const QList<QPointF> points = randomSeries(rng, size, shape);
        // Ranges that fit the data, and ones that cut it (points clamp into the edge columns).
        const double from = points.isEmpty() ? 0 : points.first().x();
        const double to = points.isEmpty() ? 1 : points.last().x();
        const double span = to - from;
        const PixelColumns fits[] = {PixelColumns::fit(from, to, columns),
            PixelColumns::fit(from + span / 3, to - span / 4, columns),
            PixelColumns::forPlot(from, to, 57.25, columns - 0.5)};
        for (const PixelColumns &c : fits) {
            const QList<QPointF> got = SeriesDecimator::m4(points, c);
            QVERIFY2(samePoints(got, reference(points, c)), qPrintable(u"round %1"_qs.arg(round)));
            QVERIFY(got.size() <= qsizetype(c.count) * 4);
            QVERIFY(got.size() <= points.size());
            if (!points.isEmpty()) {
                QCOMPARE(got.first(), points.first());
                QCOMPARE(got.last(), points.last());
            }
            for (qsizetype i = 1; i < got.size(); ++i)
                QVERIFY(got[i - 1].x() <= got[i].x());
        }
    }
}

// The property on its own, without the reference: every column's min and max are drawn.
void tst_SeriesDecimator::keepsExtremesOfEveryColumn()
{
    QRandomGenerator rng(7);
    const QList<QPointF> points = randomSeries(rng, 200'000, Shape::Noise);
    const PixelColumns c = PixelColumns::fit(points.first().x(), points.last().x(), 800);
    const QList<QPointF> got = SeriesDecimator::m4(points, c);
    QList<double> low(c.count, qInf()), high(c.count, -qInf()), gotLow(c.count, qInf()),
        gotHigh(c.count, -qInf());
    QList<int> perColumn(c.count, 0);
    for (const QPointF &p : points) {
        low[c.of(p.x())] = std::min(low[c.of(p.x())], p.y());
        high[c.of(p.x())] = std::max(high[c.of(p.x())], p.y());
    }
    for (const QPointF &p : got) {
        gotLow[c.of(p.x())] = std::min(gotLow[c.of(p.x())], p.y());
        gotHigh[c.of(p.x())] = std::max(gotHigh[c.of(p.x())], p.y());
        ++perColumn[c.of(p.x())];
    }
    QCOMPARE(gotLow, low);
    QCOMPARE(gotHigh, high);
    QVERIFY(*std::max_element(perColumn.cbegin(), perColumn.cend()) <= 4);
}

void tst_SeriesDecimator::smallSeries()
{
    const PixelColumns c = PixelColumns::fit(0, 10, 5);
    QVERIFY(SeriesDecimator::m4({}, c).isEmpty());
    QCOMPARE(SeriesDecimator::m4({QPointF(3, 1)}, c), QList<QPointF>({QPointF(3, 1)}));
    // Two points in one column, then a column with one point: nothing doubled.
    const QList<QPointF> two {QPointF(0, 5), QPointF(1, 4), QPointF(9, 7)};
    QCOMPARE(SeriesDecimator::m4(two, c), two);
    // One column with first, max, min, last: exactly those four, in time order.
    const QList<QPointF> many {
        QPointF(0, 2), QPointF(0.2, 9), QPointF(0.4, 3), QPointF(0.6, 1), QPointF(0.8, 4), QPointF(1.9, 2.5)};
    QCOMPARE(SeriesDecimator::m4(many, c),
        QList<QPointF>({QPointF(0, 2), QPointF(0.2, 9), QPointF(0.6, 1), QPointF(1.9, 2.5)}));
}

void tst_SeriesDecimator::visibleRange()
{
    QList<QPointF> points;
    for (int i = 0; i < 1000; ++i)
        points.append(QPointF(i, i % 10 == 0 ? 100 + i : i % 7));
    const PixelColumns c = PixelColumns::fit(200, 300, 10);
    const SeriesDecimator::Visible v = SeriesDecimator::visible(points, 200, 300, c);
    QCOMPARE(v.inside, 101);
    // The neighbours outside come along so the line reaches the plot's edges …
    QCOMPARE(v.points.first(), QPointF(199, 199 % 7));
    QCOMPARE(v.points.last(), QPointF(301, 301 % 7));
    QCOMPARE(v.points[1], QPointF(200, 300));
    // … but do not widen the y range, which is that of the points inside.
    QCOMPARE(v.maxY, 400.0);
    QCOMPARE(v.minY, 0.0);
    QVERIFY(v.points.size() <= 4 * 10 + 2);
}

void tst_SeriesDecimator::visibleRangeOutsideData()
{
    const QList<QPointF> points {QPointF(0, 1), QPointF(10, 2)};
    // A range inside a gap: nothing inside, the two neighbours draw the line across.
    const SeriesDecimator::Visible gap = SeriesDecimator::visible(points, 4, 6, PixelColumns::fit(4, 6, 100));
    QCOMPARE(gap.inside, 0);
    QCOMPARE(gap.points, points);
    const SeriesDecimator::Visible after
        = SeriesDecimator::visible(points, 20, 30, PixelColumns::fit(20, 30, 100));
    QCOMPARE(after.points, QList<QPointF>({QPointF(10, 2)}));
    QVERIFY(SeriesDecimator::visible({}, 0, 1, PixelColumns::fit(0, 1, 10)).points.isEmpty());
}

QTEST_APPLESS_MAIN(tst_SeriesDecimator)
#include "tst_series_decimator.moc"
