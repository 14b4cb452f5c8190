#include "DemoScreens.h"

#include "PngWriter.h"

namespace Kepler::DemoScreens {
namespace {

class Canvas
{
public:
    Canvas()
        : m_rgb(qsizetype(Width) * Height * 3, char(0xF4))
    {
    }

    void fill(int x, int y, int w, int h, quint32 rgb)
    {
        for (int row = qMax(0, y); row < qMin(Height, y + h); ++row)
            for (int col = qMax(0, x); col < qMin(Width, x + w); ++col) {
                char *p = m_rgb.data() + (qsizetype(row) * Width + col) * 3;
                p[0] = char(rgb >> 16);
                p[1] = char(rgb >> 8);
                p[2] = char(rgb);
            }
    }

    const QByteArray &rgb() const { return m_rgb; }

private:
    QByteArray m_rgb;
};

// The accent mixed with white: `percent` of the accent.
quint32 tint(quint32 rgb, int percent)
{
    const auto mix = [percent](quint32 c) {
        return (c * quint32(percent) + 255u * quint32(100 - percent)) / 100u;
    };
    return (mix((rgb >> 16) & 0xFF) << 16) | (mix((rgb >> 8) & 0xFF) << 8) | mix(rgb & 0xFF);
}

constexpr quint32 kWhite = 0xFFFFFF;
constexpr quint32 kText = 0xC8CCD2;
constexpr quint32 kDarkText = 0x8A9099;
constexpr quint32 kPrice = 0xE4393C; // the retailer's red for prices

void chrome(Canvas &c, quint32 accent)
{
    c.fill(0, 0, Width, 14, 0x222222); // status bar
    c.fill(0, 14, Width, 36, accent); // header
    c.fill(Width - 56, 22, 44, 20, tint(accent, 60)); // the mini-program capsule
    c.fill(Width / 2 - 30, 26, 60, 10, kWhite); // title
    c.fill(0, Height - 40, Width, 40, kWhite); // tab bar
    for (int i = 0; i < 4; ++i)
        c.fill(18 + i * 52, Height - 32, 20, 20, i == 0 ? accent : kText);
}

void home(Canvas &c, quint32 accent, int variant)
{
    c.fill(10, 58, Width - 20, 22, kWhite); // search box
    c.fill(18, 64, 70, 10, kText);
    c.fill(10, 88, Width - 20, 76, tint(accent, variant ? 45 : 30)); // banner
    c.fill(22, 104, 90, 14, kWhite);
    c.fill(22, 126, 60, 10, tint(accent, 80));
    const int rows = variant ? 3 : 2; // a later version packs more cards
    const int cardH = (Height - 40 - 176 - 8 * rows) / rows;
    for (int r = 0; r < rows; ++r)
        for (int col = 0; col < 2; ++col) {
            const int x = 10 + col * ((Width - 30) / 2 + 10);
            const int y = 176 + r * (cardH + 8);
            const int w = (Width - 30) / 2;
            c.fill(x, y, w, cardH, kWhite);
            c.fill(x + 6, y + 6, w - 12, cardH - 34, tint(accent, 15 + 10 * ((r + col) % 3)));
            c.fill(x + 6, y + cardH - 24, w - 24, 7, kText);
            c.fill(x + 6, y + cardH - 13, 30, 8, kPrice);
        }
}

void detail(Canvas &c, quint32 accent, int variant)
{
    c.fill(0, 50, Width, 170, tint(accent, 25)); // product photo
    c.fill(Width / 2 - 40, 95, 80, 80, tint(accent, 50));
    c.fill(10, 232, 70, 14, kPrice); // price
    c.fill(10, 256, Width - 40, 9, kDarkText); // name
    c.fill(10, 271, Width - 80, 9, kDarkText);
    c.fill(10, 292, Width - 20, 34, kWhite); // coupon / delivery rows
    c.fill(18, 305, 90, 8, kText);
    if (variant)
        c.fill(10, 330, Width - 20, 10, tint(kPrice, 25)); // a later version shows a promotion strip
    c.fill(Width / 2, Height - 40, Width / 2, 40, accent); // buy button over the tab bar
    c.fill(Width / 2 + 30, Height - 26, Width / 2 - 60, 10, kWhite);
}

void orders(Canvas &c, quint32 accent, int variant)
{
    for (int i = 0; i < 4; ++i) // status tabs
        c.fill(10 + i * 52, 58, 40, 8, i == variant % 4 ? accent : kText);
    for (int r = 0; r < 4; ++r) {
        const int y = 76 + r * 66;
        c.fill(10, y, Width - 20, 58, kWhite);
        c.fill(18, y + 8, 42, 42, tint(accent, 20 + 15 * r));
        c.fill(68, y + 10, Width - 100, 8, kDarkText);
        c.fill(68, y + 24, Width - 130, 7, kText);
        c.fill(68, y + 38, 36, 8, kPrice);
        c.fill(Width - 62, y + 34, 44, 16, tint(accent, 70));
    }
}

} // namespace

QByteArray png(quint32 accentRgb, int page, int variant)
{
    Canvas c;
    switch (page % 3) {
    case 0:
        home(c, accentRgb, variant);
        break;
    case 1:
        detail(c, accentRgb, variant);
        break;
    default:
        orders(c, accentRgb, variant);
        break;
    }
    chrome(c, accentRgb);
    if (page % 3 == 1) // the buy button sits on top of the tab bar
        detail(c, accentRgb, variant);
    return PngWriter::encodeRgb(Width, Height, c.rgb());
}

} // namespace Kepler::DemoScreens
