#include "ReviewLimits.h"

namespace Kepler::ReviewLimits {

QTimeZone businessZone()
{
    static const QTimeZone zone = [] {
        QTimeZone shanghai("Asia/Shanghai");
        return shanghai.isValid() ? shanghai : QTimeZone(8 * 3600);
    }();
    return zone;
}

QDate businessDay(const QDateTime &utc)
{
    return utc.toTimeZone(businessZone()).date();
}

QDateTime startOfBusinessDay(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), businessZone()).toUTC();
}

QDateTime startOfNextBusinessDay(const QDateTime &utc)
{
    return startOfBusinessDay(businessDay(utc).addDays(1));
}

QDateTime startOfNextBusinessMonth(const QDateTime &utc)
{
    const QDate day = businessDay(utc);
    return startOfBusinessDay(QDate(day.year(), day.month(), 1).addMonths(1));
}

LimitCheck check(const QList<QDateTime> &previous, const QDateTime &now, int perDay, int perMonth)
{
    const QDate today = businessDay(now);
    LimitCheck result;
    for (const QDateTime &t : previous) {
        if (t > now)
            continue; // not yet happened (clock skew); never counts against the partner
        const QDate day = businessDay(t);
        if (day.year() == today.year() && day.month() == today.month()) {
            ++result.usedThisMonth;
            if (day == today)
                ++result.usedToday;
        }
    }
    const bool dayFull = perDay > 0 && result.usedToday >= perDay;
    const bool monthFull = result.usedThisMonth >= perMonth;
    result.allowed = !dayFull && !monthFull;
    result.nextAllowedAt = now.toUTC();
    if (perMonth <= 0) {
        result.nextAllowedAt = QDateTime(); // a quota of 0: never (until the quota is raised)
        return result;
    }
    // The month's start is never earlier than the next day's, so it lifts both limits.
    if (monthFull)
        result.nextAllowedAt = startOfNextBusinessMonth(now);
    else if (dayFull)
        result.nextAllowedAt = startOfNextBusinessDay(now);
    return result;
}

LimitCheck checkWithdrawal(const QList<QDateTime> &previousWithdrawals, const QDateTime &now)
{
    return check(previousWithdrawals, now, WithdrawalsPerDay, WithdrawalsPerMonth);
}

LimitCheck checkSubmission(const QList<QDateTime> &previousSubmissions, const QDateTime &now, int perMonth)
{
    return check(previousSubmissions, now, 0, perMonth);
}

} // namespace Kepler::ReviewLimits
