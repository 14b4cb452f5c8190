#pragma once

#include "PartnerAction.h"

#include <QString>
#include <QStringList>

namespace Kepler {

// The fixed reason codes a lifecycle action may carry ("reasonCode" in the request body). The
// codes are API contract and what reports group by; the console shows displayName() instead.
namespace PartnerReason {

inline constexpr int MaxNoteLength = 500;

QStringList codes(PartnerAction action); // in the order a picker should offer them
bool isAllowed(PartnerAction action, const QString &code);
QStringList allCodes();
// Translated, context "PartnerReason"; the code itself when it is unknown.
QString displayName(const QString &code);
// "other" says nothing by itself, so it needs a note.
bool requiresNote(const QString &code);

} // namespace PartnerReason

} // namespace Kepler
