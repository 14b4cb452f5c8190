#include "PngWriter.h"

#include <array>

namespace Kepler::PngWriter {
namespace {

// CRC-32 (ISO 3309) as the PNG specification defines it for every chunk.
quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t {};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    out.append(char(value >> 24)).append(char(value >> 16)).append(char(value >> 8)).append(char(value));
}

void appendChunk(QByteArray &out, const char type[5], const QByteArray &data)
{
    appendBigEndian(out, quint32(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    out.append(typed);
    appendBigEndian(out, crc32(typed));
}

} // namespace

QByteArray encodeRgb(int width, int height, const QByteArray &rgb)
{
    Q_ASSERT(rgb.size() == qsizetype(width) * height * 3);
    QByteArray out("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)).append(char(2)).append(char(0)).append(char(0)).append(char(0)); // RGB8
    appendChunk(out, "IHDR", header);
    QByteArray raw;
    raw.reserve(qsizetype(height) * (width * 3 + 1));
    for (int y = 0; y < height; ++y) {
        raw.append(char(0)); // filter: none
        raw.append(rgb.constData() + qsizetype(y) * width * 3, width * 3);
    }
    // qCompress gives a zlib stream behind a 4-byte length of its own; PNG wants the stream.
    appendChunk(out, "IDAT", qCompress(raw, 9).mid(4));
    appendChunk(out, "IEND", {});
    return out;
}

} // namespace Kepler::PngWriter
