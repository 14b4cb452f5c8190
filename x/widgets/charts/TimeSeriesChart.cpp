#include "TimeSeriesChart.h"

#include "ChartCrosshair.h"
#include "ChartStateOverlay.h"
#include "models/ChartAxisTicks.h"
#include "models/ChartPalette.h"
#include "models/TimeSeriesRows.h"

#include <QAction>
#include <QAreaSeries>
#include <QCategoryAxis>
#include <QDateTime>
#include <QEvent>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QRubberBand>
#include <QToolButton>

#include <cmath>
#include <limits>

namespace Kepler {
namespace {

// Labels of a QCategoryAxis must differ; the same clock time on two days ("12:00") gets invisible
// zero-width spaces to tell them apart.
QString uniqueLabel(QString label, const QStringList &taken)
{
    while (taken.contains(label))
        label += QChar(0x200B);
    return label;
}

void relabel(QCategoryAxis *axis, double start, const QList<std::pair<QString, double>> &labels)
{
    // Unchanged labels (a refresh, a series toggled) cost nothing: each change relayouts the axis.
    const QStringList old = axis->categoriesLabels();
    QStringList unique;
    for (const auto &label : labels)
        unique << uniqueLabel(label.first, unique);
    bool same = old == unique && axis->startValue() == start;
    for (qsizetype i = 0; same && i < labels.size(); ++i)
        same = axis->endValue(unique[i]) == labels[i].second;
    if (same)
        return;
    for (const QString &label : old)
        axis->remove(label);
    axis->setStartValue(start);
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis->append(unique[i], labels[i].second);
}

} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_format(ChartValueFormat::number())
    , m_axisX(new QCategoryAxis)
    , m_axisY(new QCategoryAxis)
    , m_crosshair(new ChartCrosshair)
    , m_annotationItem(new ChartAnnotations)
    , m_overlay(new ChartStateOverlay(this))
    , m_resetButton(new QToolButton(this))
    , m_rubberBand(new QRubberBand(QRubberBand::Rectangle, this))
    , m_resetZoom(new QAction(this))
    , m_exportPng(new QAction(this))
    , m_exportCsv(new QAction(this))
{
    setFrameShape(QFrame::NoFrame);
    setRenderHint(QPainter::Antialiasing);
    setMouseTracking(true);
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(6, 10, 10, 4));
    c->layout()->setContentsMargins(0, 0, 0, 0);
    c->legend()->setAlignment(Qt::AlignBottom);
    for (QCategoryAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        axis->setTruncateLabels(false);
    }
    m_axisX->setGridLineVisible(false);
    c->addAxis(m_axisX, Qt::AlignBottom);
    c->addAxis(m_axisY, Qt::AlignLeft);
    scene()->addItem(m_annotationItem);
    scene()->addItem(m_crosshair);
    connect(c, &QChart::plotAreaChanged, this, &TimeSeriesChart::onPlotAreaChanged);
    connect(m_overlay, &ChartStateOverlay::retryRequested, this, &TimeSeriesChart::retryRequested);

