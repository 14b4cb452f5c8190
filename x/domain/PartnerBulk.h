#pragma once

#include "FieldError.h"
#include "PartnerAction.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace Kepler {

// POST /api/v1/partners:bulk — one action on many partners, with a result per partner.
enum class BulkAction { Suspend, Resume, Tag, Untag, SetGroup };

QString toString(BulkAction action); // "suspend", "resume", "tag", "untag", "set-group"
std::optional<BulkAction> bulkActionFromString(const QString &value);
QList<BulkAction> allBulkActions();
// suspend/resume are lifecycle transitions; the others are edits.
std::optional<PartnerAction> lifecycleActionOf(BulkAction action);

struct BulkRequest
{
    static constexpr int MaxIds = 1000;

    BulkAction action = BulkAction::Tag;
    QList<qint64> ids;
    QString reasonCode; // suspend / resume
    QString note;
    QString tag; // tag / untag
    QString group; // set-group; empty = no group (null)

    // Only the fields the action uses.
    QJsonObject toJson() const;
    // Checks action, ids (1..MaxIds, positive, unique), tag and group form, and that no field the
    // action does not use is present. Reason codes are checked against the lifecycle by the caller.
    static std::optional<BulkRequest> fromJson(const QJsonObject &json, FieldErrors *errors);
};

struct Partner;

// Why `request` would leave `partner` as it is, for the console's review step ("M will be
// skipped"); nullopt when it would change it. Codes: "status" (the lifecycle does not allow the
// step from the partner's status), "has_tag", "lacks_tag", "same_group".
std::optional<QString> bulkSkipReason(const Partner &partner, const BulkRequest &request);

struct BulkRowResult
{
    qint64 id = 0;
    bool ok = false;
    int version = 0; // ok: the partner's version now (unchanged when there was nothing to do)
    QString code; // not ok: "not_found", "invalid_transition", "validation_failed"
    QString detail; // English, for logs; the console words it by code
    QString currentStatus; // invalid_transition: the partner's status

    QJsonObject toJson() const;
    static BulkRowResult fromJson(const QJsonObject &json);
    bool operator==(const BulkRowResult &other) const = default;
};

struct BulkResult
{
    QList<BulkRowResult> results; // in the order of the request's ids
    int okCount = 0;
    int errorCount = 0;

    QJsonObject toJson() const;
    static std::optional<BulkResult> fromJson(const QJsonObject &json);
};

} // namespace Kepler

Q_DECLARE_METATYPE(Kepler::BulkResult)
