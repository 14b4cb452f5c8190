#pragma once

#include "FieldError.h"

#include <QString>

#include <array>
#include <optional>

class QUrlQuery;

namespace Kepler {

// The time axis of the metrics queries (docs/gateway.md "Metrics"): which step a range gets, which
// stored rows serve it and where points fall. Pure, so the console can draw the same axis.
//
// Points are aligned to Beijing time (UTC+8): a 1d point is a Beijing day (16:00 UTC to 16:00 UTC),
// 6h points start at 00/06/12/18 Beijing time; minutes and hours are the same in both.
namespace MetricsRange {

inline constexpr qint64 MinuteMs = 60 * 1000;
inline constexpr qint64 HourMs = 60 * MinuteMs;
inline constexpr qint64 DayMs = 24 * HourMs;
inline constexpr qint64 BeijingOffsetMs = 8 * HourMs;
// Any range answers at most this many points per series.
inline constexpr int MaxPoints = 1500;

struct Step
{
    const char *name;
    qint64 ms;
};
inline constexpr std::array<Step, 6> Steps = {{{"1m", MinuteMs}, {"5m", 5 * MinuteMs}, {"15m", 15 * MinuteMs},
    {"1h", HourMs}, {"6h", 6 * HourMs}, {"1d", DayMs}}};

// Which stored rows a step reads: minutes under 1 h, hours under 1 d, days for 1 d.
enum class Source { Minutes, Hours, Days };
Source sourceFor(qint64 stepMs);
QString stepName(qint64 stepMs);

// The start of the period (of `periodMs`, Beijing-aligned) that holds t.
qint64 alignDown(qint64 t, qint64 periodMs);
inline qint64 minuteOf(qint64 t)
{
    return alignDown(t, MinuteMs);
}
inline qint64 hourOf(qint64 t)
{
    return alignDown(t, HourMs);
}
inline qint64 dayOf(qint64 t)
{
    return alignDown(t, DayMs);
} // Beijing day start, in UTC ms

// ISO-8601 with a zone ("2026-11-11T00:00:00Z", "…+08:00") or integer milliseconds since the epoch.
std::optional<qint64> parseTime(const QString &text);
QString formatTime(qint64 ms); // "2026-11-11T00:00:00.000Z"

// The oldest time each kind of row is still kept (from the retention settings): a step whose rows
// are gone for part of the range would draw zeros that never happened.
struct Retention
{
    qint64 minutesFrom = 0;
    qint64 hoursFrom = 0;
};

struct Axis
{
    qint64 from = 0; // aligned down to the step
    qint64 to = 0; // from + points × step (exclusive), ≥ the asked `to`
    qint64 stepMs = 0;
    int points = 0;
    Source source = Source::Minutes;
};

// Reads from/to/step of a query (defaults: the last 24 h up to now, the step chosen) and resolves the
// axis. Field errors (out_of_range, invalid_value) name the parameter; nullopt when there are any.
std::optional<Axis> resolve(
    const QUrlQuery &query, qint64 now, const Retention &retention, FieldErrors *errors);
// The same from parsed values; stepMs 0 chooses: the finest step that keeps MaxPoints and whose rows
// still cover `from`.
std::optional<Axis> resolve(
    qint64 from, qint64 to, qint64 stepMs, const Retention &retention, FieldErrors *errors);

} // namespace MetricsRange
} // namespace Kepler