    m_resetButton->setDefaultAction(m_resetZoom);
    m_resetButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_resetButton->hide();
    m_resetZoom->setEnabled(false);
    connect(m_resetZoom, &QAction::triggered, this, &TimeSeriesChart::resetZoom);
    connect(m_exportPng, &QAction::triggered, this, [this] { chooseAndExport(true); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { chooseAndExport(false); });
    addActions({m_resetZoom, m_exportPng, m_exportCsv});
    setContextMenuPolicy(Qt::ActionsContextMenu);
    retranslate();
    applyPaletteColors();
    std::tie(m_visibleFrom, m_visibleTo) = fullRange();
    redraw();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::setTitle(const QString &title)
{
    chart()->setTitle(title);
    setAccessibleName(title); // the chart takes focus (keys zoom and pan): its title names it
}

void TimeSeriesChart::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    rebuildSeriesObjects();
}

void TimeSeriesChart::setValueFormat(const ChartValueFormat &format)
{
    m_format = format;
    redraw();
}

void TimeSeriesChart::setValueCeiling(double ceiling)
{
    m_valueCeiling = ceiling;
    redraw();
}

void TimeSeriesChart::setSeries(const QList<TimeSeries> &series)
{
    // A refresh keeps what the user hid (by name) and reuses Qt Charts' series when the set is
    // the same, so auto-refresh costs a replace() per series and nothing more.
    QList<bool> visible;
    bool sameSet = series.size() == m_series.size();
    for (qsizetype i = 0; i < series.size(); ++i) {
        bool shown = true;
        for (qsizetype j = 0; j < m_series.size(); ++j)
            if (m_series[j].name == series[i].name)
                shown = m_visible.value(j, true);
        visible.append(shown);
        sameSet = sameSet && m_series[i].name == series[i].name && m_series[i].color == series[i].color;
    }
    m_series = series;
    m_visible = visible;
    m_requestState = State::Ready;
    m_error.clear();
    if (!m_zoomed) {
        std::tie(m_visibleFrom, m_visibleTo) = fullRange();
    } else {
        const auto [from, to] = fullRange();
        m_visibleFrom = std::clamp(m_visibleFrom, from, to);
        m_visibleTo = std::clamp(m_visibleTo, m_visibleFrom + 1, std::max(to, m_visibleFrom + 1));
    }
    if (sameSet && m_chartSeries.size() == m_series.size()) {
        restack();
        redraw();
    } else {
        rebuildSeriesObjects();
    }
}

void TimeSeriesChart::setTimeRange(qint64 fromMs, qint64 toMs)
{
    m_rangeFrom = fromMs;
    m_rangeTo = toMs;
    m_zoomed = false;
    std::tie(m_visibleFrom, m_visibleTo) = fullRange();
    m_resetZoom->setEnabled(false);
    m_resetButton->hide();
    redraw();
}

std::pair<qint64, qint64> TimeSeriesChart::fullRange() const
{
    if (m_rangeFrom < m_rangeTo)
        return {m_rangeFrom, m_rangeTo};
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    for (const TimeSeries &s : m_series) {
        if (s.points.isEmpty())
            continue;
        from = std::min(from, qint64(std::floor(s.points.first().x())));
        to = std::max(to, qint64(std::ceil(s.points.last().x())));
    }
    if (from > to) { // no data at all: the last hour, so the axes still read as time
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return {now - 3600 * 1000, now};
    }
    // One timestamp: a minute around it rather than a zero-width axis.
    return from < to ? std::pair {from, to} : std::pair {from - 30 * 1000, to + 30 * 1000};
}

void TimeSeriesChart::rebuildSeriesObjects()
{
    QChart *c = chart();
    c->removeAllSeries();
    m_chartSeries.clear();
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        const TimeSeries &s = m_series[i];
        // One palette for every chart (Qt Charts' theme has five colours, so eight services shared them).
        const QColor color = s.color.isValid() ? s.color : ChartPalette::color(i);
        QAbstractSeries *added = nullptr;
        if (m_mode == Mode::Lines) {
            auto *line = new QLineSeries;
            line->setColor(color);
            added = line;
        } else {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            QColor fill = color;
            fill.setAlpha(190);
            area->setColor(fill);
            area->setBorderColor(color);
            added = area;
        }
        added->setName(s.name);
        c->addSeries(added);
        added->attachAxis(m_axisX);
        added->attachAxis(m_axisY);
        if (auto *line = qobject_cast<QLineSeries *>(added)) {
            QPen pen = line->pen();
            pen.setWidthF(renderHints().testFlag(QPainter::Antialiasing) ? 1.5 : 1); // see redraw()
            if (!s.color.isValid())
                pen.setStyle(ChartPalette::penStyle(i)); // past the tenth series: dashed, then dotted
            line->setPen(pen);
        }
        m_chartSeries.append(added);
    }
    for (QLegendMarker *marker : c->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, marker] {
            const int index = int(m_chartSeries.indexOf(marker->series()));
            if (index >= 0)
                setSeriesVisible(index, !isSeriesVisible(index));
        });
    }
    restack();
    redraw();
}

void TimeSeriesChart::restack()
{
    m_stacked.clear();
    if (m_mode != Mode::StackedArea)
        return;
    QList<const QList<QPointF> *> shown;
    for (qsizetype i = 0; i < m_series.size(); ++i)
        if (m_visible[i])
            shown.append(&m_series[i].points);
    const QList<QList<QPointF>> layers = TimeSeriesRows::stack(shown);
    m_stacked.resize(m_series.size());
    qsizetype layer = 0;
    for (qsizetype i = 0; i < m_series.size(); ++i)
        if (m_visible[i])
            m_stacked[i] = layers[layer++];
}

