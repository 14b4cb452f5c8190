#pragma once

#include <QList>
#include <QPointF>

namespace Kepler::Bench {

// A metric as the dashboards see it: a daily rhythm (quiet at 4 am, busy in the evening, Beijing
// time), a weekly swell, noise, and rare spikes and dips. Deterministic for a seed.
QList<QPointF> dailySignal(qint64 fromMs, qint64 stepMs, qsizetype count, double base, quint32 seed);

} // namespace Kepler::Bench
