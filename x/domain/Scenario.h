#pragma once

#include <QString>
#include <QStringList>

namespace Kepler {

// The ~20 scenario types partner channels come from (the seed: apps, content sites, video sites,
// telecom/bank point malls, mini-programs, ...). Wire values are stable snake_case codes.
QStringList allScenarios();
bool isValidScenario(const QString &code);
QString scenarioDisplayName(const QString &code); // translated, context "Scenario"

} // namespace Kepler
