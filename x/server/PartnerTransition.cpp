#include "PartnerTransition.h"

#include "AuditLog.h"
#include "PartnerRepository.h"
#include "ReviewQueue.h"

#include "domain/JsonFields.h"
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"

namespace Kepler::Server::PartnerTransition {

FieldErrors readReason(const QJsonObject &body, PartnerAction action, Reason *out)
{
    JsonFields f(body);
    const bool required = PartnerLifecycle::requiresReason(action);
    if (const auto code = f.string(u"reasonCode"_qs, required, 1, 64)) {
        if (PartnerReason::isAllowed(action, *code))
            out->code = *code;
        else
            f.addError(u"reasonCode"_qs, u"invalid_value"_qs,
                u"must be one of: %1"_qs.arg(PartnerReason::codes(action).join(u", "_qs)));
    }
    if (const auto note = f.string(u"note"_qs, false, 0, PartnerReason::MaxNoteLength))
        out->note = note->trimmed();
    if (PartnerReason::requiresNote(out->code) && out->note.isEmpty() && f.ok())
        f.addError(u"note"_qs, u"required"_qs, u"say why when the reason is \"other\""_qs);
    f.rejectUnknown();
    return f.errors();
}

Outcome apply(const QSqlDatabase &db, qint64 id, int expectedVersion, PartnerAction action,
    const Reason &reason, const QString &actor, const QByteArray &requestId)
{
    using Kind = Outcome::Kind;
    const auto current = PartnerRepository::find(db, id);
    if (!current)
        return {Kind::NotFound, std::nullopt};
    if (expectedVersion != 0 && expectedVersion != current->version)
        return {Kind::VersionConflict, current};
    const auto next = PartnerLifecycle::target(current->status, action);
    if (!next)
        return {Kind::InvalidTransition, current};
    if (PartnerLifecycle::requiresOtherThanCreator(action) && current->createdBy == actor)
        return {Kind::SeparationOfDuties, current};

    Partner after = *current;
    after.status = *next;
    after.version = current->version + 1;
    after.updatedBy = actor;
    after.updatedAt = QDateTime::currentDateTimeUtc();
    PartnerRepository::update(db, after);
    // A decided application leaves the review queue; a reviewer's claim on it is over.
    if (action == PartnerAction::Approve || action == PartnerAction::Reject)
        ReviewQueue::dropClaim(db, ReviewQueueItem::makeId(ReviewItemKind::PartnerApplication, after.id));
    AuditLog::append(db,
        {0, {}, actor, u"partner."_qs + toString(action), u"partner"_qs, QString::number(after.id),
            current->toJson(), after.toJson(), QString::fromLatin1(requestId), reason.toJson()});
    return {Kind::Done, after};
}

} // namespace Kepler::Server::PartnerTransition