const QList<QPointF> &TimeSeriesChart::drawnSource(int index) const
{
    return m_mode == Mode::StackedArea ? m_stacked[index] : m_series[index].points;
}

void TimeSeriesChart::setSeriesVisible(int index, bool visible)
{
    if (index < 0 || index >= m_series.size() || m_visible[index] == visible)
        return;
    m_visible[index] = visible;
    restack();
    redraw();
    Q_EMIT seriesVisibilityChanged(index, visible);
}

bool TimeSeriesChart::isSeriesVisible(int index) const
{
    return m_visible.value(index, false);
}

void TimeSeriesChart::updateLegendMarkers()
{
    // A hidden series keeps its legend entry (to show it again), greyed out.
    for (qsizetype i = 0; i < m_chartSeries.size(); ++i) {
        m_chartSeries[i]->setVisible(m_visible[i]);
        for (QLegendMarker *marker : chart()->legend()->markers(m_chartSeries[i])) {
            marker->setVisible(true);
            QColor label = palette().color(QPalette::WindowText);
            if (!m_visible[i])
                label.setAlpha(90);
            if (marker->labelBrush().color() != label) // each change relayouts the legend
                marker->setLabelBrush(label);
            QBrush brush = marker->brush();
            QColor swatch = brush.color();
            swatch.setAlpha(m_visible[i] ? 255 : 60);
            if (swatch != brush.color()) {
                brush.setColor(swatch);
                marker->setBrush(brush);
            }
        }
    }
}

void TimeSeriesChart::setVisibleRange(qint64 fromMs, qint64 toMs)
{
    const auto [fullFrom, fullTo] = fullRange();
    fromMs = std::clamp(fromMs, fullFrom, fullTo);
    toMs = std::clamp(toMs, fullFrom, fullTo);
    if (toMs - fromMs < 1000) // no deeper than a second: the data are minutes at best
        return;
    m_visibleFrom = fromMs;
    m_visibleTo = toMs;
    m_zoomed = fromMs != fullFrom || toMs != fullTo;
    m_resetZoom->setEnabled(m_zoomed);
    m_resetButton->setVisible(m_zoomed);
    redraw();
    Q_EMIT visibleRangeChanged(fromMs, toMs);
}

void TimeSeriesChart::resetZoom()
{
    const auto [from, to] = fullRange();
    setVisibleRange(from, to);
}

bool TimeSeriesChart::isZoomed() const
{
    return m_zoomed;
}

void TimeSeriesChart::setDecimationEnabled(bool enabled)
{
    m_decimate = enabled;
    redraw();
}

qsizetype TimeSeriesChart::drawnPointCount() const
{
    qsizetype count = 0;
    for (QAbstractSeries *s : m_chartSeries) {
        if (auto *line = qobject_cast<QLineSeries *>(s))
            count += line->count();
        else if (auto *area = qobject_cast<QAreaSeries *>(s))
            count += area->upperSeries()->count();
    }
    return count;
}

