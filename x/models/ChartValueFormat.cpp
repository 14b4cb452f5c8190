#include "ChartValueFormat.h"

#include "PricingText.h"

#include <cmath>

namespace Kepler {
namespace {

// Decimals that tell ticks `step` apart (step 0.05 → 2, 5 → 0).
int decimalsFor(double step)
{
    if (!(step > 0) || step >= 1)
        return 0;
    return std::min(6, int(std::ceil(-std::log10(step) - 1e-9)));
}

} // namespace

ChartValueFormat ChartValueFormat::number(int decimals)
{
    ChartValueFormat f;
    f.m_kind = Kind::Number;
    f.m_decimals = decimals;
    return f;
}

ChartValueFormat ChartValueFormat::yuanFromFen()
{
    ChartValueFormat f;
    f.m_kind = Kind::Yuan;
    f.m_decimals = 2;
    return f;
}

ChartValueFormat ChartValueFormat::percentOfRatio(int decimals)
{
    ChartValueFormat f;
    f.m_kind = Kind::Percent;
    f.m_decimals = decimals;
    return f;
}

ChartValueFormat ChartValueFormat::custom(Function text)
{
    ChartValueFormat f;
    f.m_kind = Kind::Custom;
    f.m_custom = std::move(text);
    return f;
}

QString ChartValueFormat::text(double value, const QLocale &locale) const
{
    switch (m_kind) {
    case Kind::Number:
        return locale.toString(value, 'f', m_decimals);
    case Kind::Yuan:
        return PricingText::money(qRound64(value), locale);
    case Kind::Percent:
        return locale.toString(value * 100, 'f', m_decimals) + locale.percent();
    case Kind::Custom:
        return m_custom ? m_custom(value, locale) : locale.toString(value);
    }
    return {};
}

QString ChartValueFormat::axisLabel(double value, double step, const QLocale &locale) const
{
    switch (m_kind) {
    case Kind::Number:
        return locale.toString(value, 'f', std::max(m_decimals, decimalsFor(step)));
    case Kind::Yuan: {
        const QString yuan = locale.toString(std::abs(value) / 100, 'f', decimalsFor(step / 100));
        return (value < 0 ? u"−¥"_qs : u"¥"_qs) + yuan;
    }
    case Kind::Percent:
        return locale.toString(value * 100, 'f', decimalsFor(step * 100)) + locale.percent();
    case Kind::Custom:
        return text(value, locale);
    }
    return {};
}

} // namespace Kepler
