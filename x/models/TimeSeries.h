#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

namespace Kepler {

// One line of a chart as the service sent it: x is the time in ms since the epoch (UTC), y the value
// in the series' own unit (fen for money, a ratio for shares). Sorted by x. Charts keep the raw
// points (for the crosshair and the CSV export) and draw a decimated copy.
struct TimeSeries
{
    QString name;
    QList<QPointF> points;
    QColor color; // invalid: the chart's theme picks one
};

} // namespace Kepler
