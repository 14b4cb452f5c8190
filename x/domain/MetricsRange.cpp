#include "MetricsRange.h"

#include <QDateTime>
#include <QUrlQuery>

namespace Kepler::MetricsRange {
namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

int pointsFor(qint64 alignedFrom, qint64 to, qint64 stepMs)
{
    const qint64 n = floorDiv(to - alignedFrom + stepMs - 1, stepMs);
    return n > MaxPoints * 1000LL ? MaxPoints * 1000 : int(std::max<qint64>(n, 1));
}

bool covers(Source source, qint64 from, const Retention &retention)
{
    switch (source) {
    case Source::Minutes:
        return from >= retention.minutesFrom;
    case Source::Hours:
        return from >= retention.hoursFrom;
    case Source::Days:
        break;
    }
    return true;
}

QString keptText(Source source)
{
    return source == Source::Minutes ? u"minute rows"_qs : u"hourly rows"_qs;
}

} // namespace

Source sourceFor(qint64 stepMs)
{
    if (stepMs < HourMs)
        return Source::Minutes;
    return stepMs < DayMs ? Source::Hours : Source::Days;
}

QString stepName(qint64 stepMs)
{
    for (const Step &s : Steps)
        if (s.ms == stepMs)
            return QString::fromLatin1(s.name);
    return QString::number(stepMs / 1000) + u's';
}

qint64 alignDown(qint64 t, qint64 periodMs)
{
    return floorDiv(t + BeijingOffsetMs, periodMs) * periodMs - BeijingOffsetMs;
}

std::optional<qint64> parseTime(const QString &text)
{
    bool isNumber = false;
    const qint64 ms = text.toLongLong(&isNumber);
    if (isNumber)
        return ms;
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    // A time without a zone would depend on the server's zone: refused.
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return t.toMSecsSinceEpoch();
}

QString formatTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

std::optional<Axis> resolve(
    qint64 from, qint64 to, qint64 stepMs, const Retention &retention, FieldErrors *errors)
{
    if (from >= to) {
        errors->append({u"from"_qs, u"out_of_range"_qs, u"from must be before to"_qs});
        return std::nullopt;
    }
    if (stepMs > 0) {
        Axis axis {alignDown(from, stepMs), 0, stepMs, 0, sourceFor(stepMs)};
        axis.points = pointsFor(axis.from, to, stepMs);
        if (axis.points > MaxPoints) {
            errors->append({u"step"_qs, u"out_of_range"_qs,
                u"step=%1 over this range gives %2 points per series; at most %3 — use a longer step or omit it"_qs
                    .arg(stepName(stepMs))
                    .arg(axis.points >= MaxPoints * 1000 ? u"millions of"_qs : QString::number(axis.points))
                    .arg(MaxPoints)});
            return std::nullopt;
        }
        if (!covers(axis.source, axis.from, retention)) {
            const qint64 keptFrom
                = axis.source == Source::Minutes ? retention.minutesFrom : retention.hoursFrom;
            errors->append({u"step"_qs, u"out_of_range"_qs,
                u"step=%1 reads %2, which are kept from %3 only; use a longer step or omit it"_qs.arg(
                    stepName(stepMs), keptText(axis.source), formatTime(keptFrom))});
            return std::nullopt;
        }
        axis.to = axis.from + axis.points * stepMs;
        return axis;
    }
    std::optional<Axis> coarsestWithinBound;
    for (const Step &s : Steps) {
        Axis axis {alignDown(from, s.ms), 0, s.ms, 0, sourceFor(s.ms)};
        axis.points = pointsFor(axis.from, to, s.ms);
        if (axis.points > MaxPoints)
            continue;
        axis.to = axis.from + axis.points * s.ms;
        if (covers(axis.source, axis.from, retention))
            return axis;
        coarsestWithinBound = axis;
    }
    if (coarsestWithinBound)
        return coarsestWithinBound;
    errors->append({u"to"_qs, u"out_of_range"_qs,
        u"the range is too long: at most %1 days (%2 daily points)"_qs.arg(MaxPoints).arg(MaxPoints)});
    return std::nullopt;
}

std::optional<Axis> resolve(
    const QUrlQuery &query, qint64 now, const Retention &retention, FieldErrors *errors)
{
    auto timeParam = [&](const QString &name, qint64 fallback) -> std::optional<qint64> {
        const QString text = query.queryItemValue(name, QUrl::FullyDecoded);
        if (!query.hasQueryItem(name))
            return fallback;
        const std::optional<qint64> t = parseTime(text);
        if (!t)
            errors->append({name, u"invalid_value"_qs,
                u"%1 must be an ISO-8601 time with a zone (2026-11-11T00:00:00Z) or milliseconds since the epoch"_qs
                    .arg(name)});
        return t;
    };
    const std::optional<qint64> to = timeParam(u"to"_qs, now);
    const std::optional<qint64> from = timeParam(u"from"_qs, to.value_or(now) - DayMs);
    qint64 stepMs = 0;
    if (query.hasQueryItem(u"step"_qs)) {
        const QString text = query.queryItemValue(u"step"_qs, QUrl::FullyDecoded);
        for (const Step &s : Steps)
            if (text == QLatin1StringView(s.name))
                stepMs = s.ms;
        if (stepMs == 0)
            errors->append(
                {u"step"_qs, u"invalid_value"_qs, u"step must be one of 1m, 5m, 15m, 1h, 6h, 1d"_qs});
    }
    if (!errors->isEmpty() || !from || !to)
        return std::nullopt;
    return resolve(*from, *to, stepMs, retention, errors);
}

} // namespace Kepler::MetricsRange
