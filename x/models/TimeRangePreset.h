#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kepler {

// The time range a dashboard shows (Grafana's picker): the last 1 h … 30 d up to now, or a fixed
// custom range; and how often it refreshes. Pure: "now" is passed in, so tests pin it.
class TimeRangePreset
{
    Q_DECLARE_TR_FUNCTIONS(TimeRangePreset)

public:
    enum class Preset { LastHour, Last6Hours, Last24Hours, Last7Days, Last30Days, Custom };
    static constexpr Preset Presets[] = {Preset::LastHour, Preset::Last6Hours, Preset::Last24Hours,
        Preset::Last7Days, Preset::Last30Days, Preset::Custom};

    enum class Refresh { Off, Every10s, Every30s, Every1m, Every5m };
    static constexpr Refresh Refreshes[]
        = {Refresh::Off, Refresh::Every10s, Refresh::Every30s, Refresh::Every1m, Refresh::Every5m};

    struct Range
    {
        QDateTime from;
        QDateTime to;
        bool operator==(const Range &) const = default;
    };

    // A relative preset ends at `now` and starts its length before it (calendar days: 7 d back from
    // 10:00 is 10:00 seven days ago, whatever the clock did in between). Custom returns `custom`.
    static Range rangeFor(Preset preset, const QDateTime &now, const Range &custom = {});
    static qint64 lengthMs(Preset preset); // 0 for Custom

    // Names kept in settings ("1h", "6h", "24h", "7d", "30d", "custom"; "off", "10s" … "5m"): stable
    // across languages and releases.
    static QString key(Preset preset);
    static std::optional<Preset> presetFromKey(const QString &key);
    static QString key(Refresh refresh);
    static std::optional<Refresh> refreshFromKey(const QString &key);

    static int intervalMs(Refresh refresh); // 0 for Off

    // For buttons and menus: "1 h", "7 d", "Custom…"; "Off", "10 s", "1 min".
    static QString label(Preset preset);
    static QString label(Refresh refresh);
};

} // namespace Kepler
