#pragma once

#include <QLocale>
#include <QString>

#include <functional>

namespace Kepler {

// How a chart writes its values, in the crosshair and on the y axis: plain numbers, money as ¥ with
// two decimals from integer fen, or a ratio as a percentage. Always in the given locale (group
// separators, decimal point). A custom function covers anything else.
class ChartValueFormat
{
public:
    using Function = std::function<QString(double value, const QLocale &locale)>;

    static ChartValueFormat number(int decimals = 0);
    static ChartValueFormat yuanFromFen();
    static ChartValueFormat percentOfRatio(int decimals = 2); // 0.9999 → "99.99%"
    static ChartValueFormat custom(Function text);

    // Full precision, for the crosshair: "¥1,234.50", "99.99%", "12,345".
    QString text(double value, const QLocale &locale) const;
    // For an axis tick `step` apart from its neighbours: only the decimals the step needs
    // ("¥5,000", "99.9%"), so the labels stay short and still differ.
    QString axisLabel(double value, double step, const QLocale &locale) const;

private:
    enum class Kind { Number, Yuan, Percent, Custom };
    Kind m_kind = Kind::Number;
    int m_decimals = 0;
    Function m_custom;
};

} // namespace Kepler
