#include "DailySignal.h"

#include <QRandomGenerator>

#include <cmath>
#include <numbers>

namespace Kepler::Bench {

QList<QPointF> dailySignal(qint64 fromMs, qint64 stepMs, qsizetype count, double base, quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QPointF> points;
    points.reserve(count);
    constexpr double day = 24.0 * 3600 * 1000;
    const double beijing = 8.0 * 3600 * 1000;
    for (qsizetype i = 0; i < count; ++i) {
        const qint64 t = fromMs + i * stepMs;
        const double phase = std::fmod(double(t) + beijing, day) / day; // 0 at Beijing midnight
        const double rhythm = 0.55 - 0.45 * std::cos(2 * std::numbers::pi * (phase - 4.0 / 24));
        const double week = 1 + 0.12 * std::sin(2 * std::numbers::pi * double(t) / (7 * day));
        double v = base * rhythm * week * (1 + 0.08 * (rng.generateDouble() - 0.5));
        const int roll = int(rng.bounded(20000));
        if (roll < 3)
            v *= 2.5 + rng.generateDouble() * 2; // a spike: a campaign, a retry storm
        else if (roll < 5)
            v *= 0.1; // a dip: an outage
        points.append(QPointF(double(t), std::round(v * 100) / 100));
    }
    return points;
}

} // namespace Kepler::Bench
