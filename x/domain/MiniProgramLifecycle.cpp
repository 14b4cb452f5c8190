#include "MiniProgramLifecycle.h"

namespace Kepler::MiniProgramLifecycle {

std::optional<MiniProgramStatus> target(MiniProgramStatus from, MiniProgramAction action)
{
    using S = MiniProgramStatus;
    const bool inReview = from == S::Submitted || from == S::Delayed;
    switch (action) {
    case MiniProgramAction::Submit:
        if (from == S::Draft)
            return S::Submitted;
        break;
    case MiniProgramAction::Withdraw:
        if (inReview)
            return S::Withdrawn;
        break;
    case MiniProgramAction::Approve:
        if (inReview)
            return S::Approved;
        break;
    case MiniProgramAction::Reject:
        if (inReview)
            return S::Rejected;
        break;
    case MiniProgramAction::Delay:
        if (from == S::Submitted)
            return S::Delayed;
        break;
    case MiniProgramAction::Release:
        if (from == S::Approved || from == S::Released)
            return S::Released;
        break;
    case MiniProgramAction::Rollback:
        if (from == S::Released)
            return S::RolledBack;
        break;
    }
    return std::nullopt;
}

QList<MiniProgramAction> allowedActions(MiniProgramStatus from)
{
    QList<MiniProgramAction> actions;
    for (MiniProgramAction a : allMiniProgramActions())
        if (target(from, a))
            actions.append(a);
    return actions;
}

QList<MiniProgramAction> allowedActions(MiniProgramStatus from, std::optional<int> grayPercent)
{
    QList<MiniProgramAction> actions = allowedActions(from);
    if (from == MiniProgramStatus::Released && grayPercent.value_or(FullRelease) >= FullRelease)
        actions.removeAll(MiniProgramAction::Release);
    return actions;
}

bool isPartnerAction(MiniProgramAction action)
{
    return action == MiniProgramAction::Submit || action == MiniProgramAction::Withdraw;
}

Roles allowedRoles(MiniProgramAction action)
{
    if (isPartnerAction(action))
        return {};
    return Role::Reviewer | Role::Admin;
}

bool mayPerform(Roles roles, MiniProgramAction action)
{
    return (roles & allowedRoles(action)) != Roles();
}

bool requiresReason(MiniProgramAction action)
{
    return action == MiniProgramAction::Reject || action == MiniProgramAction::Delay;
}

bool isDecision(MiniProgramAction action)
{
    return action == MiniProgramAction::Approve || action == MiniProgramAction::Reject
        || action == MiniProgramAction::Delay;
}

QString toString(ReleaseRefusal refusal)
{
    switch (refusal) {
    case ReleaseRefusal::InvalidState:
        return u"invalid_transition"_qs;
    case ReleaseRefusal::OutOfRange:
        return u"out_of_range"_qs;
    case ReleaseRefusal::AlreadyFull:
        return u"already_fully_released"_qs;
    case ReleaseRefusal::NotIncreasing:
        return u"gray_percent_not_increasing"_qs;
    }
    return {};
}

std::optional<ReleaseRefusal> checkRelease(
    MiniProgramStatus from, std::optional<int> currentGray, int percent)
{
    if (!target(from, MiniProgramAction::Release))
        return ReleaseRefusal::InvalidState;
    if (percent < GrayPercentMin || percent > FullRelease)
        return ReleaseRefusal::OutOfRange;
    if (from == MiniProgramStatus::Released) {
        const int current = currentGray.value_or(FullRelease);
        if (current >= FullRelease)
            return ReleaseRefusal::AlreadyFull;
        if (percent <= current)
            return ReleaseRefusal::NotIncreasing;
    }
    return std::nullopt;
}

} // namespace Kepler::MiniProgramLifecycle
