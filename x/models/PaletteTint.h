#pragma once

#include <QColor>
#include <QPalette>

namespace Kepler::PaletteTint {

// Colours for marking cells that read in the light and the dark theme alike: an accent laid
// thinly over the palette's Base, so the cell keeps QPalette::Text readable on it (a fixed pale
// colour under the dark theme's light text is unreadable). `strength` is the accent's share, 0..1.
QColor overBase(const QColor &accent, qreal strength, const QPalette &palette);
QColor overBase(const QColor &accent, qreal strength = 0.3); // the application's palette

// Accents the views share.
inline constexpr QColor Changed {0xff, 0xc1, 0x07}; // amber: changed since the live release
inline constexpr QColor Removed {0xe5, 0x39, 0x35}; // red: a diff's "before", a failing row
inline constexpr QColor Added {0x43, 0xa0, 0x47}; // green: a diff's "after"

} // namespace Kepler::PaletteTint
