#pragma once

#include <QByteArray>
#include <optional>

namespace Kepler::Server {

// What an uploaded screenshot claims to be, read from its header only (no image library in the
// service): PNG by its signature and IHDR, JPEG by SOI and its first start-of-frame marker.
struct ImageInfo
{
    QByteArray contentType; // "image/png" or "image/jpeg"
    int width = 0;
    int height = 0;
};

namespace ImageProbe {
inline constexpr qsizetype MaxBytes = 512 * 1024;
inline constexpr int MaxSide = 4096;
// nullopt when the bytes are neither a PNG nor a JPEG of a sane size (1..MaxSide per side).
std::optional<ImageInfo> probe(const QByteArray &bytes);
} // namespace ImageProbe

} // namespace Kepler::Server
