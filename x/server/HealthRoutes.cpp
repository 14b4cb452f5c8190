#include "HealthRoutes.h"

#include "CatalogMemoryIndex.h"
#include "Database.h"
#include "Router.h"
#include "Services.h"
#include "Sql.h"

#include "domain/Partner.h"

namespace Kepler::Server::HealthRoutes {

namespace {

// Public: load balancers and the console's connection monitor ask it without a token. It says only
// that the service and its database answer; which build runs on which engine is for signed-in
// staff (/health/details), not for whoever can reach the port (OWASP API8, misconfiguration:
// a version string tells an attacker which published flaws to try).
HttpResponse health(RequestContext &ctx)
{
    Sql::scalar(ctx.services.database->connection(), u"SELECT 1"_qs); // the database answers, too
    return HttpResponse::json(200,
        QJsonObject {
            {u"status"_qs, u"ok"_qs},
            {u"time"_qs, toIsoUtc(QDateTime::currentDateTimeUtc())},
        });
}

HttpResponse details(RequestContext &ctx)
{
    Sql::scalar(ctx.services.database->connection(), u"SELECT 1"_qs);
    return HttpResponse::json(200,
        QJsonObject {
            {u"status"_qs, u"ok"_qs},
            {u"version"_qs, ctx.services.version},
            {u"database"_qs, ctx.services.database->engine()},
            // "memory" once keyword search runs from the loaded index, "loading" before, "sql" when off.
            {u"catalogSearch"_qs,
                !ctx.services.catalogIndex               ? u"sql"_qs
                    : ctx.services.catalogIndex->ready() ? u"memory"_qs
                                                         : u"loading"_qs},
            {u"time"_qs, toIsoUtc(QDateTime::currentDateTimeUtc())},
        });
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/health"_qs, Access::publicRoute(), health);
    router.add("GET", u"/api/v1/health/details"_qs, Access::anyUser(), details);
}

} // namespace Kepler::Server::HealthRoutes
