#pragma once

#include <QList>
#include <QLocale>
#include <QString>

#include <limits>

namespace Kepler {

// Where a chart puts its axis labels: values at round steps (1, 2, 5 × 10ⁿ) and times at round
// clock steps in local time (every 5 min, 6 h, day …). Pure, so the tick choice is tested without a
// chart, and the widget stays a thin layer over Qt Charts' category axes.
class ChartAxisTicks
{
public:
    struct ValueTicks
    {
        double min = 0; // the axis range: the data's, widened to whole steps
        double max = 1;
        double step = 1;
        QList<double> values;
    };
    // At most about `maxTicks` ticks covering [low, high]; a flat series gets a range around it.
    // Never above `ceiling` (a ratio's 100 %: 1): a flat line on it gets its room below, and the
    // top is the ceiling where the round step would pass it.
    static ValueTicks values(
        double low, double high, int maxTicks, double ceiling = std::numeric_limits<double>::infinity());

    struct TimeTick
    {
        qint64 ms = 0;
        QString label;
    };
    // Ticks inside [fromMs, toMs], at most `maxTicks`, aligned to local clock time (QDateTime's
    // local zone: Beijing time on a console set to China Standard Time). Labels are the locale's
    // clock ("06:00" / "6:00 AM"), or its month and day where the tick is a midnight ("11月25日" /
    // "Nov 25"): DateTimeText's forms.
    static QList<TimeTick> times(qint64 fromMs, qint64 toMs, int maxTicks, const QLocale &locale);

    // The step `times` chooses for a range (exposed for tests).
    static qint64 timeStepMs(qint64 spanMs, int maxTicks);

    // A moment in full, for the crosshair, as lists show it (DateTimeText): "2026/11/25 14:05",
    // "11/25/2026 2:05 PM"; seconds only when not zero.
    static QString dateTimeText(qint64 ms, const QLocale &locale);
};

} // namespace Kepler
