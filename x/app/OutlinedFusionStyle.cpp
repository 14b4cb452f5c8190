#include "OutlinedFusionStyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace Kepler {

OutlinedFusionStyle::OutlinedFusionStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_qs))
{
}

QColor OutlinedFusionStyle::indicatorOutline(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    constexpr float share = 0.5f; // 3:1 or more on Base in both palettes (WCAG 1.4.11)
    return QColor::fromRgbF(base.redF() + (text.redF() - base.redF()) * share,
        base.greenF() + (text.greenF() - base.greenF()) * share,
        base.blueF() + (text.blueF() - base.blueF()) * share);
}

void OutlinedFusionStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // Item views' check boxes come here too: Fusion draws PE_IndicatorItemViewItemCheck through
    // proxy()->drawPrimitive(PE_IndicatorCheckBox).
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    // Keyboard focus keeps Fusion's highlighted frame.
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(indicatorOutline(option->palette), 1));
    if (element == PE_IndicatorCheckBox) {
        painter->translate(0.5, 0.5);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    } else {
        // Fusion's own circle (qfusionstyle.cpp, PE_IndicatorRadioButton), drawn over.
        const int w = option->rect.width();
        const qreal radius = (w + (w + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(QPointF(option->rect.center() + QPoint(1, 1)), radius, radius);
    }
    painter->restore();
}

} // namespace Kepler
