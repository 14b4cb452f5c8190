#pragma once

#include "ChartAnnotations.h"
#include "domain/SeriesDecimator.h"
#include "models/ChartValueFormat.h"
#include "models/TimeSeries.h"

#include <QChartView>

#include <functional>
#include <limits>

class QAction;
class QAbstractSeries;
class QCategoryAxis;
class QRubberBand;
class QToolButton;

namespace Kepler {

class ChartCrosshair;
class ChartStateOverlay;

// A time series chart for the dashboards over Qt Charts (raster, no OpenGL: it crashes under the
// offscreen platform). It keeps the raw series and hands Qt Charts only an M4-decimated copy for the
// plot's pixel columns and the visible time range, redone on resize and zoom (SeriesDecimator), so a
// million points cost milliseconds. Lines or stacked areas; a legend whose entries hide and show
// series; a crosshair with every series' value at the hovered time; zoom by dragging across time,
// reset by double click or the button; annotations; PNG and CSV export (the CSV has the raw data);
// loading, error (with Retry) and empty states. Times are shown in local time (QDateTime's zone).
class TimeSeriesChart : public QChartView
{
    Q_OBJECT

public:
    enum class Mode { Lines, StackedArea };
    enum class State { Ready, Loading, Error, Empty };
    // Asked for a file name to save to; empty means cancelled. Tests answer without a dialog.
    using FileNameChooser
        = std::function<QString(const QString &caption, const QString &suggestedName, const QString &filter)>;

    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setTitle(const QString &title);
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    void setValueFormat(const ChartValueFormat &format);
    // The y axis never goes above this (a ratio tops out at 100 %: ceiling 1); unset: none.
    void setValueCeiling(double ceiling);

    // Replaces the data (and ends a loading or error state). Each series sorted by time.
    void setSeries(const QList<TimeSeries> &series);
    const QList<TimeSeries> &series() const { return m_series; }
    // The range the page asked for (its time range bar); the x axis spans it even where there is
    // no data. Unset (from ≥ to): the data's own extent.
    void setTimeRange(qint64 fromMs, qint64 toMs);

    void setSeriesVisible(int index, bool visible);
    bool isSeriesVisible(int index) const;

    // Zoom: the time range shown, inside the full range. Reset shows the full range again.
    void setVisibleRange(qint64 fromMs, qint64 toMs);
    void resetZoom();
    bool isZoomed() const;
    qint64 visibleFrom() const { return m_visibleFrom; }
    qint64 visibleTo() const { return m_visibleTo; }

    void setAnnotations(const QList<ChartAnnotation> &annotations);
    QString annotationNoteNear(int viewX) const; // the note under the mouse, for the tooltip

    void setLoading();
    void setError(const QString &message);
    State state() const;
    QString stateText() const;

    // The crosshair at a time (the mouse calls this too); its text as shown.
    void showCrosshairAt(qint64 ms);
    void hideCrosshair();
    QString crosshairText() const;

    bool exportPng(const QString &path);
    bool exportCsv(const QString &path) const;
    void setFileNameChooser(FileNameChooser chooser);

    QAction *resetZoomAction() const { return m_resetZoom; }
    QAction *exportPngAction() const { return m_exportPng; }
    QAction *exportCsvAction() const { return m_exportCsv; }

    // What Qt Charts was given: the decimated points of every series (tests and the benchmark).
    qsizetype drawnPointCount() const;
    // Off: every raw point goes to Qt Charts (only the benchmark's baseline wants that).
    void setDecimationEnabled(bool enabled);

Q_SIGNALS:
    void retryRequested();
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);
    void seriesVisibilityChanged(int index, bool visible);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    // Chart background, labels and grid from the palette (light or dark theme).
    void applyPaletteColors();

private:
    void rebuildSeriesObjects();
    void restack();
    void redraw(); // decimate for the current plot and range, replace, relabel the axes
    void onPlotAreaChanged();
    void updateAxes(double minY, double maxY);
    void updateOverlays();
    void updateLegendMarkers();
    void retranslate();
    void chooseAndExport(bool png);
    const QList<QPointF> &drawnSource(int index) const; // raw, or stacked layer
    std::pair<qint64, qint64> fullRange() const;
    qreal sceneXOf(qint64 ms) const;
    // The language now (a widget's locale() is the one it was created in), or one set on the chart.
    QLocale textLocale() const;

    QList<TimeSeries> m_series;
    QList<bool> m_visible;
    QList<QList<QPointF>> m_stacked; // cumulative layers of the visible series, by series index
    QList<QAbstractSeries *> m_chartSeries;
    Mode m_mode = Mode::Lines;
    ChartValueFormat m_format;
    double m_valueCeiling = std::numeric_limits<double>::infinity();
    qint64 m_rangeFrom = 0;
    qint64 m_rangeTo = 0;
    qint64 m_visibleFrom = 0;
    qint64 m_visibleTo = 0;
    bool m_zoomed = false;
    bool m_decimate = true;
    bool m_redrawing = false;
    PixelColumns m_columns;
    int m_xTickBudget = 0;
    int m_yTickBudget = 0;
    QList<ChartAnnotation> m_annotations;
    State m_requestState = State::Ready; // Loading or Error as set by the page
    QString m_error;

    QCategoryAxis *m_axisX = nullptr;
    QCategoryAxis *m_axisY = nullptr;
    ChartCrosshair *m_crosshair = nullptr;
    ChartAnnotations *m_annotationItem = nullptr;
    ChartStateOverlay *m_overlay = nullptr;
    QToolButton *m_resetButton = nullptr;
    QRubberBand *m_rubberBand = nullptr;
    int m_dragStartX = -1;
    QAction *m_resetZoom = nullptr;
    QAction *m_exportPng = nullptr;
    QAction *m_exportCsv = nullptr;
    FileNameChooser m_chooseFile;
};

} // namespace Kepler
