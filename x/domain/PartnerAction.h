#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Kepler {

// What a user can do to a partner's lifecycle; each action is its own endpoint
// (POST /api/v1/partners/{id}/{action}), so the names are part of the API contract.
enum class PartnerAction {
    Submit,
    Approve,
    Reject,
    Suspend,
    Resume,
    Terminate,
};

QString toString(PartnerAction action); // "submit", "approve", ...
std::optional<PartnerAction> partnerActionFromString(const QString &value);
QList<PartnerAction> allPartnerActions();
QString displayName(PartnerAction action); // translated, context "PartnerAction"

} // namespace Kepler
