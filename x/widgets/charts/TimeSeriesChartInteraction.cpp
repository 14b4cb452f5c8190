// TimeSeriesChart: what the mouse does (crosshair, drag to zoom, double click to reset) and export.
#include "ChartCrosshair.h"
#include "TimeSeriesChart.h"
#include "models/ChartAxisTicks.h"
#include "models/TimeSeriesCsv.h"

#include <QCategoryAxis>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QRubberBand>
#include <QSaveFile>

#include <cmath>

namespace Kepler {
namespace {

// The raw point nearest to x in a sorted series; nullptr for an empty one.
const QPointF *nearest(const QList<QPointF> &points, double x)
{
    if (points.isEmpty())
        return nullptr;
    const auto it = std::lower_bound(
        points.cbegin(), points.cend(), x, [](const QPointF &p, double v) { return p.x() < v; });
    if (it == points.cend())
        return &points.last();
    if (it == points.cbegin() || it->x() - x < x - (it - 1)->x())
        return &*it;
    return &*(it - 1);
}

} // namespace

void TimeSeriesChart::showCrosshairAt(qint64 ms)
{
    const QRectF plot = chart()->plotArea();
    if (state() != State::Ready || m_visibleTo <= m_visibleFrom || plot.width() <= 0) {
        hideCrosshair();
        return;
    }
    // Snap to the first shown series' nearest point, so the line sits on data, not between it.
    double t = double(ms);
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        if (!m_visible[i])
            continue;
        if (const QPointF *p = nearest(m_series[i].points, t);
            p && p->x() >= m_visibleFrom && p->x() <= m_visibleTo)
            t = p->x();
        break;
    }
    const double msPerPixel = double(m_visibleTo - m_visibleFrom) / plot.width();
    const double yMin = m_axisY->min();
    const double ySpan = m_axisY->max() - yMin;
    const QLocale loc = textLocale();
    QList<ChartCrosshair::Row> rows;
    for (qsizetype i = 0; i < m_series.size(); ++i) {
        if (!m_visible[i])
            continue;
        const QList<QPointF> &points = m_series[i].points;
        const QPointF *p = nearest(points, t);
        // A value counts at this time if it is no further than the series' usual spacing (or a few
        // pixels): across a gap the crosshair says "no value" rather than borrow a distant one.
        const double spacing
            = points.size() > 1 ? (points.last().x() - points.first().x()) / double(points.size() - 1) : 0;
        ChartCrosshair::Row row;
        row.color = m_chartSeries[i]->property("color").value<QColor>();
        if (p && std::abs(p->x() - t) <= std::max(spacing, 4 * msPerPixel)) {
            row.text = tr("%1: %2").arg(m_series[i].name, m_format.text(p->y(), loc));
            double drawnY = p->y();
            if (m_mode == Mode::StackedArea)
                if (const QPointF *s = nearest(m_stacked[i], p->x()))
                    drawnY = s->y();
            if (ySpan > 0)
                row.y = plot.bottom() - (drawnY - yMin) / ySpan * plot.height();
        } else {
            row.text = tr("%1: no value").arg(m_series[i].name);
        }
        rows.append(row);
    }
    const qreal x = sceneXOf(qint64(t));
    m_crosshair->show(
        plot, x, ChartAxisTicks::dateTimeText(qint64(t), loc), rows, annotationNoteNear(int(std::lround(x))));
}

void TimeSeriesChart::hideCrosshair()
{
    m_crosshair->hideCrosshair();
}

QString TimeSeriesChart::crosshairText() const
{
    return m_crosshair->text();
}

void TimeSeriesChart::mousePressEvent(QMouseEvent *event)
{
    const QRectF plot = chart()->plotArea();
    if (event->button() == Qt::LeftButton && plot.contains(event->position())) {
        m_dragStartX = int(event->position().x());
        m_rubberBand->setGeometry(QRect(m_dragStartX, int(plot.top()), 1, int(plot.height())));
        m_rubberBand->show();
        event->accept();
        return;
    }
    QChartView::mousePressEvent(event); // the legend's entries take clicks through the scene
}

void TimeSeriesChart::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF plot = chart()->plotArea();
    const qreal x = std::clamp(event->position().x(), plot.left(), plot.right());
    if (m_dragStartX >= 0) {
        m_rubberBand->setGeometry(QRect(QPoint(std::min(m_dragStartX, int(x)), int(plot.top())),
            QPoint(std::max(m_dragStartX, int(x)), int(plot.bottom())))
                                      .normalized());
        hideCrosshair();
    } else if (plot.contains(event->position())) {
        const double t
            = m_visibleFrom + (x - plot.left()) / plot.width() * double(m_visibleTo - m_visibleFrom);
        showCrosshairAt(qint64(t));
    } else {
        hideCrosshair();
    }
    QChartView::mouseMoveEvent(event);
}

void TimeSeriesChart::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStartX < 0 || event->button() != Qt::LeftButton) {
        QChartView::mouseReleaseEvent(event);
        return;
    }
    const QRectF plot = chart()->plotArea();
    const qreal x = std::clamp(event->position().x(), plot.left(), plot.right());
    const qreal left = std::min<qreal>(m_dragStartX, x);
    const qreal right = std::max<qreal>(m_dragStartX, x);
    m_dragStartX = -1;
    m_rubberBand->hide();
    if (right - left >= 5) { // a click is not a zoom
        const double span = double(m_visibleTo - m_visibleFrom);
        const auto timeAt = [&](qreal px) {
            return m_visibleFrom + qint64((px - plot.left()) / plot.width() * span);
        };
        setVisibleRange(timeAt(left), timeAt(right));
    }
    event->accept();
}

void TimeSeriesChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (chart()->plotArea().contains(event->position()) && m_zoomed) {
        resetZoom();
        event->accept();
        return;
    }
    QChartView::mouseDoubleClickEvent(event);
}

void TimeSeriesChart::leaveEvent(QEvent *event)
{
    hideCrosshair();
    QChartView::leaveEvent(event);
}

bool TimeSeriesChart::exportPng(const QString &path)
{
    // The scene only: no crosshair, no zoom button, no state overlay.
    const bool crosshair = m_crosshair->isVisible();
    m_crosshair->hideCrosshair();
    QImage image(size() * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatioF());
    image.fill(palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHints(renderHints());
        render(&painter);
    }
    if (crosshair)
        m_crosshair->QGraphicsItem::show();
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit();
}

bool TimeSeriesChart::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(TimeSeriesCsv::encode(m_series)) >= 0
        && file.commit();
}

void TimeSeriesChart::setFileNameChooser(FileNameChooser chooser)
{
    m_chooseFile = std::move(chooser);
}

void TimeSeriesChart::chooseAndExport(bool png)
{
    QString base = chart()->title().isEmpty() ? tr("chart") : chart()->title();
    base += QDateTime::currentDateTime().toString(u"-yyyyMMdd-HHmm"_qs);
    const QString caption = png ? tr("Save chart as PNG") : tr("Save data as CSV");
    const QString filter = png ? tr("PNG images (*.png)") : tr("CSV files (*.csv)");
    const QString suggested = base + (png ? u".png"_qs : u".csv"_qs);
    const QString path = m_chooseFile ? m_chooseFile(caption, suggested, filter)
                                      : QFileDialog::getSaveFileName(this, caption, suggested, filter);
    if (path.isEmpty())
        return;
    if (!(png ? exportPng(path) : exportCsv(path)))
        QMessageBox::warning(this, caption, tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace Kepler
