#include "PartnerGroupRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "PartnerGroupRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler::Server::PartnerGroupRoutes {
namespace {

HttpResponse listGroups(RequestContext &ctx)
{
    QJsonArray items;
    for (const PartnerGroup &g : PartnerGroupRepository::list(ctx.services.database->connection()))
        items.append(g.toJson()); // each carries "version": the ETag a PATCH sends as If-Match
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, items}});
}

HttpResponse patchGroup(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    int expected = 0;
    if (auto bad = ctx.readIfMatch(&expected))
        return *bad;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    const QString code = ctx.params.value(u"code"_qs);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto current = PartnerGroupRepository::find(tx.db(), code);
    if (!current)
        return Problem::notFound(u"The partner group"_qs).response(requestId);
    if (expected != 0 && expected != current->version)
        return Problem(412, ErrorCode::VersionConflict,
            u"Someone saved version %1 since you read version %2"_qs.arg(current->version).arg(expected))
            .extra(u"current"_qs, current->toJson())
            .header("ETag", partnerEtag(current->version))
            .response(requestId);
    PartnerGroup after = *current;
    if (const FieldErrors errors = applyPartnerGroupPatch(body, &after); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    if (after == *current) // nothing changed: no new version, no audit line
        return HttpResponse::json(200, current->toJson()).withHeader("ETag", partnerEtag(current->version));
    after.version = current->version + 1;
    PartnerGroupRepository::update(tx.db(), after);
    AuditLog::append(tx.db(),
        {0, {}, ctx.actor(), u"partner_group.update"_qs, u"partner_group"_qs, after.code, current->toJson(),
            after.toJson(), QString::fromLatin1(requestId)});
    tx.commit();
    return HttpResponse::json(200, after.toJson()).withHeader("ETag", partnerEtag(after.version));
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/partner-groups"_qs, Access::anyUser(), listGroups);
    router.add(
        "PATCH", u"/api/v1/partner-groups/{code}"_qs, Access::anyOf(Role::Admin | Role::Manager), patchGroup);
}

} // namespace Kepler::Server::PartnerGroupRoutes
