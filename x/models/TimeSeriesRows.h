#pragma once

#include "TimeSeries.h"

#include <functional>
#include <optional>

namespace Kepler {

// Several series side by side on the union of their timestamps, one row per time: what a CSV export
// writes and what stacking adds up. A series without a point at that time has no value in the row.
// A series with the same timestamp twice gives two rows, so every raw point appears exactly once.
namespace TimeSeriesRows {

using Row = std::function<void(double x, const QList<std::optional<double>> &values)>;
void forEach(const QList<const QList<QPointF> *> &series, const Row &row);

// Stacked layers: layer i is the sum of series 0 … i at each row's time (missing values count as 0,
// as a metric with no events in a step does). Layer i − 1 is layer i's lower edge.
QList<QList<QPointF>> stack(const QList<const QList<QPointF> *> &series);

} // namespace TimeSeriesRows
} // namespace Kepler
