#pragma once

#include <QString>

namespace Kepler {

// docs/screenshots/sessions-<lang>.png: "Signed-in sessions" for an operator signed in on this
// console, another console and two other clients, the other console's session selected, against a
// demo platform started here. `kepler-screenshots --only sessions`.
bool shootSessions(const QString &outDir, const QString &lang, const QString &settingsFile);

} // namespace Kepler
