#pragma once

#include "FieldError.h"
#include "PartnerMode.h"
#include "ReviewItem.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <optional>

namespace Kepler {

// A reviewer's lock on a queue item: visible to everyone, it expires on its own so a reviewer who
// walks away does not block the item for long (docs/reviews.md).
struct ReviewClaim
{
    QString by; // staff login
    QDateTime at;
    QDateTime expiresAt;

    bool isLive(const QDateTime &now) const { return !by.isEmpty() && expiresAt > now; }
    QJsonObject toJson() const;
    static std::optional<ReviewClaim> fromJson(const QJsonObject &json);
    bool operator==(const ReviewClaim &other) const = default;
};

// One row of GET /api/v1/reviews: a partner application or a mini-program version, in one shape
// so the queue can sort and filter both together. The service encodes it, the console decodes it.
struct ReviewQueueItem
{
    QString id; // "partner-12" or "miniprogram-34" (makeId / parseId)
    ReviewItemKind kind = ReviewItemKind::PartnerApplication;
    // The partner's status ("in_review", ...) or the version's ("submitted", ...), as the API names them.
    QString status;
    qint64 partnerId = 0;
    QString partnerName;
    PartnerMode mode = PartnerMode::Guide;
    // Mini-program fields; empty for partner applications.
    QString appId;
    QString appName;
    QString codeVersion;
    QString category;
    std::optional<int> grayPercent;
    QDateTime enteredAt; // when it entered the queue (submitted); the SLA counts from here
    QDateTime dueAt; // enteredAt + SLA
    QString submittedBy; // staff login that created the partner (applications); empty otherwise
    QString decidedBy; // who took the last decision, if any
    QDateTime decidedAt; // when that decision was taken; invalid while the item waits for one
    QString reasonCode;
    std::optional<ReviewClaim> claim; // present while someone holds a live claim
    int version = 1; // the partner's or version's row version: If-Match for decisions

    QJsonObject toJson() const;
    static std::optional<ReviewQueueItem> fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);
    bool operator==(const ReviewQueueItem &other) const = default;

    // Still waiting for a reviewer's decision (an application in review, a submitted or delayed
    // version): only such items can be overdue. Approved, released or rejected items are decided.
    bool awaitsDecision() const;

    static QString makeId(ReviewItemKind kind, qint64 rowId);
    // The kind and row id behind an item id; nullopt for anything else ("partner-0", "x-1", "partner-").
    static std::optional<std::pair<ReviewItemKind, qint64>> parseId(const QString &id);
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::ReviewQueueItem)
