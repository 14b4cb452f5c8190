#pragma once

#include <QProxyStyle>

namespace Kepler {

// Fusion, with the frame of check boxes and radio buttons drawn in a colour taken from the
// palette (Text blended into Base). Fusion derives that frame from Window.darker(140), which on
// the dark palette is the Base colour itself: an unchecked box in a list or tree disappeared.
class OutlinedFusionStyle : public QProxyStyle
{
    Q_OBJECT

public:
    OutlinedFusionStyle();

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;

    // The frame colour for `palette`: half way from Base to Text.
    static QColor indicatorOutline(const QPalette &palette);
};

} // namespace Kepler
