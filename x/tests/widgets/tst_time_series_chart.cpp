// TimeSeriesChart offscreen: what reaches Qt Charts is decimated to the plot (and follows resize
// and zoom), the picture matches drawing every raw point, legend entries hide series, the crosshair
// reads every series in the chart's formats, the states say what is going on, and the exports hold
// the raw data.
#include "domain/PartnerCsv.h"
#include "models/DateTimeText.h"
#include "widgets/charts/ChartStateOverlay.h"
#include "widgets/charts/TimeSeriesChart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Kepler;

namespace {

const qint64 T0 = QDateTime(QDate(2026, 11, 25), QTime(0, 0)).toMSecsSinceEpoch();
constexpr qint64 Minute = 60 * 1000;

QList<QPointF> wave(qsizetype n, qint64 step, double base, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    points.reserve(n);
    for (qsizetype i = 0; i < n; ++i) {
        const double v = base * (1.2 + std::sin(double(i) / double(n) * 12)) + rng.bounded(base / 5);
        points.append(QPointF(double(T0 + i * step), std::round(v)));
    }
    return points;
}

QList<QLineSeries *> lineSeries(TimeSeriesChart &chart)
{
    QList<QLineSeries *> lines;
    for (QAbstractSeries *s : chart.chart()->series())
        lines.append(qobject_cast<QLineSeries *>(s));
    return lines;
}

} // namespace

class tst_TimeSeriesChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimatesToThePlotAndFollowsResize();
    void looksLikeEveryPointDrawn();
    void zoomByDraggingAndReset();
    void legendHidesSeries();
    void eightServicesHaveEightColours();
    void ratioAxisTopsAtHundredPercent();
    void stackedAreasAddUp();
    void crosshairReadsEverySeries();
    void timeAxisFollowsTheLanguageNow();
    void annotations();
    void states();
    void exportsRawDataAndPicture();
};

