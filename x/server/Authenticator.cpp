#include "Authenticator.h"

#include "Database.h"
#include "Problem.h"
#include "Services.h"
#include "SessionRepository.h"
#include "SessionToken.h"
#include "UserRepository.h"

#include "domain/ErrorCode.h"

namespace Kepler::Server {
namespace {

Authenticator::Result fail(const HttpRequest &request, const char *code, const QString &detail)
{
    return {std::nullopt,
        Problem(401, code, detail).header("WWW-Authenticate", "Bearer").response(request.requestId)};
}

} // namespace

Authenticator::Result Authenticator::authenticate(Services &services, const HttpRequest &request)
{
    const QByteArray header = request.header("authorization");
    if (!header.startsWith("Bearer "))
        return fail(
            request, ErrorCode::Unauthenticated, u"Sign in first: send Authorization: Bearer <token>"_qs);
    const QByteArray token = header.mid(7).trimmed();
    if (token.isEmpty() || token.size() > 128)
        return fail(request, ErrorCode::Unauthenticated, u"The bearer token is not valid"_qs);

    QSqlDatabase db = services.database->connection();
    const auto session
        = SessionRepository::findByTokenHash(db, SessionToken::hash(QString::fromLatin1(token)));
    if (!session)
        return fail(request, ErrorCode::Unauthenticated, u"The bearer token is not valid"_qs);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (session->revoked || now >= session->expiresAtMs)
        return fail(request, ErrorCode::SessionExpired, u"The session has ended; sign in again"_qs);
    const auto user = UserRepository::find(db, session->userId);
    if (!user || user->user.disabled)
        return fail(request, ErrorCode::SessionExpired, u"The session has ended; sign in again"_qs);

    qint64 expiresAt = session->expiresAtMs;
    if (now - session->lastSeenAtMs >= services.sessions.touchIntervalMs()) {
        expiresAt
            = std::min(now + services.sessions.idleMs, session->createdAtMs + services.sessions.absoluteMs);
        SessionRepository::touch(db, session->id, now, expiresAt);
    }
    AuthSession auth;
    auth.sessionId = session->id;
    auth.user = user->user;
    auth.expiresAt = QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC);
    return {auth, std::nullopt};
}

} // namespace Kepler::Server
