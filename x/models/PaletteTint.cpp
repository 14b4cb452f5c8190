#include "PaletteTint.h"

#include <QGuiApplication>

namespace Kepler::PaletteTint {

QColor overBase(const QColor &accent, qreal strength, const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const qreal a = qBound(0.0, strength, 1.0);
    const auto mix = [a](float from, float to) {
        return from + (to - from) * float(a);
    };
    return QColor::fromRgbF(mix(base.redF(), accent.redF()), mix(base.greenF(), accent.greenF()),
        mix(base.blueF(), accent.blueF()));
}

QColor overBase(const QColor &accent, qreal strength)
{
    return overBase(accent, strength, QGuiApplication::palette());
}

} // namespace Kepler::PaletteTint