void TimeSeriesChart::redraw()
{
    if (m_redrawing)
        return;
    m_redrawing = true;
    const QRectF plot = chart()->plotArea();
    const qreal dpr = devicePixelRatioF();
    const double from = double(m_visibleFrom);
    const double to = double(m_visibleTo);
    m_columns = PixelColumns::forPlot(from, to, plot.left() * dpr, plot.width() * dpr);
    double minY = std::numeric_limits<double>::infinity();
    double maxY = -minY;
    QList<QPointF> below; // the stacked layer under the next one
    bool dense = false;
    for (qsizetype i = 0; i < m_chartSeries.size(); ++i) {
        if (!m_visible[i])
            continue;
        QList<QPointF> points;
        if (m_decimate) {
            SeriesDecimator::Visible v = SeriesDecimator::visible(drawnSource(int(i)), from, to, m_columns);
            points = std::move(v.points);
            dense = dense || v.inside > m_columns.count;
            if (v.inside > 0) {
                minY = std::min(minY, v.minY);
                maxY = std::max(maxY, v.maxY);
            }
        } else {
            points = drawnSource(int(i));
            qsizetype inside = 0;
            for (const QPointF &p : std::as_const(points))
                if (p.x() >= from && p.x() <= to) {
                    minY = std::min(minY, p.y());
                    maxY = std::max(maxY, p.y());
                    ++inside;
                }
            dense = dense || inside > m_columns.count;
        }
        if (auto *line = qobject_cast<QLineSeries *>(m_chartSeries[i])) {
            line->replace(points);
        } else if (auto *area = qobject_cast<QAreaSeries *>(m_chartSeries[i])) {
            if (below.isEmpty() && !points.isEmpty())
                below = {QPointF(points.first().x(), 0), QPointF(points.last().x(), 0)};
            area->lowerSeries()->replace(below);
            area->upperSeries()->replace(points);
            below = points;
        }
    }
    if (m_mode == Mode::StackedArea && minY <= maxY)
        minY = std::min(0.0, minY);
    // More points than pixel columns: the line is a band of vertical strokes, and M4 draws exactly
    // the pixels of all the points only without antialiasing (with it, the blending of thousands of
    // overlapping strokes differs at the edges: ~9 % of pixels at 1M points). Sparse lines, where
    // nothing is decimated, stay smooth.
    // The pen is one pixel then too: a wider aliased pen strokes M4's slightly slanted in-column
    // segments two pixels wide where the raw ones are vertical.
    if (renderHints().testFlag(QPainter::Antialiasing) == dense) {
        setRenderHint(QPainter::Antialiasing, !dense);
        for (QAbstractSeries *s : std::as_const(m_chartSeries))
            if (auto *line = qobject_cast<QLineSeries *>(s)) {
                QPen pen = line->pen();
                pen.setWidthF(dense ? 1 : 1.5);
                line->setPen(pen);
            }
    }
    updateLegendMarkers();
    updateAxes(minY, maxY);
    updateOverlays();
    m_redrawing = false;
}

void TimeSeriesChart::updateAxes(double minY, double maxY)
{
    const QRectF plot = chart()->plotArea();
    const QLocale loc = textLocale();
    const ChartAxisTicks::ValueTicks y
        = ChartAxisTicks::values(minY, maxY, std::clamp(int(plot.height() / 45), 2, 10), m_valueCeiling);
    QList<std::pair<QString, double>> yLabels;
    for (double v : y.values)
        yLabels.append({m_format.axisLabel(v, y.step, loc), v});
    // The first label sits on the axis' minimum, which must end a category: start just below it.
    relabel(m_axisY, y.min - y.step * 1e-3, yLabels);
    m_axisY->setRange(y.min, y.max);

    QList<std::pair<QString, double>> xLabels;
    const int xBudget = std::clamp(int(plot.width() / 95), 2, 16);
    // A label centred on a tick near the right end would be cut off by the chart's edge: skip it.
    const QFontMetricsF fm(m_axisX->labelsFont());
    const qreal rightEdge = chart()->size().width() - 2;
    for (const ChartAxisTicks::TimeTick &t : ChartAxisTicks::times(m_visibleFrom, m_visibleTo, xBudget, loc))
        if (sceneXOf(t.ms) + fm.horizontalAdvance(t.label) / 2 <= rightEdge)
            xLabels.append({t.label, double(t.ms)});
    relabel(m_axisX, double(m_visibleFrom) - 1, xLabels);
    m_axisX->setRange(double(m_visibleFrom), double(m_visibleTo));
}

void TimeSeriesChart::onPlotAreaChanged()
{
    if (m_redrawing)
        return;
    const QRectF plot = chart()->plotArea();
    const qreal dpr = devicePixelRatioF();
    const PixelColumns now = PixelColumns::forPlot(
        double(m_visibleFrom), double(m_visibleTo), plot.left() * dpr, plot.width() * dpr);
    // Only a change of pixel columns needs new points; a move of the same width needs new overlays.
    if (now.count != m_columns.count || now.offset != m_columns.offset || now.scale != m_columns.scale)
        redraw();
    else
        updateOverlays();
}

qreal TimeSeriesChart::sceneXOf(qint64 ms) const
{
    const QRectF plot = chart()->plotArea();
    const double span = double(m_visibleTo - m_visibleFrom);
    return plot.left() + (span > 0 ? double(ms - m_visibleFrom) / span * plot.width() : 0);
}

