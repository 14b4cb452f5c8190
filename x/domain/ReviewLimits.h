#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace Kepler {

// The partner-side limits on mini-program submissions, as pure functions of the earlier events'
// times and "now", so the service (which enforces them) and tests need no clock and no database.
//
// Days and months are business days in China (Asia/Shanghai, UTC+8, no DST): a partner's
// "1 withdrawal a day" restarts at 00:00 Beijing time = 16:00 UTC of the previous day, and a
// month at 00:00 Beijing time on the 1st. All inputs and outputs are UTC QDateTimes.
namespace ReviewLimits {

inline constexpr int WithdrawalsPerDay = 1;
inline constexpr int WithdrawalsPerMonth = 10;
inline constexpr int SubmissionsPerMonth = 20; // default monthly quota per partner

// Asia/Shanghai; a fixed UTC+8 when the system has no tz database (same rules since 1991).
QTimeZone businessZone();
QDate businessDay(const QDateTime &utc);
QDateTime startOfBusinessDay(const QDate &day); // in UTC
QDateTime startOfNextBusinessDay(const QDateTime &utc);
QDateTime startOfNextBusinessMonth(const QDateTime &utc);

struct LimitCheck
{
    bool allowed = true;
    int usedToday = 0; // earlier events on now's business day
    int usedThisMonth = 0; // earlier events in now's business month
    // When one more becomes possible: now if allowed, else the start of the next business day or
    // month (whichever lifts every exhausted limit). For Retry-After and the partner's message.
    // Invalid (null) when perMonth <= 0: nothing is ever allowed.
    QDateTime nextAllowedAt;

    bool operator==(const LimitCheck &other) const = default;
};

// `previous` are the times of earlier events of this partner (any order; future ones ignored).
// perDay <= 0 means no daily limit.
LimitCheck check(const QList<QDateTime> &previous, const QDateTime &now, int perDay, int perMonth);
LimitCheck checkWithdrawal(const QList<QDateTime> &previousWithdrawals, const QDateTime &now);
LimitCheck checkSubmission(
    const QList<QDateTime> &previousSubmissions, const QDateTime &now, int perMonth = SubmissionsPerMonth);

} // namespace ReviewLimits

} // namespace Kepler
