#include "PartnerLifecycleRoutes.h"

#include "Database.h"
#include "PartnerTransition.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/PartnerLifecycle.h"

namespace Kepler::Server::PartnerLifecycleRoutes {
namespace {

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
    PartnerTransition::Reason reason;
    if (const FieldErrors errors = PartnerTransition::readReason(body, action, &reason); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(requestId);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const PartnerTransition::Outcome outcome
        = PartnerTransition::apply(tx.db(), *id, expected, action, reason, ctx.actor(), requestId);
    using Kind = PartnerTransition::Outcome::Kind;
    const std::optional<Partner> &partner = outcome.partner;
    switch (outcome.kind) {
    case Kind::NotFound:
        return Problem::notFound(u"The partner"_qs).response(requestId);
    case Kind::VersionConflict:
        return Problem(412, ErrorCode::VersionConflict,
            u"Someone saved version %1 since you read version %2"_qs.arg(partner->version).arg(expected))
            .extra(u"current"_qs, partner->toJson())
            .header("ETag", partnerEtag(partner->version))
            .response(requestId);
    case Kind::InvalidTransition:
        return Problem(409, ErrorCode::InvalidTransition,
            u"Cannot %1 a partner that is %2"_qs.arg(toString(action), toString(partner->status)))
            .extra(u"currentStatus"_qs, toString(partner->status))
            .header("ETag", partnerEtag(partner->version))
            .response(requestId);
    case Kind::SeparationOfDuties:
        return Problem(403, ErrorCode::SeparationOfDuties,
            u"The account that created a partner cannot %1 it; another reviewer must"_qs.arg(
                toString(action)))
            .response(requestId);
    case Kind::Done:
        break;
    }
    tx.commit();
    return HttpResponse::json(200, partner->toJson()).withHeader("ETag", partnerEtag(partner->version));
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
