#include "PartnerLifecycleRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "PartnerRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"
#include "domain/PartnerLifecycle.h"
#include "domain/PartnerReason.h"

namespace Kepler::Server::PartnerLifecycleRoutes {
namespace {

struct Reason
{
    QString code; // empty when none was given
    QString note;

    QJsonObject toJson() const { return {{u"reasonCode"_qs, code}, {u"note"_qs, note}}; }
};

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

HttpResponse perform(RequestContext &ctx, PartnerAction action)
{
    const QByteArray &requestId = ctx.request.requestId;
    int expected = 0;
    if (auto bad = ctx.readIfMatch(&expected))
        return *bad;
    // Submit, approve and resume need no reason, so an empty body is as good as {}.
    QJsonObject body;
    if (!ctx.request.body.trimmed().isEmpty())
        if (auto bad = ctx.readJsonObject(&body))
            return *bad;
    Reason reason;
    if (const FieldErrors errors = readReason(body, action, &reason); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(requestId);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto current = PartnerRepository::find(tx.db(), *id);
    if (!current)
        return Problem::notFound(u"The partner"_qs).response(requestId);
    if (expected != 0 && expected != current->version)
        return Problem(412, ErrorCode::VersionConflict,
            u"Someone saved version %1 since you read version %2"_qs.arg(current->version).arg(expected))
            .extra(u"current"_qs, current->toJson())
            .header("ETag", partnerEtag(current->version))
            .response(requestId);
    const auto next = PartnerLifecycle::target(current->status, action);
    if (!next)
        return Problem(409, ErrorCode::InvalidTransition,
            u"Cannot %1 a partner that is %2"_qs.arg(toString(action), toString(current->status)))
            .extra(u"currentStatus"_qs, toString(current->status))
            .header("ETag", partnerEtag(current->version))
            .response(requestId);
    if (PartnerLifecycle::requiresOtherThanCreator(action) && current->createdBy == ctx.actor())
        return Problem(403, ErrorCode::SeparationOfDuties,
            u"The account that created a partner cannot %1 it; another reviewer must"_qs.arg(
                toString(action)))
            .response(requestId);

    Partner after = *current;
    after.status = *next;
    after.version = current->version + 1;
    after.updatedBy = ctx.actor();
    after.updatedAt = QDateTime::currentDateTimeUtc();
    PartnerRepository::update(tx.db(), after);
    AuditEvent event {0, {}, ctx.actor(), u"partner."_qs + toString(action), u"partner"_qs,
        QString::number(after.id), current->toJson(), after.toJson(), QString::fromLatin1(requestId),
        reason.toJson()};
    AuditLog::append(tx.db(), event);
    tx.commit();
    return HttpResponse::json(200, after.toJson()).withHeader("ETag", partnerEtag(after.version));
}

} // namespace

void registerRoutes(Router &router)
{
    // One explicit route per action: an unknown action stays 404 and GET on a known one is 405.
    for (PartnerAction action : allPartnerActions())
        router.add("POST", u"/api/v1/partners/{id}/"_qs + toString(action),
            Access::anyOf(PartnerLifecycle::allowedRoles(action)),
            [action](RequestContext &ctx) { return perform(ctx, action); });
}

} // namespace Kepler::Server::PartnerLifecycleRoutes
