#pragma once

#include "PartnerAction.h"
#include "PartnerStatus.h"
#include "Role.h"

#include <QList>
#include <optional>

namespace Kepler {

// The one partner state machine, shared by the service (which enforces it) and the console
// (which offers only the actions it allows), so the two can never disagree:
//   submit    applied → in_review        approve  in_review → active
//   reject    in_review → rejected       suspend  active → suspended
//   resume    suspended → active         terminate active | suspended → terminated
namespace PartnerLifecycle {

// The state `action` leads to from `from`; nullopt when the action is not allowed there.
std::optional<PartnerStatus> target(PartnerStatus from, PartnerAction action);
QList<PartnerAction> allowedActions(PartnerStatus from);
// Approve and reject are a reviewer's act; the rest belong to operators. Admins may do all.
Roles allowedRoles(PartnerAction action);
bool mayPerform(Roles roles, PartnerAction action);
// Actions that take a partner out of business must say why (reasonCode); others may.
bool requiresReason(PartnerAction action);
// Reviews are never done by the account that created the partner (separation of duties).
bool requiresOtherThanCreator(PartnerAction action);

} // namespace PartnerLifecycle

} // namespace Kepler
