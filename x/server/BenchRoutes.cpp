#include "BenchRoutes.h"

#include "Router.h"

#include <QThread>

namespace Kepler::Server::BenchRoutes {

void registerRoutes(Router &router)
{
    Route sleep;
    sleep.method = "GET";
    sleep.pattern = u"/api/v1/_bench/sleep"_qs;
    sleep.access = Access::publicRoute();
    sleep.handler = [](RequestContext &ctx) {
        const int ms = std::clamp(ctx.request.queryValue(u"ms"_qs).toInt(), 0, 5000);
        QThread::msleep(ulong(ms));
        return HttpResponse::json(200, QJsonObject {{u"sleptMs"_qs, ms}});
    };
    sleep.runOnLoop = [](const HttpRequest &r) {
        return r.queryValue(u"onLoop"_qs) == u"1"_qs;
    };
    router.add(std::move(sleep));
}

} // namespace Kepler::Server::BenchRoutes
