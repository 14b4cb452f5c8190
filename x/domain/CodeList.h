#pragma once

#include <QCoreApplication>
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

// One row of a fixed, translated code table (reasons, categories): the wire code and the source
// text, marked with QT_TRANSLATE_NOOP in the table so lupdate finds it.
struct CodeText
{
    const char *code;
    const char *text;
};

template<std::size_t N> QStringList codesOf(const CodeText (&table)[N])
{
    QStringList out;
    out.reserve(qsizetype(N));
    for (const CodeText &row : table)
        out.append(QString::fromLatin1(row.code));
    return out;
}

// The translated text of `code` in `context`; the code itself when the table does not know it.
template<std::size_t N> QString textOf(const CodeText (&table)[N], const char *context, const QString &code)
{
    for (const CodeText &row : table)
        if (code == QLatin1StringView(row.code))
            return QCoreApplication::translate(context, row.text);
    return code;
}

} // namespace Kepler
