#include "RequestExecutor.h"

#include "Authenticator.h"
#include "DatabaseError.h"
#include "GatewayAuthenticator.h"
#include "GatewayTestHooks.h"
#include "Logging.h"
#include "MetricsRecorder.h"
#include "Problem.h"
#include "RequestContext.h"
#include "Services.h"

#include "domain/ErrorCode.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

namespace Kepler::Server::RequestExecutor {
namespace {

// The last line of defence: a handler that throws still answers problem+json.
template<typename Fn> HttpResponse guarded(const HttpRequest &request, Fn &&run)
{
    try {
        return run();
    } catch (const DatabaseError &e) {
        qCWarning(lcServer) << "request" << request.requestId << request.method << request.path
                            << "database error:" << e.what();
        if (e.unavailable())
            return Problem(503, ErrorCode::Unavailable, u"The database is busy or unreachable; try again"_qs)
                .header("Retry-After", "1")
                .response(request.requestId);
        return Problem(500, ErrorCode::Internal, u"Something went wrong; quote the request id"_qs)
            .response(request.requestId);
    } catch (const std::exception &e) {
        qCCritical(lcServer) << "request" << request.requestId << request.method << request.path
                             << "failed:" << e.what();
        return Problem(500, ErrorCode::Internal, u"Something went wrong; quote the request id"_qs)
            .response(request.requestId);
    }
}

QString serviceLabel(const Route &route)
{
    if (!route.metricsService.isEmpty())
        return route.metricsService;
    static const QString prefix = u"/open/v1/"_qs;
    return route.pattern.mid(prefix.size()).section(u'/', 0, 0).section(u':', 0, 0);
}

QString partnerBucket(qint64 partnerId)
{
    return u"partner:"_qs + QString::number(partnerId);
}

QByteArray retryAfterSeconds(qint64 waitMs)
{
    return QByteArray::number(std::max<qint64>(1, (waitMs + 999) / 1000));
}

// /api/v1 per signed-in session (a runaway script, a stolen token used hard), across instances.
qint64 sessionWaitMs(Services &services, const AuthSession &auth, qint64 nowMs)
{
    if (services.apiRateLimit <= 0)
        return 0;
    return services.rateLimiter.take(*services.database, u"session:"_qs + QString::number(auth.sessionId),
        services.apiRateLimit, nowMs, services.apiRateLimit * Services::ApiBurstSeconds);
}

// /open/v1: test hooks, signature, rate limit, handler; every answer is one metrics sample and
// carries the time the platform used (X-Kepler-Time), which is the minute it is counted in.
HttpResponse executeSigned(Services &services, const Route &route, RequestContext &ctx)
{
    QElapsedTimer clock;
    clock.start();
    const HttpRequest &request = ctx.request;
    ctx.nowMs = QDateTime::currentMSecsSinceEpoch();
    qint64 partnerId = 0;
    HttpResponse response = guarded(request, [&]() -> HttpResponse {
        GatewayTestHooks hooks;
        if (services.testHooks) {
            QString problem;
            const auto read = GatewayTestHooks::read(request, &problem);
            if (!read)
                return Problem(400, ErrorCode::ValidationFailed, problem).response(request.requestId);
            hooks = *read;
            if (hooks.clockMs)
                ctx.nowMs = *hooks.clockMs;
            if (hooks.addedLatencyMs > 0)
                QThread::msleep(hooks.addedLatencyMs);
        }
        GatewayAuthenticator::Result caller = GatewayAuthenticator::authenticate(services, request);
        partnerId = caller.partnerId;
        if (caller.failure)
            return *caller.failure;
        ctx.partner = caller.caller;
        if (hooks.injectError)
            return Problem(503, ErrorCode::InjectedFault, u"A fault injected by X-Kepler-Fault"_qs)
                .header("Retry-After", "1")
                .response(request.requestId);
        if (const qint64 waitMs = services.rateLimiter.take(
                *services.database, partnerBucket(partnerId), ctx.partner->rateLimit, ctx.nowMs))
            return Problem(429, ErrorCode::RateLimited,
                u"Over this partner's rate limit of %1 requests a second"_qs.arg(ctx.partner->rateLimit))
                .header("Retry-After", retryAfterSeconds(waitMs))
                .extra(u"rateLimit"_qs, ctx.partner->rateLimit)
                .response(request.requestId);
        return route.handler(ctx);
    });
    response.withHeader("X-Kepler-Time", QByteArray::number(ctx.nowMs));
    if (services.metrics)
        services.metrics->record(RequestSample {
            partnerId, serviceLabel(route), response.status, clock.nsecsElapsed() / 1000, ctx.nowMs});
    return response;
}

} // namespace

HttpResponse execute(
    Services &services, const Route &route, const QHash<QString, QString> &params, const HttpRequest &request)
{
    RequestContext ctx {request, params, std::nullopt, services};
    if (route.access.partnerSigned)
        return executeSigned(services, route, ctx);
    return guarded(request, [&]() -> HttpResponse {
        ctx.nowMs = QDateTime::currentMSecsSinceEpoch();
        if (route.access.requiresLogin) {
            Authenticator::Result auth = Authenticator::authenticate(services, request);
            if (auth.failure)
                return *auth.failure;
            ctx.auth = auth.session;
            if (const qint64 waitMs = sessionWaitMs(services, *ctx.auth, ctx.nowMs))
                return Problem(429, ErrorCode::RateLimited,
                    u"Over this session's limit of %1 requests a second; wait and try again"_qs.arg(
                        services.apiRateLimit))
                    .header("Retry-After", retryAfterSeconds(waitMs))
                    .extra(u"rateLimit"_qs, services.apiRateLimit)
                    .response(request.requestId);
            if (route.access.roles && !(ctx.auth->user.roles & route.access.roles))
                return Problem::forbidden().response(request.requestId);
        }
        return route.handler(ctx);
    });
}

} // namespace Kepler::Server::RequestExecutor
