#pragma once

#include <QString>

namespace Kepler {

// docs/screenshots/{palette,shortcuts,dark-partners}-<lang>.png: the command palette over the
// partners page with a query typed, the keyboard shortcuts window, and the partners page in the
// dark theme, against a demo platform started here. `kepler-screenshots --only keyboard`.
bool shootKeyboard(const QString &outDir, const QString &lang, const QString &settingsFile);

} // namespace Kepler
