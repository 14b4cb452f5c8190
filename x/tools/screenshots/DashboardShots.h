#pragma once

#include <QString>
#include <QUrl>

namespace Kepler {

// docs/screenshots/{overview,availability,orders}-<lang>.png: the three dashboards in the main window
// as a manager sees them, against a platform that has measured traffic (scripts/screenshots.sh runs
// kepler-traffic with a backfill against it first). `kepler-screenshots --only dashboards --url URL`.
bool shootDashboards(
    const QUrl &url, const QString &outDir, const QString &lang, const QString &settingsFile);

} // namespace Kepler
