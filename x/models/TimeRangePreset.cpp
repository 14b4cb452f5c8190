#include "TimeRangePreset.h"

namespace Kepler {

qint64 TimeRangePreset::lengthMs(Preset preset)
{
    constexpr qint64 hour = 3600 * 1000;
    switch (preset) {
    case Preset::LastHour:
        return hour;
    case Preset::Last6Hours:
        return 6 * hour;
    case Preset::Last24Hours:
        return 24 * hour;
    case Preset::Last7Days:
        return 7 * 24 * hour;
    case Preset::Last30Days:
        return 30 * 24 * hour;
    case Preset::Custom:
        return 0;
    }
    return 0;
}

TimeRangePreset::Range TimeRangePreset::rangeFor(Preset preset, const QDateTime &now, const Range &custom)
{
    switch (preset) {
    case Preset::LastHour:
    case Preset::Last6Hours:
    case Preset::Last24Hours:
        return {now.addMSecs(-lengthMs(preset)), now};
    case Preset::Last7Days:
        return {now.addDays(-7), now};
    case Preset::Last30Days:
        return {now.addDays(-30), now};
    case Preset::Custom:
        return custom;
    }
    return custom;
}

QString TimeRangePreset::key(Preset preset)
{
    switch (preset) {
    case Preset::LastHour:
        return u"1h"_qs;
    case Preset::Last6Hours:
        return u"6h"_qs;
    case Preset::Last24Hours:
        return u"24h"_qs;
    case Preset::Last7Days:
        return u"7d"_qs;
    case Preset::Last30Days:
        return u"30d"_qs;
    case Preset::Custom:
        return u"custom"_qs;
    }
    return {};
}

std::optional<TimeRangePreset::Preset> TimeRangePreset::presetFromKey(const QString &key)
{
    for (Preset p : Presets)
        if (TimeRangePreset::key(p) == key)
            return p;
    return std::nullopt;
}

QString TimeRangePreset::key(Refresh refresh)
{
    switch (refresh) {
    case Refresh::Off:
        return u"off"_qs;
    case Refresh::Every10s:
        return u"10s"_qs;
    case Refresh::Every30s:
        return u"30s"_qs;
    case Refresh::Every1m:
        return u"1m"_qs;
    case Refresh::Every5m:
        return u"5m"_qs;
    }
    return {};
}

std::optional<TimeRangePreset::Refresh> TimeRangePreset::refreshFromKey(const QString &key)
{
    for (Refresh r : Refreshes)
        if (TimeRangePreset::key(r) == key)
            return r;
    return std::nullopt;
}

int TimeRangePreset::intervalMs(Refresh refresh)
{
    switch (refresh) {
    case Refresh::Off:
        return 0;
    case Refresh::Every10s:
        return 10 * 1000;
    case Refresh::Every30s:
        return 30 * 1000;
    case Refresh::Every1m:
        return 60 * 1000;
    case Refresh::Every5m:
        return 5 * 60 * 1000;
    }
    return 0;
}

QString TimeRangePreset::label(Preset preset)
{
    switch (preset) {
    case Preset::LastHour:
        return tr("1 h");
    case Preset::Last6Hours:
        return tr("6 h");
    case Preset::Last24Hours:
        return tr("24 h");
    case Preset::Last7Days:
        return tr("7 d");
    case Preset::Last30Days:
        return tr("30 d");
    case Preset::Custom:
        return tr("Custom…");
    }
    return {};
}

QString TimeRangePreset::label(Refresh refresh)
{
    switch (refresh) {
    case Refresh::Off:
        return tr("Off");
    case Refresh::Every10s:
        return tr("10 s");
    case Refresh::Every30s:
        return tr("30 s");
    case Refresh::Every1m:
        return tr("1 min");
    case Refresh::Every5m:
        return tr("5 min");
    }
    return {};
}

} // namespace Kepler
