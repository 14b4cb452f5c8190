#pragma once

#include <QString>

namespace Kepler::LocalizedName {

// Whether names are shown in English: the console's language now (QLocale(), which LanguageManager
// sets) is not Chinese. Not a widget's locale(), which stays the one it was created in.
bool english();

// The name of a thing the service names in Chinese and English (categories, brands, SKUs, partners,
// partner groups) in the console's language; the one the service gave when it gave only one.
QString pick(const QString &zh, const QString &en);
QString pick(const QString &zh, const QString &en, bool inEnglish);

} // namespace Kepler::LocalizedName
