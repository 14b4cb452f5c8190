#pragma once

#include <QList>
#include <QPointF>

namespace Kepler {

// Which pixel column an x value is drawn in: floor((x − x0) × scale + offset), clamped to
// [0, count). `offset` is how far into its first device pixel the plot area starts, so columns are
// the screen's pixel columns and not a grid shifted against them by a fraction.
struct PixelColumns
{
    double x0 = 0;
    double scale = 0; // columns per x unit
    double offset = 0;
    int count = 1;

    // [xFrom, xTo] spread over `count` columns (xTo lands in the last one).
    static PixelColumns fit(double xFrom, double xTo, int count);
    // [xFrom, xTo] drawn across device pixels left … left + width (a plot area's edges).
    static PixelColumns forPlot(double xFrom, double xTo, double left, double width);

    int of(double x) const
    {
        // Truncation is floor for the non-negative values that reach it, and much cheaper than
        // std::floor without SSE4.1 (a libm call per point). Inline: it runs per point.
        const double column = (x - x0) * scale + offset;
        if (!(column >= 0))
            return 0;
        if (column >= count)
            return count - 1;
        return int(column);
    }
};

// What a chart draws instead of a long series: at most four points per pixel column that draw the
// same line (M4, Jugel et al., VLDB 2014). Per column the first and last point (so the segments to
// the neighbouring columns keep their slopes) and the minimum and maximum (so the column's vertical
// stroke spans the same pixels), in time order. Ties keep the earliest point. Pure and
// allocation-light: one pass, the output reserved once.
namespace SeriesDecimator {

// `points` sorted by x (duplicates allowed, gaps stay gaps: no point is ever invented).
QList<QPointF> m4(const QPointF *begin, const QPointF *end, const PixelColumns &columns);
inline QList<QPointF> m4(const QList<QPointF> &points, const PixelColumns &columns)
{
    return m4(points.constData(), points.constData() + points.size(), columns);
}

struct Visible
{
    QList<QPointF> points; // decimated, with the neighbours outside the range at either end
    double minY = 0; // of the points inside the range (the neighbours do not widen the y axis)
    double maxY = 0;
    qsizetype inside = 0; // raw points inside [xFrom, xTo]
};

// The part of a sorted series a plot showing [xFrom, xTo] draws: the points inside, decimated to
// `columns`, plus the nearest raw point outside on each side, so the line runs on to the edges of
// the plot instead of stopping at the last point inside. Two binary searches and one pass over the
// points inside: zooming into a million points costs what it shows.
Visible visible(const QList<QPointF> &points, double xFrom, double xTo, const PixelColumns &columns);

} // namespace SeriesDecimator
} // namespace Kepler
