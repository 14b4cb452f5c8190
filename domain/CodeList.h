#pragma once

#include <QStringList>
#include <initializer_list>

namespace Kepler {

// Wire codes written as u"..." literals, as a QStringList: the reason tables' allowed codes.
inline QStringList codeList(std::initializer_list<const char16_t *> codes)
{
    QStringList out;
    out.reserve(qsizetype(codes.size()));
    for (const char16_t *c : codes)
        out.append(QString::fromUtf16(c));
    return out;
}

} // namespace Kepler
