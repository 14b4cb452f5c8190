#include "HealthRoutes.h"

#include "Database.h"
#include "Router.h"
#include "Services.h"
#include "Sql.h"

#include "domain/Partner.h"

namespace Kepler::Server::HealthRoutes {

namespace {

HttpResponse health(RequestContext &ctx)
{
    Sql::scalar(ctx.services.database->connection(), u"SELECT 1"_qs); // the database answers, too
    return HttpResponse::json(200,
        QJsonObject {
            {u"status"_qs, u"ok"_qs},
            {u"version"_qs, ctx.services.version},
            {u"database"_qs, ctx.services.database->engine()},
            {u"time"_qs, toIsoUtc(QDateTime::currentDateTimeUtc())},
        });
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/health"_qs, Access::publicRoute(), health);
}

} // namespace Kepler::Server::HealthRoutes
