#pragma once

#include "domain/ReviewQueueItem.h"

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

namespace Kepler::Server {

// The review queue read from the tables it stands for: partners (applications) and mini-program
// versions (submissions), with the live claims (review_claims). Pure reads and the claim writes;
// the routes decide who may do what.
namespace ReviewQueue {

inline constexpr qint64 ClaimTtlMs = 30LL * 60 * 1000;

struct Filter
{
    std::optional<ReviewItemKind> kind;
    QStringList statuses; // partner or version statuses; empty = waiting for a decision
    qint64 partnerId = 0; // 0 = any
    QString mode; // "" = any
    QString claimedBy; // "" = any
};

// Every matching item, oldest enteredAt first (then id), with live claims filled in. The queue
// is small (what awaits review), so routes page and count in memory.
QList<ReviewQueueItem> list(const QSqlDatabase &db, const Filter &filter, const QDateTime &now);
std::optional<ReviewQueueItem> find(const QSqlDatabase &db, const QString &itemId, const QDateTime &now);

// Something for a reviewer to do: a decision (in_review, submitted, delayed) or a release step
// (approved, released below 100 %). Claims are only taken on such items.
bool isActionable(const ReviewQueueItem &item);
QString partnerCreatedBy(const QSqlDatabase &db, qint64 partnerId);

std::optional<ReviewClaim> liveClaim(const QSqlDatabase &db, const QString &itemId, const QDateTime &now);
QList<std::pair<QString, ReviewClaim>> liveClaims(const QSqlDatabase &db, const QDateTime &now);
// Takes or extends the claim for `actor` (an extension keeps when it was first taken); when
// someone else holds a live one, leaves it and returns it instead.
std::optional<ReviewClaim> claim(
    const QSqlDatabase &db, const QString &itemId, const QString &actor, const QDateTime &now);
void dropClaim(const QSqlDatabase &db, const QString &itemId);

} // namespace ReviewQueue

} // namespace Kepler::Server
