#pragma once

#include <QColor>
#include <QList>

namespace Kepler {

// The series colours of every chart: Tableau 10's hues in its colour-blind-aware order, each one's
// lightness set so a line has at least 3:1 contrast on the light theme's white base and on the
// dark theme's #242424 (tst_chart_axis_ticks checks both, and that no two are alike). Series past
// the tenth repeat the colours with a dashed, then a dotted line, so no two look the same.
// Series whose colour means something (valid green, invalid red) keep their own.
namespace ChartPalette {

inline const QList<QColor> &colors()
{
    static const QList<QColor> palette = {
        QColor(0x4e, 0x79, 0xa7), // blue
        QColor(0xc8, 0x7a, 0x1a), // orange
        QColor(0xe1, 0x57, 0x59), // red
        QColor(0x3a, 0x9a, 0x94), // teal
        QColor(0x59, 0xa1, 0x4f), // green
        QColor(0xa8, 0x8a, 0x10), // ochre
        QColor(0xb0, 0x7a, 0xa1), // purple
        QColor(0xd8, 0x6f, 0x8c), // pink
        QColor(0x9c, 0x75, 0x5f), // brown
        QColor(0x8c, 0x8c, 0x8c), // grey
    };
    return palette;
}

inline QColor color(qsizetype index)
{
    return colors().at(index % colors().size());
}

inline Qt::PenStyle penStyle(qsizetype index)
{
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine};
    return styles[(index / colors().size()) % 3];
}

} // namespace ChartPalette
} // namespace Kepler
