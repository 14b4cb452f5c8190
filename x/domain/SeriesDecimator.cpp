#include "SeriesDecimator.h"

#include <algorithm>
#include <cmath>

namespace Kepler {

PixelColumns PixelColumns::fit(double xFrom, double xTo, int count)
{
    PixelColumns c;
    c.x0 = xFrom;
    c.count = std::max(1, count);
    // A range of zero width (one timestamp) is one column, not a division by zero.
    c.scale = xTo > xFrom ? c.count / (xTo - xFrom) : 0;
    return c;
}

PixelColumns PixelColumns::forPlot(double xFrom, double xTo, double left, double width)
{
    PixelColumns c;
    c.x0 = xFrom;
    c.offset = left - std::floor(left);
    c.count = std::max(1, int(std::ceil(left + width) - std::floor(left)));
    c.scale = xTo > xFrom && width > 0 ? width / (xTo - xFrom) : 0;
    return c;
}

namespace SeriesDecimator {

QList<QPointF> m4(const QPointF *begin, const QPointF *end, const PixelColumns &columns)
{
    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(end - begin, qsizetype(columns.count) * 4));
    const QPointF *p = begin;
    while (p != end) {
        const int column = columns.of(p->x());
        // The column's points are a run (x is sorted and of() never decreases): find its end by
        // binary search, so the scan below compares values only.
        const QPointF *runEnd = std::partition_point(
            p + 1, end, [&columns, column](const QPointF &q) { return columns.of(q.x()) == column; });
        const QPointF *first = p;
        const QPointF *low = p;
        const QPointF *high = p;
        for (++p; p != runEnd; ++p) {
            if (p->y() < low->y())
                low = p;
            if (p->y() > high->y())
                high = p;
        }
        const QPointF *last = runEnd - 1;
        // first ≤ a ≤ b ≤ last in time; each is written once even when they coincide.
        const QPointF *a = std::min(low, high);
        const QPointF *b = std::max(low, high);
        out.append(*first);
        if (a != first)
            out.append(*a);
        if (b != a)
            out.append(*b);
        if (last != b)
            out.append(*last);
    }
    return out;
}

Visible visible(const QList<QPointF> &points, double xFrom, double xTo, const PixelColumns &columns)
{
    Visible v;
    const QPointF *const all = points.constData();
    const QPointF *const allEnd = all + points.size();
    const QPointF *begin
        = std::lower_bound(all, allEnd, xFrom, [](const QPointF &p, double x) { return p.x() < x; });
    const QPointF *end
        = std::upper_bound(begin, allEnd, xTo, [](double x, const QPointF &p) { return x < p.x(); });
    v.inside = end - begin;
    QList<QPointF> inside = m4(begin, end, columns);
    v.points.reserve(inside.size() + 2);
    if (begin != all)
        v.points.append(*(begin - 1));
    v.points.append(inside);
    if (end != allEnd)
        v.points.append(*end);
    if (!inside.isEmpty()) {
        const auto [low, high] = std::minmax_element(
            inside.cbegin(), inside.cend(), [](const QPointF &l, const QPointF &r) { return l.y() < r.y(); });
        v.minY = low->y();
        v.maxY = high->y();
    }
    return v;
}

} // namespace SeriesDecimator
} // namespace Kepler
