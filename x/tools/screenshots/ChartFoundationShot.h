#pragma once

#include <QString>

namespace Kepler {

// docs/screenshots/chart-foundation-<lang>.png: the dashboards' chart widgets with made-up data
// (no service needed), until the dashboard pages use them. `kepler-screenshots --only chart-foundation`.
bool shootChartFoundation(const QString &path, const QString &lang);

} // namespace Kepler
