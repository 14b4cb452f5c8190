#pragma once

#include "domain/PartnerKey.h"
#include "domain/PartnerStatus.h"

#include <QColor>
#include <QString>

namespace Kepler::StatusPill {

// One colour per lifecycle state, shared by the table and the detail panel so that
// "suspended" looks the same everywhere.
QColor color(PartnerStatus status);
// A small rich-text badge: the translated status on its colour.
QString html(PartnerStatus status);

// A badge for what has no lifecycle state yet, such as a new partner not saved: `label` in the
// text colour on a dashed outline, so it never reads as one of the states' colours.
QString draftHtml(const QString &label);

// The same for a partner app key's state (the Keys tab).
QColor color(PartnerKeyState state);
QString html(PartnerKeyState state);

} // namespace Kepler::StatusPill
