#include "TimeSeriesRows.h"

#include <limits>

namespace Kepler::TimeSeriesRows {

void forEach(const QList<const QList<QPointF> *> &series, const Row &row)
{
    QList<qsizetype> next(series.size(), 0);
    QList<std::optional<double>> values(series.size());
    for (;;) {
        double x = std::numeric_limits<double>::infinity();
        for (qsizetype s = 0; s < series.size(); ++s)
            if (next[s] < series[s]->size())
                x = std::min(x, series[s]->at(next[s]).x());
        if (x == std::numeric_limits<double>::infinity())
            return;
        for (qsizetype s = 0; s < series.size(); ++s) {
            if (next[s] < series[s]->size() && series[s]->at(next[s]).x() == x)
                values[s] = series[s]->at(next[s]++).y();
            else
                values[s].reset();
        }
        row(x, values);
    }
}

QList<QList<QPointF>> stack(const QList<const QList<QPointF> *> &series)
{
    QList<QList<QPointF>> layers(series.size());
    qsizetype longest = 0;
    for (const QList<QPointF> *s : series)
        longest = std::max(longest, s->size());
    for (QList<QPointF> &layer : layers)
        layer.reserve(longest);
    forEach(series, [&](double x, const QList<std::optional<double>> &values) {
        double sum = 0;
        for (qsizetype s = 0; s < values.size(); ++s) {
            sum += values[s].value_or(0);
            layers[s].append(QPointF(x, sum));
        }
    });
    return layers;
}

} // namespace Kepler::TimeSeriesRows
