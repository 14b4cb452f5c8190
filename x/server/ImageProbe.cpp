#include "ImageProbe.h"

namespace Kepler::Server::ImageProbe {
namespace {

quint32 bigEndian32(const QByteArray &b, qsizetype at)
{
    return (quint32(quint8(b[at])) << 24) | (quint32(quint8(b[at + 1])) << 16)
        | (quint32(quint8(b[at + 2])) << 8) | quint32(quint8(b[at + 3]));
}

int bigEndian16(const QByteArray &b, qsizetype at)
{
    return (int(quint8(b[at])) << 8) | int(quint8(b[at + 1]));
}

std::optional<ImageInfo> png(const QByteArray &b)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    // Signature, then the IHDR chunk: length (13), "IHDR", width, height.
    if (b.size() < 8 + 8 + 13 + 4 || !b.startsWith(signature) || b.mid(12, 4) != "IHDR")
        return std::nullopt;
    return ImageInfo {"image/png", int(qMin<quint32>(bigEndian32(b, 16), 1u << 30)),
        int(qMin<quint32>(bigEndian32(b, 20), 1u << 30))};
}

std::optional<ImageInfo> jpeg(const QByteArray &b)
{
    if (b.size() < 4 || quint8(b[0]) != 0xFF || quint8(b[1]) != 0xD8)
        return std::nullopt;
    qsizetype at = 2;
    // Walk the marker segments until a start-of-frame (SOF0..SOF15 except DHT, JPG and DAC).
    while (at + 4 <= b.size()) {
        if (quint8(b[at]) != 0xFF)
            return std::nullopt;
        const quint8 marker = quint8(b[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        const int length = bigEndian16(b, at + 2);
        if (length < 2)
            return std::nullopt;
        const bool frame
            = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (frame) {
            if (at + 9 > b.size())
                return std::nullopt;
            return ImageInfo {"image/jpeg", bigEndian16(b, at + 7), bigEndian16(b, at + 5)};
        }
        at += 2 + length;
    }
    return std::nullopt;
}

} // namespace

std::optional<ImageInfo> probe(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes)
        return std::nullopt;
    std::optional<ImageInfo> info = png(bytes);
    if (!info)
        info = jpeg(bytes);
    if (!info || info->width < 1 || info->height < 1 || info->width > MaxSide || info->height > MaxSide)
        return std::nullopt;
    return info;
}

} // namespace Kepler::Server::ImageProbe
