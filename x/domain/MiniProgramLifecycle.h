#pragma once

#include "MiniProgramAction.h"
#include "MiniProgramStatus.h"
#include "Role.h"

#include <QList>
#include <optional>

namespace Kepler {

// The one mini-program version state machine, shared by the service (which enforces it), the
// partner API and the console (which offer only what it allows):
//   submit   draft → submitted                 withdraw  submitted | delayed → withdrawn
//   approve  submitted | delayed → approved    reject    submitted | delayed → rejected
//   delay    submitted → delayed               release   approved → released (1–100 %)
//   release  released → released (gray % up)  rollback  released → rolled_back
// A delayed item is not delayed again: the reviewer owes a decision (docs/reviews.md).
namespace MiniProgramLifecycle {

inline constexpr int GrayPercentMin = 1;
inline constexpr int FullRelease = 100;

// The state `action` leads to from `from`; nullopt when the action is not allowed there. Release
// from released is the gray step up; checkRelease() says whether a given percentage may follow.
std::optional<MiniProgramStatus> target(MiniProgramStatus from, MiniProgramAction action);
QList<MiniProgramAction> allowedActions(MiniProgramStatus from);
// As above, but a released version already at 100 % offers no further release.
QList<MiniProgramAction> allowedActions(MiniProgramStatus from, std::optional<int> grayPercent);

// submit and withdraw come from the partner (signed partner API), never from staff.
bool isPartnerAction(MiniProgramAction action);
// Staff roles that may perform `action`: approve / reject / delay / release / rollback are a
// reviewer's (Role::Reviewer is "approvals and releases") or an admin's. Partner actions: none.
Roles allowedRoles(MiniProgramAction action);
bool mayPerform(Roles roles, MiniProgramAction action);
// Reject and delay must say why (a ReviewReason code); approve may.
bool requiresReason(MiniProgramAction action);
// The decisions: never by a reviewer who created the partner (separation of duties).
bool isDecision(MiniProgramAction action);

// Why a release with `percent` is refused; nullopt when it may go ahead. `currentGray` is the
// version's grayPercent (nullopt unless released).
enum class ReleaseRefusal {
    InvalidState, // not approved or released (problem code invalid_transition)
    OutOfRange, // percent outside 1–100
    AlreadyFull, // released at 100 % already
    NotIncreasing, // a gray percentage may only go up
};
QString toString(ReleaseRefusal refusal); // "invalid_transition", "out_of_range", ...
std::optional<ReleaseRefusal> checkRelease(
    MiniProgramStatus from, std::optional<int> currentGray, int percent);

} // namespace MiniProgramLifecycle

} // namespace Kepler
