#include "ChartAxisTicks.h"

#include "DateTimeText.h"

#include <QDateTime>

#include <array>
#include <cmath>

namespace Kepler {
namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
constexpr std::array<qint64, 23> TimeSteps = {Second, 2 * Second, 5 * Second, 10 * Second, 15 * Second,
    30 * Second, Minute, 2 * Minute, 5 * Minute, 10 * Minute, 15 * Minute, 30 * Minute, Hour, 2 * Hour,
    3 * Hour, 6 * Hour, 12 * Hour, Day, 2 * Day, 7 * Day, 14 * Day, 30 * Day, 91 * Day};

double niceStep(double span, int maxTicks)
{
    const double rough = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0})
        if (m * magnitude >= rough)
            return m * magnitude;
    return 10 * magnitude;
}

} // namespace

ChartAxisTicks::ValueTicks ChartAxisTicks::values(double low, double high, int maxTicks, double ceiling)
{
    ValueTicks t;
    if (!std::isfinite(low) || !std::isfinite(high) || low > high) {
        low = 0;
        high = 1;
    }
    high = std::min(high, ceiling);
    low = std::min(low, high);
    if (high == low) { // a flat line sits in the middle, not on the frame (on the ceiling: at the top)
        const double pad = low == 0 ? 1 : std::abs(low) * 0.1;
        low -= pad;
        high = std::min(high + pad, ceiling);
    }
    t.step = niceStep(high - low, std::max(2, maxTicks));
    t.min = std::floor(low / t.step) * t.step;
    // 1.0 / 0.05 is 20.000000000000004: a top on a whole step stays there.
    t.max = std::ceil(high / t.step - 1e-9) * t.step;
    const int count = int(std::llround((t.max - t.min) / t.step));
    for (int i = 0; i <= count; ++i) {
        const double v = t.min + i * t.step;
        if (v > ceiling + t.step * 1e-9)
            break;
        t.values.append(std::abs(v) < t.step * 1e-9 ? 0.0 : v); // no "-0"
    }
    t.max = std::min(t.max, ceiling);
    return t;
}

qint64 ChartAxisTicks::timeStepMs(qint64 spanMs, int maxTicks)
{
    for (qint64 step : TimeSteps)
        if (spanMs / step <= std::max(1, maxTicks))
            return step;
    return TimeSteps.back();
}

QList<ChartAxisTicks::TimeTick> ChartAxisTicks::times(
    qint64 fromMs, qint64 toMs, int maxTicks, const QLocale &locale)
{
    QList<TimeTick> ticks;
    if (toMs <= fromMs)
        return ticks;
    const qint64 step = timeStepMs(toMs - fromMs, maxTicks);
    // The user's locale, as every date in the console (DateTimeText): en "Nov 25" / "2:00 PM",
    // zh_CN "11月25日" / "14:00".
    const QString dateFormat = DateTimeText::monthDayFormat(locale);
    const QString timeFormat = DateTimeText::timeFormat(locale, step < Minute);
    // Steps under a day count from the local midnight before the range (so 6 h ticks fall on
    // 00/06/12/18); day steps count whole local days from that midnight.
    const QDateTime midnight = QDateTime::fromMSecsSinceEpoch(fromMs).date().startOfDay();
    QDateTime t = midnight;
    if (step < Day) {
        const qint64 skip = (fromMs - midnight.toMSecsSinceEpoch()) / step;
        t = midnight.addMSecs(skip * step);
    }
    for (int guard = 0; t.toMSecsSinceEpoch() <= toMs && guard < 10000; ++guard) {
        const qint64 ms = t.toMSecsSinceEpoch();
        if (ms >= fromMs) {
            const bool isMidnight = t.time() == QTime(0, 0);
            ticks.append({ms,
                isMidnight ? locale.toString(t.date(), dateFormat) : locale.toString(t.time(), timeFormat)});
        }
        if (step < Day) {
            const QDateTime next = t.addMSecs(step);
            // A new day restarts the count at its midnight (DST days are not a whole number of steps).
            t = next.date() != t.date() && next.time() != QTime(0, 0) ? next.date().startOfDay() : next;
        } else {
            t = t.addDays(step / Day);
        }
    }
    return ticks;
}

QString ChartAxisTicks::dateTimeText(qint64 ms, const QLocale &locale)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    // Metrics come by the minute: seconds only when there are some.
    const bool seconds = t.time().second() || t.time().msec();
    return locale.toString(
        t, DateTimeText::dateFormat(locale) + u' ' + DateTimeText::timeFormat(locale, seconds));
}

} // namespace Kepler
