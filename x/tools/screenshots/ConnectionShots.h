#pragma once

#include <QString>

namespace Kepler {

// docs/screenshots/connection-{lost,restored}-<lang>.png: the main window's connection bar while the
// platform is stopped (with a save that failed meanwhile, the edit kept) and once it is back on the
// same data and port, against a demo platform started and restarted here.
// `kepler-screenshots --only connection`.
bool shootConnection(const QString &outDir, const QString &lang, const QString &settingsFile);

} // namespace Kepler
