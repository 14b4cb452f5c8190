#pragma once

#include <QList>
#include <QString>

#include <array>

namespace Kepler {

// Availability SLO arithmetic (docs/gateway.md "Metrics"), pure so the service, the console and the
// tests share it. A request is good unless it failed on our side (5xx).
//
//   SLI                    = good / total
//   burn rate over window  = (bad / total) / (1 - target)      1 = spending the budget exactly
//   error budget remaining = 1 - burn rate over the budget period (30 days); below 0 = overspent
//
// Alerts follow the SRE workbook's multiwindow, multi-burn-rate recipe: a long window proves the
// burn is significant, a short one that it is still happening (so an alert stops soon after the
// errors do).
namespace Slo {

inline constexpr int BudgetDays = 30;

enum class AlertState { Ok, Ticket, Page };
QString alertStateName(AlertState state); // "ok", "ticket", "page"

struct Counts
{
    qint64 good = 0;
    qint64 total = 0;

    qint64 bad() const { return total - good; }
    Counts &operator+=(const Counts &other)
    {
        good += other.good;
        total += other.total;
        return *this;
    }
    bool operator==(const Counts &) const = default;
};

// The burn-rate windows, shortest first, with their names in the API.
struct Window
{
    const char *name;
    int minutes;
};
inline constexpr std::array<Window, 5> BurnWindows
    = {{{"5m", 5}, {"30m", 30}, {"1h", 60}, {"6h", 360}, {"3d", 3 * 24 * 60}}};

struct BurnRates
{
    double m5 = 0;
    double m30 = 0;
    double h1 = 0;
    double h6 = 0;
    double d3 = 0;
};

// The workbook's thresholds: 14.4 spends 2 % of a 30-day budget in an hour, 6 spends 5 % in six
// hours (both page); 1 over three days spends 10 % (a ticket).
inline constexpr double PageFastBurn = 14.4;
inline constexpr double PageSlowBurn = 6.0;
inline constexpr double TicketBurn = 1.0;

double sli(const Counts &counts); // 1 when there was no traffic
double burnRate(const Counts &counts, double target); // 0 when there was no traffic
double errorBudgetRemaining(const Counts &budgetPeriod, double target);
// page: burn(1h) > 14.4 and burn(5m) > 14.4, or burn(6h) > 6 and burn(30m) > 6;
// ticket: burn(3d) > 1 and burn(6h) > 1; else ok.
AlertState alertState(const BurnRates &rates);

// The alert state at the end of each minute of a per-minute series (index 0 = the first minute),
// each window covering that minute and the ones before it (fewer at the start of the series: a
// window counts the traffic it holds, so errors on a quiet system page at once).
QList<AlertState> evaluatePerMinute(const QList<Counts> &minutes, double target);
// The burn rates at the end of minute `index` of the series (what evaluatePerMinute judged).
BurnRates burnRatesAt(const QList<Counts> &minutes, qsizetype index, double target);

// A target must leave a budget: 0 < target < 1.
bool isValidTarget(double target);

} // namespace Slo
} // namespace Kepler