void tst_TimeSeriesChart::decimatesToThePlotAndFollowsResize()
{
    TimeSeriesChart chart;
    chart.resize(900, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<QPointF> raw = wave(1'000'000, 1000, 500, 1);
    chart.setSeries({{u"Requests"_qs, raw, {}}});
    QCoreApplication::processEvents();
    const qreal width = chart.chart()->plotArea().width();
    QVERIFY(width > 600);
    QVERIFY2(chart.drawnPointCount() <= 4 * (qsizetype(width) + 2),
        qPrintable(QString::number(chart.drawnPointCount())));
    QVERIFY(chart.drawnPointCount() > 2 * qsizetype(width)); // noisy data: min and max in every column
    // The first and last raw points are drawn exactly.
    QCOMPARE(lineSeries(chart).first()->at(0), raw.first());
    QCOMPARE(lineSeries(chart).first()->at(lineSeries(chart).first()->count() - 1), raw.last());

    chart.resize(450, 320);
    QTRY_VERIFY(chart.chart()->plotArea().width() < 400);
    QTRY_VERIFY(chart.drawnPointCount() <= 4 * (qsizetype(chart.chart()->plotArea().width()) + 2));
    QCOMPARE(chart.series().first().points.size(), raw.size()); // the raw data stays whole
}

// M4's promise: the decimated line covers the same pixels as all the points drawn one by one.
void tst_TimeSeriesChart::looksLikeEveryPointDrawn()
{
    TimeSeriesChart chart;
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setSeries({{u"Orders"_qs, wave(200'000, 1000, 100, 2), QColor(Qt::darkBlue)}});
    QCoreApplication::processEvents();
    const QImage decimated = chart.grab().toImage();
    chart.setDecimationEnabled(false);
    QCOMPARE(chart.drawnPointCount(), 200'000);
    QCoreApplication::processEvents();
    const QImage raw = chart.grab().toImage();
    QCOMPARE(decimated.size(), raw.size());
    qsizetype differ = 0;
    for (int y = 0; y < raw.height(); ++y)
        for (int x = 0; x < raw.width(); ++x)
            differ += decimated.pixel(x, y) != raw.pixel(x, y);
    const double share = double(differ) / (raw.width() * raw.height());
    QVERIFY2(share <= 0.01, qPrintable(u"%1% of pixels differ"_qs.arg(share * 100)));
}

void tst_TimeSeriesChart::zoomByDraggingAndReset()
{
    TimeSeriesChart chart;
    chart.resize(900, 320);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<QPointF> raw = wave(100'000, 1000, 500, 3);
    chart.setSeries({{u"Requests"_qs, raw, {}}});
    QCoreApplication::processEvents();
    QSignalSpy zoomed(&chart, &TimeSeriesChart::visibleRangeChanged);
    const QRectF plot = chart.chart()->plotArea();
    const int y = int(plot.center().y());
    const int x1 = int(plot.left() + plot.width() * 0.25);
    const int x2 = int(plot.left() + plot.width() * 0.50);
    QTest::mousePress(chart.viewport(), Qt::LeftButton, {}, QPoint(x1, y));
    QMouseEvent move(QEvent::MouseMove, QPointF(x2, y), chart.viewport()->mapToGlobal(QPointF(x2, y)),
        Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(chart.viewport(), &move);
    QTest::mouseRelease(chart.viewport(), Qt::LeftButton, {}, QPoint(x2, y));
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(chart.isZoomed());
    const double span = raw.last().x() - raw.first().x();
    const double from = raw.first().x() + span * (x1 - plot.left()) / plot.width();
    QVERIFY(std::abs(double(chart.visibleFrom()) - from) <= span / plot.width() * 2);
    QVERIFY(std::abs(double(chart.visibleTo() - chart.visibleFrom()) - span / 4) <= span / plot.width() * 4);
    QVERIFY(chart.resetZoomAction()->isEnabled());
    // Only the visible quarter is drawn (plus one neighbour each side), still decimated.
    const QLineSeries *line = lineSeries(chart).first();
    QVERIFY(line->at(1).x() >= chart.visibleFrom() && line->at(0).x() < chart.visibleFrom());
    QVERIFY(line->count() <= 4 * (qsizetype(plot.width()) + 2) + 2);

    QTest::mouseDClick(chart.viewport(), Qt::LeftButton, {}, QPoint(int(plot.center().x()), y));
    QVERIFY(!chart.isZoomed());
    QCOMPARE(chart.visibleFrom(), qint64(raw.first().x()));
    QCOMPARE(chart.visibleTo(), qint64(raw.last().x()));
    QVERIFY(!chart.resetZoomAction()->isEnabled());
    // A click without a drag does not zoom.
    QTest::mouseClick(chart.viewport(), Qt::LeftButton, {}, QPoint(x1, y));
    QVERIFY(!chart.isZoomed());
}

void tst_TimeSeriesChart::legendHidesSeries()
{
    TimeSeriesChart chart;
    chart.resize(700, 300);
    chart.show();
    chart.setSeries({{u"A"_qs, wave(1000, Minute, 100, 4), {}}, {u"B"_qs, wave(1000, Minute, 1000, 5), {}}});
    QSignalSpy toggled(&chart, &TimeSeriesChart::seriesVisibilityChanged);
    QList<QLegendMarker *> markers = chart.chart()->legend()->markers();
    QCOMPARE(markers.size(), 2);
    Q_EMIT markers[1]->clicked(); // what a click on the entry does
    QCOMPARE(toggled.count(), 1);
    QVERIFY(!chart.isSeriesVisible(1));
    QVERIFY(!chart.chart()->series()[1]->isVisible());
    // The entry stays (to show it again), greyed. The legend shows its items after its next layout.
    QTRY_VERIFY(markers[1]->isVisible());
    QVERIFY(markers[1]->labelBrush().color().alpha() < 255);
    // The y axis now fits A alone (B was ten times larger).
    QVERIFY(chart.chart()->axes(Qt::Vertical).first()->property("max").toDouble() < 500);
    // A refresh with the same series keeps B hidden.
    chart.setSeries({{u"A"_qs, wave(1000, Minute, 100, 6), {}}, {u"B"_qs, wave(1000, Minute, 1000, 7), {}}});
    QVERIFY(!chart.isSeriesVisible(1));
    Q_EMIT chart.chart()->legend()->markers()[1]->clicked();
    QVERIFY(chart.isSeriesVisible(1));
}

void tst_TimeSeriesChart::eightServicesHaveEightColours()
{
    // The Availability page's eight services, none with a colour of its own: Qt Charts' theme had
    // five, so cancel/ping, detail/search and miniprograms/status were drawn alike.
    TimeSeriesChart chart;
    chart.resize(700, 300);
    chart.show();
    QList<TimeSeries> services;
    for (const QString &name : {u"cancel"_qs, u"detail"_qs, u"miniprograms"_qs, u"order"_qs, u"orders"_qs,
             u"ping"_qs, u"search"_qs, u"status"_qs})
        services.append({name, wave(100, Minute, 100, quint32(services.size())), {}});
    chart.setSeries(services);
    const QList<QLineSeries *> lines = lineSeries(chart);
    QCOMPARE(lines.size(), 8);
    for (qsizetype i = 0; i < lines.size(); ++i)
        for (qsizetype j = i + 1; j < lines.size(); ++j)
            QVERIFY2(
                lines[i]->color() != lines[j]->color() || lines[i]->pen().style() != lines[j]->pen().style(),
                qPrintable(services[i].name + u" and "_qs + services[j].name + u" look the same"_qs));
    // The legend swatches are the lines' colours.
    const QList<QLegendMarker *> markers = chart.chart()->legend()->markers();
    QCOMPARE(markers.size(), 8);
    for (qsizetype i = 0; i < markers.size(); ++i)
        QCOMPARE(markers[i]->brush().color().rgb(), lines[i]->color().rgb());
    // A twelfth series repeats a colour, not its look: it is dashed.
    while (services.size() < 12)
        services.append({u"s%1"_qs.arg(services.size()), wave(100, Minute, 100, 9), {}});
    chart.setSeries(services);
    const QList<QLineSeries *> twelve = lineSeries(chart);
    QCOMPARE(twelve[11]->color(), twelve[1]->color());
    QCOMPARE(twelve[11]->pen().style(), Qt::DashLine);
    QCOMPARE(twelve[1]->pen().style(), Qt::SolidLine);
}

void tst_TimeSeriesChart::ratioAxisTopsAtHundredPercent()
{
    // A success ratio of 100 % all along drew its axis from 90 % to 110 %.
    TimeSeriesChart chart;
    chart.resize(700, 300);
    chart.show();
    chart.setValueFormat(ChartValueFormat::percentOfRatio(3));
    chart.setValueCeiling(1.0);
    QList<QPointF> flat;
    for (int i = 0; i < 60; ++i)
        flat.append(QPointF(double(T0 + i * Minute), 1.0));
    chart.setSeries({{u"ok"_qs, flat, {}}});
    auto *axis = chart.chart()->axes(Qt::Vertical).first();
    QCOMPARE(axis->property("max").toDouble(), 1.0);
    QVERIFY(axis->property("min").toDouble() < 1.0);
    // An error budget overspent: below 0, still never above 100 %.
    QList<QPointF> budget = {{double(T0), 1.0}, {double(T0 + Minute), 0.4}, {double(T0 + 2 * Minute), -0.57}};
    chart.setSeries({{u"budget"_qs, budget, {}}});
    QCOMPARE(axis->property("max").toDouble(), 1.0);
    QVERIFY(axis->property("min").toDouble() <= -0.57);
}

void tst_TimeSeriesChart::stackedAreasAddUp()
{
    TimeSeriesChart chart;
    chart.resize(700, 300);
    chart.show();
    chart.setMode(TimeSeriesChart::Mode::StackedArea);
    const QList<QPointF> a {{double(T0), 10}, {double(T0 + Minute), 20}, {double(T0 + 2 * Minute), 30}};
    const QList<QPointF> b {{double(T0), 1}, {double(T0 + Minute), 2}, {double(T0 + 2 * Minute), 3}};
    chart.setSeries({{u"A"_qs, a, {}}, {u"B"_qs, b, {}}});
    auto *top = qobject_cast<QAreaSeries *>(chart.chart()->series()[1]);
    QVERIFY(top);
    QCOMPARE(top->upperSeries()->points(),
        QList<QPointF>({{double(T0), 11}, {double(T0 + Minute), 22}, {double(T0 + 2 * Minute), 33}}));
    QCOMPARE(top->lowerSeries()->points(), a);
    chart.setSeriesVisible(0, false); // B now sits on the baseline
    QCOMPARE(top->upperSeries()->points(), b);
    // The crosshair reads B's own value, not the stacked sum.
    chart.setSeriesVisible(0, true);
    chart.showCrosshairAt(T0 + Minute);
    QVERIFY2(chart.crosshairText().contains(u"B: 2\n"_qs) || chart.crosshairText().endsWith(u"B: 2"_qs),
        qPrintable(chart.crosshairText()));
}

void tst_TimeSeriesChart::crosshairReadsEverySeries()
{
    TimeSeriesChart chart;
    chart.setLocale(QLocale(u"en_US"_qs));
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setValueFormat(ChartValueFormat::yuanFromFen());
    QList<QPointF> gmv, other;
    for (int i = 0; i < 100; ++i) {
        gmv.append(QPointF(double(T0 + i * Minute), 123456 + i));
        if (i < 40 || i > 60) // a gap in the middle
            other.append(QPointF(double(T0 + i * Minute), 5000));
    }
    chart.setSeries({{u"GMV"_qs, gmv, {}}, {u"Refunds"_qs, other, {}}});
    chart.showCrosshairAt(T0 + 10 * Minute + 20 * 1000); // snaps to the minute
    const QString at10 = chart.crosshairText();
    QVERIFY2(at10.contains(u"GMV: ¥1,234.66"_qs), qPrintable(at10));
    QVERIFY(at10.contains(u"Refunds: ¥50.00"_qs));
    // The moment as every list shows one (DateTimeText): the locale's date with its year, its clock.
    QVERIFY2(at10.startsWith(DateTimeText::dateText(
                 QDateTime::fromMSecsSinceEpoch(T0 + 10 * Minute).date(), QLocale(u"en_US"_qs))),
        qPrintable(at10));
    QVERIFY2(at10.contains(u" 12:10 AM\n"_qs), qPrintable(at10));
    chart.showCrosshairAt(T0 + 50 * Minute);
    QVERIFY2(chart.crosshairText().contains(u"Refunds: no value"_qs), qPrintable(chart.crosshairText()));

    // The mouse over the plot shows it; leaving hides it.
    const QRectF plot = chart.chart()->plotArea();
    chart.hideCrosshair();
    QTest::mouseMove(chart.viewport(), plot.center().toPoint());
    QTRY_VERIFY(!chart.crosshairText().isEmpty());
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(&chart, &leave);
    QVERIFY(chart.crosshairText().isEmpty());
}

// The time axis in the console's language now (QLocale::setDefault, as a switch in Settings does),
// not the one the chart was created in, and in the locale's own forms (DateTimeText): English
// "Nov 26" and a 12-hour clock, Chinese "11月26日" and 24 hours.
void tst_TimeSeriesChart::timeAxisFollowsTheLanguageNow()
{
    const QLocale before;
    QLocale::setDefault(QLocale(u"en_US"_qs));
    TimeSeriesChart chart;
    chart.resize(900, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setSeries({{u"Requests"_qs, wave(48 * 60, Minute, 100, 3), {}}}); // two days from midnight
    QCoreApplication::processEvents();
    const auto labels = [&chart] {
        auto *x = qobject_cast<QCategoryAxis *>(chart.chart()->axes(Qt::Horizontal).first());
        return x ? x->categoriesLabels().join(u" | "_qs) : QString();
    };
    QVERIFY2(labels().contains(u"Nov 26"_qs) && labels().contains(u" PM"_qs), qPrintable(labels()));

    QLocale::setDefault(QLocale(u"zh_CN"_qs));
    QEvent change(QEvent::LanguageChange);
    QCoreApplication::sendEvent(&chart, &change);
    QVERIFY2(labels().contains(u"11月26日"_qs), qPrintable(labels()));
    QVERIFY2(!labels().contains(u"PM"_qs) && !labels().contains(u"Nov"_qs), qPrintable(labels()));
    QVERIFY2(labels().contains(u"12:00"_qs), qPrintable(labels()));
    QLocale::setDefault(before);
}

void tst_TimeSeriesChart::annotations()
{
    TimeSeriesChart chart;
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    chart.setSeries({{u"A"_qs, wave(600, Minute, 100, 8), {}}});
    chart.setAnnotations({{T0 + 300 * Minute, u"Release 2.3"_qs}, {T0 + 9000 * Minute, u"outside"_qs}});
    QCoreApplication::processEvents();
    const QRectF plot = chart.chart()->plotArea();
    const int x = int(std::lround(plot.left() + plot.width() * 300.0 / 599.0));
    QCOMPARE(chart.annotationNoteNear(x), u"Release 2.3"_qs);
    QCOMPARE(chart.annotationNoteNear(x + 40), QString());
    chart.showCrosshairAt(T0 + 300 * Minute);
    QVERIFY(chart.crosshairText().endsWith(u"Release 2.3"_qs));
}

void tst_TimeSeriesChart::states()
{
    TimeSeriesChart chart;
    chart.resize(600, 300);
    chart.show();
    chart.setSeries({{u"A"_qs, wave(100, Minute, 100, 9), {}}});
    QCOMPARE(chart.state(), TimeSeriesChart::State::Ready);
    chart.setLoading();
    QCOMPARE(chart.state(), TimeSeriesChart::State::Loading);
    QCOMPARE(chart.stateText(), u"Loading…"_qs);
    chart.showCrosshairAt(T0);
    QVERIFY(chart.crosshairText().isEmpty()); // nothing to read while the data is on its way

    chart.setError(u"The server did not answer in time."_qs);
    QCOMPARE(chart.state(), TimeSeriesChart::State::Error);
    QVERIFY(chart.stateText().contains(u"The server did not answer in time."_qs));
    QSignalSpy retry(&chart, &TimeSeriesChart::retryRequested);
    auto *button = chart.findChild<QPushButton *>(u"retry"_qs);
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(retry.count(), 1);

    chart.setSeries({{u"A"_qs, {}, {}}});
    QCOMPARE(chart.state(), TimeSeriesChart::State::Empty);
    QCOMPARE(chart.stateText(), u"No data in this range"_qs);
    // Data, but none in the range the page asked for: empty too.
    chart.setTimeRange(T0 - 100 * Minute, T0 - 10 * Minute);
    chart.setSeries({{u"A"_qs, wave(100, Minute, 100, 9), {}}});
    QCOMPARE(chart.state(), TimeSeriesChart::State::Empty);
    chart.setTimeRange(T0, T0 + 100 * Minute);
    QCOMPARE(chart.state(), TimeSeriesChart::State::Ready);
}

void tst_TimeSeriesChart::exportsRawDataAndPicture()
{
    TimeSeriesChart chart;
    chart.resize(800, 300);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    const QList<QPointF> raw = wave(50'000, 1000, 300, 10);
    chart.setSeries({{u"订单"_qs, raw, {}}});
    QVERIFY(chart.drawnPointCount() < raw.size() / 10);
    QTemporaryDir dir;
    QString asked;
    chart.setFileNameChooser([&](const QString &, const QString &suggested, const QString &) {
        asked = suggested;
        return dir.filePath(suggested.endsWith(u".csv"_qs) ? u"data.csv"_qs : u"chart.png"_qs);
    });
    chart.exportCsvAction()->trigger();
    QVERIFY(asked.endsWith(u".csv"_qs));
    QFile csv(dir.filePath(u"data.csv"_qs));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    int badLine = 0;
    const auto records = PartnerCsv::parseRecords(QString::fromUtf8(bytes.mid(3)), &badLine);
    QCOMPARE(records.first().cells.last(), u"订单"_qs);
    QList<QPointF> back;
    for (qsizetype r = 1; r < records.size(); ++r)
        back.append(QPointF(records[r].cells[1].toDouble(), records[r].cells[2].toDouble()));
    QCOMPARE(back, raw); // every raw point, not the decimated ones

    chart.showCrosshairAt(T0 + 1000 * 1000);
    chart.exportPngAction()->trigger();
    QImage png(dir.filePath(u"chart.png"_qs));
    QCOMPARE(png.size(), chart.size() * chart.devicePixelRatioF());
    QVERIFY(!chart.crosshairText().isEmpty()); // the crosshair came back after the export
    QSet<QRgb> colours;
    for (int y = 0; y < png.height(); y += 3)
        for (int x = 0; x < png.width(); x += 3)
            colours.insert(png.pixel(x, y));
    QVERIFY(colours.size() > 10);
    if (qEnvironmentVariableIsSet("KEPLER_KEEP_CHART_PNG"))
        png.save(qEnvironmentVariable("KEPLER_KEEP_CHART_PNG"));
}

QTEST_MAIN(tst_TimeSeriesChart)
#include "tst_time_series_chart.moc"
