#include "LocalizedName.h"

#include <QLocale>

namespace Kepler::LocalizedName {

bool english()
{
    return QLocale().language() != QLocale::Chinese;
}

QString pick(const QString &zh, const QString &en)
{
    return pick(zh, en, english());
}

QString pick(const QString &zh, const QString &en, bool inEnglish)
{
    if (zh.isEmpty())
        return en;
    return inEnglish && !en.isEmpty() ? en : zh;
}

} // namespace Kepler::LocalizedName
