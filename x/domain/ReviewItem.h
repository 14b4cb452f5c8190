#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <optional>

namespace Kepler {

// What sits in the reviewer's queue (GET /api/v1/reviews, "kind"): a partner's application
// (decided with the partner lifecycle's approve / reject) or a mini-program version awaiting review.
enum class ReviewItemKind {
    PartnerApplication,
    MiniProgramSubmission,
};

QString toString(ReviewItemKind kind); // "partner_application", "miniprogram_submission"
std::optional<ReviewItemKind> reviewItemKindFromString(const QString &value);
QList<ReviewItemKind> allReviewItemKinds();
QString displayName(ReviewItemKind kind); // translated, context "ReviewItemKind"

// How long an item may wait for a decision. Wall-clock hours, not business hours: partners
// expect an answer within a day whatever the weekday (the "e.g. 24 h").
namespace ReviewSla {

inline constexpr std::chrono::hours DefaultSla {24};

// Milliseconds since `created` (0 if now is earlier: clocks of two hosts may disagree).
qint64 ageMs(const QDateTime &created, const QDateTime &now);
QDateTime dueAt(const QDateTime &created, std::chrono::hours sla = DefaultSla);
// Overdue once the age exceeds the SLA; exactly at the SLA it is still on time.
bool isOverdue(const QDateTime &created, const QDateTime &now, std::chrono::hours sla = DefaultSla);

} // namespace ReviewSla

} // namespace Kepler
