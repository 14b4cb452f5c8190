#pragma once

#include "domain/FieldError.h"
#include "domain/Partner.h"
#include "domain/PartnerAction.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <optional>

namespace Kepler::Server {

// One lifecycle transition of one partner, inside the caller's write transaction: the single-
// partner routes (POST /partners/{id}/{action}) and bulk suspend/resume share it, so both check
// the same things in the same order and write the same audit line.
namespace PartnerTransition {

struct Reason
{
    QString code; // empty when none was given
    QString note;

    QJsonObject toJson() const { return {{u"reasonCode"_qs, code}, {u"note"_qs, note}}; }
};

// Reads {"reasonCode","note"} for `action`: required/allowed codes, note length, "other" needs a
// note; any other key is unknown_field.
FieldErrors readReason(const QJsonObject &body, PartnerAction action, Reason *out);

struct Outcome
{
    enum class Kind { Done, NotFound, VersionConflict, InvalidTransition, SeparationOfDuties };
    Kind kind = Kind::Done;
    // Done: the partner after the transition; VersionConflict / InvalidTransition: as it is now.
    std::optional<Partner> partner;
};

// Checks (partner exists, version when expectedVersion != 0, transition allowed, separation of
// duties), then updates the partner and appends the partner.<action> audit event.
Outcome apply(const QSqlDatabase &db, qint64 id, int expectedVersion, PartnerAction action,
    const Reason &reason, const QString &actor, const QByteArray &requestId);

} // namespace PartnerTransition

} // namespace Kepler::Server
