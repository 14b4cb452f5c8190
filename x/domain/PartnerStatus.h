#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Kepler {

// Partner lifecycle states: applied → in_review → active ⇄ suspended → terminated,
// in_review → rejected. The transitions are in PartnerLifecycle.h.
enum class PartnerStatus {
    Applied,
    InReview,
    Active,
    Suspended,
    Terminated,
    Rejected,
};

QString toString(PartnerStatus status); // "applied", "in_review", "active", ...
std::optional<PartnerStatus> partnerStatusFromString(const QString &value);
QList<PartnerStatus> allPartnerStatuses();
QString displayName(PartnerStatus status); // translated, context "PartnerStatus"

} // namespace Kepler
