#include "TrafficShape.h"

#include <QDateTime>
#include <QTimeZone>

#include <array>
#include <numeric>

namespace Kepler::Simulator::TrafficShape {
namespace {

// Relative traffic at each Beijing hour (00:00 … 23:00); linear between the hours.
constexpr std::array<double, 24> HourShape {0.35, 0.2, 0.12, 0.08, 0.07, 0.1, 0.25, 0.55, 0.95, 1.35, 1.6,
    1.4, 1.2, 1.1, 1.05, 1.05, 1.1, 1.15, 1.35, 1.7, 2.0, 2.1, 1.9, 0.9};

double hourShapeMean()
{
    static const double mean = std::accumulate(HourShape.begin(), HourShape.end(), 0.0) / 24.0;
    return mean;
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

qint64 minuteStart(qint64 ms)
{
    return floorDiv(ms, MinuteMs) * MinuteMs;
}

qint64 beijingDayStart(qint64 ms)
{
    return floorDiv(ms + BeijingOffsetMs, DayMs) * DayMs - BeijingOffsetMs;
}

QString beijingDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms + BeijingOffsetMs, QTimeZone::utc())
        .date()
        .toString(Qt::ISODate);
}

double rhythm(qint64 ms)
{
    const double hours = double(ms - beijingDayStart(ms)) / 3'600'000.0;
    const int h = int(hours) % 24;
    const double f = hours - int(hours);
    const double v = HourShape[h] * (1 - f) + HourShape[(h + 1) % 24] * f;
    return v / hourShapeMean();
}

double festival(qint64 ms)
{
    const QDate d = QDateTime::fromMSecsSinceEpoch(ms + BeijingOffsetMs, QTimeZone::utc()).date();
    if (d.month() != 11)
        return 1.0;
    if (d.day() == 11)
        return 25.0;
    if (d.day() == 10 || d.day() == 12)
        return 3.0;
    return 1.0;
}

double intensity(qint64 ms)
{
    return rhythm(ms) * festival(ms);
}

double partnerWeight(const QString &group, const QString &mode, const QString &scenario)
{
    double w = group == u"gold" ? 4.0 : group == u"silver" ? 2.0 : 1.0;
    if (mode == u"settle_in")
        w *= 1.3;
    else if (mode == u"buyout")
        w *= 0.8;
    // Scenarios differ in audience (0.6–1.4), the same every run.
    const size_t h = qHash(scenario, 20261111u);
    return w * (0.6 + double(h % 81) / 100.0);
}

double orderShare(const QString &mode)
{
    if (mode == u"buyout")
        return 0.3;
    if (mode == u"settle_in")
        return 0.2;
    return 0.12;
}

std::optional<Incident> incidentOn(qint64 ms)
{
    const qint64 day = beijingDayStart(ms);
    const qint64 n = floorDiv(day + BeijingOffsetMs, DayMs); // Beijing days since 1970-01-01
    if (n % IncidentEveryDays != 3)
        return std::nullopt;
    // Alternating: catalog search at 10:20, product detail at 20:40 (Beijing). Browsing, not
    // ordering: the core flow is the one kept isolated. One failed call each: at the demo's
    // density (1 request per average minute, 43,200 in 30 normal days) a 99.99 % target allows
    // 4.3, so three incidents spend about 70 % of the budget (less in a month with 11.11 in it).
    const bool morning = (n / IncidentEveryDays) % 2 == 0;
    const qint64 at = morning ? (10 * 60 + 20) * MinuteMs : (20 * 60 + 40) * MinuteMs;
    return Incident {day + at, morning ? u"search"_qs : u"detail"_qs, 1};
}

} // namespace Kepler::Simulator::TrafficShape
