#pragma once

#include <QByteArray>

namespace Kepler {

// Phone screenshots for demo mini-program submissions (the demo seed and kepler-traffic), drawn as flat
// shapes (status bar, header, banner, product cards, tab bar) in the app's accent colour and encoded as PNG,
// so a reviewer has real images to open and compare without shipping any.
namespace DemoScreens {
inline constexpr int Width = 216;
inline constexpr int Height = 384;
// page: 0 home, 1 product detail, 2 order list. variant: a later version's slightly changed layout.
QByteArray png(quint32 accentRgb, int page, int variant);
} // namespace DemoScreens

} // namespace Kepler