void TimeSeriesChart::setAnnotations(const QList<ChartAnnotation> &annotations)
{
    m_annotations = annotations;
    updateOverlays();
}

QString TimeSeriesChart::annotationNoteNear(int viewX) const
{
    QStringList notes;
    for (const ChartAnnotation &a : m_annotations)
        if (a.ms >= m_visibleFrom && a.ms <= m_visibleTo && std::abs(sceneXOf(a.ms) - viewX) <= 5)
            notes << a.note;
    return notes.join(u'\n');
}

void TimeSeriesChart::setLoading()
{
    m_requestState = State::Loading;
    updateOverlays();
}

void TimeSeriesChart::setError(const QString &message)
{
    m_requestState = State::Error;
    m_error = message;
    updateOverlays();
}

TimeSeriesChart::State TimeSeriesChart::state() const
{
    switch (m_overlay->kind()) {
    case ChartStateOverlay::Kind::Loading:
        return State::Loading;
    case ChartStateOverlay::Kind::Error:
        return State::Error;
    case ChartStateOverlay::Kind::Empty:
        return State::Empty;
    case ChartStateOverlay::Kind::None:
        return State::Ready;
    }
    return State::Ready;
}

QString TimeSeriesChart::stateText() const
{
    return m_overlay->text();
}

void TimeSeriesChart::updateOverlays()
{
    const QRectF plot = chart()->plotArea();
    QList<qreal> xs;
    for (const ChartAnnotation &a : std::as_const(m_annotations))
        if (a.ms >= m_visibleFrom && a.ms <= m_visibleTo)
            xs.append(sceneXOf(a.ms));
    m_annotationItem->setMarkers(plot, xs);

    bool anyInside = false;
    for (qsizetype i = 0; i < m_series.size() && !anyInside; ++i) {
        if (!m_visible[i])
            continue;
        const QList<QPointF> &p = m_series[i].points;
        const auto first = std::lower_bound(p.cbegin(), p.cend(), double(m_visibleFrom),
            [](const QPointF &point, double x) { return point.x() < x; });
        anyInside = first != p.cend() && first->x() <= double(m_visibleTo);
    }
    if (m_requestState == State::Loading)
        m_overlay->showState(ChartStateOverlay::Kind::Loading);
    else if (m_requestState == State::Error)
        m_overlay->showState(ChartStateOverlay::Kind::Error, m_error);
    else
        m_overlay->showState(anyInside ? ChartStateOverlay::Kind::None : ChartStateOverlay::Kind::Empty);
    if (m_overlay->kind() != ChartStateOverlay::Kind::None)
        hideCrosshair();
}

void TimeSeriesChart::retranslate()
{
    m_resetZoom->setText(tr("Reset zoom"));
    m_resetZoom->setToolTip(tr("Show the whole time range again (or double-click the chart)"));
    m_exportPng->setText(tr("Save chart as PNG…"));
    m_exportCsv->setText(tr("Save data as CSV…"));
}

void TimeSeriesChart::applyPaletteColors()
{
    // QChart paints with its own light theme; the window's palette instead, so the dark theme
    // has a dark chart with light labels (series keep their colours: they are chosen to read on both).
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);
    QColor line = text;
    line.setAlphaF(0.4);
    chart()->setBackgroundBrush(p.base());
    chart()->setBackgroundPen(Qt::NoPen);
    chart()->setTitleBrush(text);
    chart()->legend()->setLabelColor(text);
    setBackgroundBrush(p.base());
    for (QCategoryAxis *axis : {m_axisX, m_axisY}) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(line);
    }
}

QLocale TimeSeriesChart::textLocale() const
{
    return testAttribute(Qt::WA_SetLocale) ? locale() : QLocale();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        redraw(); // dates on the axis are in the language's format
    } else if (event->type() == QEvent::LocaleChange) {
        redraw();
    } else if (event->type() == QEvent::PaletteChange) {
        applyPaletteColors();
        redraw();
    }
    QChartView::changeEvent(event);
}

void TimeSeriesChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_overlay->setGeometry(rect());
    m_resetButton->adjustSize();
    m_resetButton->move(width() - m_resetButton->width() - 8, 6);
    m_resetButton->raise();
}

} // namespace Kepler
