#pragma once

#include <QByteArray>

namespace Kepler {

// Encodes 8-bit RGB pixels as a PNG without an image library (the service links Qt Core only):
// the demo seed and kepler-traffic draw phone screenshots with it. `rgb` holds width*height*3 bytes, rows top
// down.
namespace PngWriter {
QByteArray encodeRgb(int width, int height, const QByteArray &rgb);
} // namespace PngWriter

} // namespace Kepler
