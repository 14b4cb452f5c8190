#include "SloMath.h"

namespace Kepler::Slo {
namespace {

// Sums of the series up to each minute, so every window of every minute costs two lookups.
QList<Counts> prefixSums(const QList<Counts> &minutes)
{
    QList<Counts> sums;
    sums.reserve(minutes.size() + 1);
    sums.append(Counts {});
    for (const Counts &m : minutes) {
        Counts next = sums.constLast();
        next += m;
        sums.append(next);
    }
    return sums;
}

Counts windowEndingAt(const QList<Counts> &sums, qsizetype index, int minutes)
{
    const qsizetype end = index + 1;
    const qsizetype begin = std::max<qsizetype>(0, end - minutes);
    return {sums[end].good - sums[begin].good, sums[end].total - sums[begin].total};
}

BurnRates ratesFromSums(const QList<Counts> &sums, qsizetype index, double target)
{
    BurnRates r;
    r.m5 = burnRate(windowEndingAt(sums, index, BurnWindows[0].minutes), target);
    r.m30 = burnRate(windowEndingAt(sums, index, BurnWindows[1].minutes), target);
    r.h1 = burnRate(windowEndingAt(sums, index, BurnWindows[2].minutes), target);
    r.h6 = burnRate(windowEndingAt(sums, index, BurnWindows[3].minutes), target);
    r.d3 = burnRate(windowEndingAt(sums, index, BurnWindows[4].minutes), target);
    return r;
}

} // namespace

QString alertStateName(AlertState state)
{
    switch (state) {
    case AlertState::Page:
        return u"page"_qs;
    case AlertState::Ticket:
        return u"ticket"_qs;
    case AlertState::Ok:
        break;
    }
    return u"ok"_qs;
}

bool isValidTarget(double target)
{
    return target > 0 && target < 1;
}

double sli(const Counts &counts)
{
    return counts.total > 0 ? double(counts.good) / double(counts.total) : 1.0;
}

double burnRate(const Counts &counts, double target)
{
    if (counts.total <= 0 || !isValidTarget(target))
        return 0;
    return (double(counts.bad()) / double(counts.total)) / (1.0 - target);
}

double errorBudgetRemaining(const Counts &budgetPeriod, double target)
{
    return 1.0 - burnRate(budgetPeriod, target);
}

AlertState alertState(const BurnRates &r)
{
    if ((r.h1 > PageFastBurn && r.m5 > PageFastBurn) || (r.h6 > PageSlowBurn && r.m30 > PageSlowBurn))
        return AlertState::Page;
    if (r.d3 > TicketBurn && r.h6 > TicketBurn)
        return AlertState::Ticket;
    return AlertState::Ok;
}

BurnRates burnRatesAt(const QList<Counts> &minutes, qsizetype index, double target)
{
    return ratesFromSums(prefixSums(minutes), index, target);
}

QList<AlertState> evaluatePerMinute(const QList<Counts> &minutes, double target)
{
    const QList<Counts> sums = prefixSums(minutes);
    QList<AlertState> states;
    states.reserve(minutes.size());
    for (qsizetype i = 0; i < minutes.size(); ++i)
        states.append(alertState(ratesFromSums(sums, i, target)));
    return states;
}

} // namespace Kepler::Slo
