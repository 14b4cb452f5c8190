#include "RequestExecutor.h"

#include "Authenticator.h"
#include "DatabaseError.h"
#include "GatewayAuthenticator.h"
#include "Logging.h"
#include "Problem.h"
#include "RequestContext.h"

#include "domain/ErrorCode.h"

namespace Kepler::Server::RequestExecutor {

HttpResponse execute(
    Services &services, const Route &route, const QHash<QString, QString> &params, const HttpRequest &request)
{
    try {
        RequestContext ctx {request, params, std::nullopt, services};
        if (route.access.partnerSigned) {
            GatewayAuthenticator::Result caller = GatewayAuthenticator::authenticate(services, request);
            if (caller.failure)
                return *caller.failure;
            ctx.partner = caller.caller;
        } else if (route.access.requiresLogin) {
            Authenticator::Result auth = Authenticator::authenticate(services, request);
            if (auth.failure)
                return *auth.failure;
            ctx.auth = auth.session;
            if (route.access.roles && !(ctx.auth->user.roles & route.access.roles))
                return Problem::forbidden().response(request.requestId);
        }
        return route.handler(ctx);
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

} // namespace Kepler::Server::RequestExecutor
