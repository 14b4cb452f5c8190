#pragma once

#include "domain/PartnerStatus.h"

#include <QColor>
#include <QString>

namespace Kepler::StatusPill {

// One colour per lifecycle state, shared by the table and the detail panel so that
// "suspended" looks the same everywhere.
QColor color(PartnerStatus status);
// A small rich-text badge: the translated status on its colour.
QString html(PartnerStatus status);

} // namespace Kepler::StatusPill
