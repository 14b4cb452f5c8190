#include "PartnerLifecycle.h"

namespace Kepler::PartnerLifecycle {

std::optional<PartnerStatus> target(PartnerStatus from, PartnerAction action)
{
    switch (action) {
    case PartnerAction::Submit:
        if (from == PartnerStatus::Applied)
            return PartnerStatus::InReview;
        break;
    case PartnerAction::Approve:
        if (from == PartnerStatus::InReview)
            return PartnerStatus::Active;
        break;
    case PartnerAction::Reject:
        if (from == PartnerStatus::InReview)
            return PartnerStatus::Rejected;
        break;
    case PartnerAction::Suspend:
        if (from == PartnerStatus::Active)
            return PartnerStatus::Suspended;
        break;
    case PartnerAction::Resume:
        if (from == PartnerStatus::Suspended)
            return PartnerStatus::Active;
        break;
    case PartnerAction::Terminate:
        if (from == PartnerStatus::Active || from == PartnerStatus::Suspended)
            return PartnerStatus::Terminated;
        break;
    }
    return std::nullopt;
}

QList<PartnerAction> allowedActions(PartnerStatus from)
{
    QList<PartnerAction> actions;
    for (PartnerAction a : allPartnerActions())
        if (target(from, a))
            actions.append(a);
    return actions;
}

Roles allowedRoles(PartnerAction action)
{
    switch (action) {
    case PartnerAction::Approve:
    case PartnerAction::Reject:
        return Role::Reviewer | Role::Admin;
    case PartnerAction::Submit:
    case PartnerAction::Suspend:
    case PartnerAction::Resume:
    case PartnerAction::Terminate:
        break;
    }
    return Role::Operator | Role::Admin;
}

bool mayPerform(Roles roles, PartnerAction action)
{
    return (roles & allowedRoles(action)) != Roles();
}

bool requiresReason(PartnerAction action)
{
    return action == PartnerAction::Reject || action == PartnerAction::Suspend
        || action == PartnerAction::Terminate;
}

bool requiresOtherThanCreator(PartnerAction action)
{
    return action == PartnerAction::Approve || action == PartnerAction::Reject;
}

} // namespace Kepler::PartnerLifecycle
