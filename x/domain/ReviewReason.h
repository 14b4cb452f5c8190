#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Kepler {

// A reviewer's decision on a mini-program submission: the "decision" of
// POST /api/v1/reviews/{id}/decision. Each maps to the MiniProgramAction of the same name.
enum class ReviewDecision {
    Approve,
    Reject,
    Delay,
};

QString toString(ReviewDecision decision); // "approve", "reject", "delay"
std::optional<ReviewDecision> reviewDecisionFromString(const QString &value);
QList<ReviewDecision> allReviewDecisions();

// The fixed reason codes a decision carries ("reasonCode"). Codes are API contract and what
// reports group by; the console shows displayName(). Reject and delay need one; approve may.
namespace ReviewReason {

inline constexpr int MaxNoteLength = 500;

QStringList codes(ReviewDecision decision); // in the order a picker should offer them
bool isAllowed(ReviewDecision decision, const QString &code);
bool requiresReason(ReviewDecision decision);
QStringList allCodes();
// Translated, context "ReviewReason"; the code itself when it is unknown.
QString displayName(const QString &code);
// "other" says nothing by itself, so it needs a note.
bool requiresNote(const QString &code);

} // namespace ReviewReason

} // namespace Kepler
