#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Kepler {

// Whether a partner has authorised Kepler to manage one of its mini-programs (step 1 of the
// onboarding flow). Revoked authorisations stay on record; a new authorise makes it authorised again.
enum class MiniProgramAuthorisation {
    Authorised,
    Revoked,
};

QString toString(MiniProgramAuthorisation status); // "authorised", "revoked"
std::optional<MiniProgramAuthorisation> miniProgramAuthorisationFromString(const QString &value);
QString displayName(MiniProgramAuthorisation status); // translated, context "MiniProgramAuthorisation"

// The states of one mini-program version (code package): see MiniProgramLifecycle.h for the
// transitions and docs/reviews.md for the table. The names are API contract.
enum class MiniProgramStatus {
    Draft,
    Submitted,
    Approved,
    Rejected,
    Withdrawn,
    Delayed,
    Released,
    RolledBack,
};

QString toString(MiniProgramStatus status); // "draft", "submitted", ..., "rolled_back"
std::optional<MiniProgramStatus> miniProgramStatusFromString(const QString &value);
QList<MiniProgramStatus> allMiniProgramStatuses();
QString displayName(MiniProgramStatus status); // translated, context "MiniProgramStatus"
// Rejected, withdrawn and rolled back versions never change again (a partner starts a new draft).
bool isFinal(MiniProgramStatus status);
// Submitted or delayed: a reviewer still owes a decision, so the version is in the review queue.
bool awaitsReview(MiniProgramStatus status);

} // namespace Kepler
