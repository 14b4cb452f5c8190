#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Kepler::Simulator {

// How much traffic there is when, and who makes it. Pure functions of time and partner, so the
// backfilled history and the live run have the same shape, and tests can check it.
namespace TrafficShape {

inline constexpr qint64 MinuteMs = 60'000;
inline constexpr qint64 DayMs = 86'400'000;
inline constexpr qint64 BeijingOffsetMs = 8 * 3'600'000; // UTC+8, no daylight saving

// Start of the minute / Beijing day (as ms since the epoch) that holds `ms`.
qint64 minuteStart(qint64 ms);
qint64 beijingDayStart(qint64 ms);
QString beijingDate(qint64 ms); // "2026-11-11"

// Daily rhythm by Beijing time of day, mean 1 over a day: quiet at night, a peak around 10:00,
// the highest from 20:00 to 22:00.
double rhythm(qint64 ms);
// The shopping festival: 25× a normal day on 11 November (Beijing), 3× the days beside it.
double festival(qint64 ms);
// rhythm × festival: the expected traffic at `ms` relative to an average minute of a normal day.
double intensity(qint64 ms);

// A partner's share of the traffic: its group (gold 4, silver 2, bronze 1), mode and scenario.
double partnerWeight(const QString &group, const QString &mode, const QString &scenario);
// The chance that a partner's next request places an order, by mode (buyout partners buy more,
// guide partners browse more).
double orderShare(const QString &mode);

// The demo's incidents (kepler-traffic --incidents): every tenth Beijing day one service fails
// from the morning or the evening peak on, so 30 days of history hold three short incidents that
// spend part of a 99.99 % error budget, not all of it, at the demo's density.
struct Incident
{
    qint64 startMs = 0; // the first request of `service` from here on fails …
    QString service;
    int failures = 0; // … and so do the next ones, this many in all
};
inline constexpr int IncidentEveryDays = 10;
// The incident of the Beijing day that holds `ms`, if that day has one (its start may be later).
std::optional<Incident> incidentOn(qint64 ms);

} // namespace TrafficShape
} // namespace Kepler::Simulator
