#include "GatewayRoutes.h"

#include "Router.h"

#include "domain/Partner.h"

namespace Kepler::Server::GatewayRoutes {
namespace {

// Lets a partner check its signing code end to end before calling anything that matters.
HttpResponse ping(RequestContext &ctx)
{
    return HttpResponse::json(200,
        QJsonObject {{u"partnerId"_qs, ctx.partner->partnerId}, {u"appKey"_qs, ctx.partner->appKey},
            {u"serverTime"_qs, toIsoUtc(QDateTime::currentDateTimeUtc())}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/open/v1/ping"_qs, Access::signedByPartner(), ping);
}

} // namespace Kepler::Server::GatewayRoutes
