#include "SessionRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "PasswordHasher.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "SessionRepository.h"
#include "SessionToken.h"
#include "Transaction.h"
#include "UserRepository.h"

#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"
#include "domain/Partner.h"

#include <QJsonArray>
#include <cmath>

namespace Kepler::Server::SessionRoutes {
namespace {

constexpr int SessionUserAgentMax = 200;

QJsonObject userSummary(const StaffUser &user)
{
    return QJsonObject {{u"id"_qs, user.id}, {u"username"_qs, user.username},
        {u"displayName"_qs, user.displayName},
        {u"roles"_qs, QJsonArray::fromStringList(rolesToStrings(user.roles))}};
}

HttpResponse invalidCredentials(const HttpRequest &request)
{
    return Problem(401, ErrorCode::InvalidCredentials, u"Wrong username or password"_qs)
        .response(request.requestId);
}

HttpResponse createSession(RequestContext &ctx)
{
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    JsonFields f(body);
    const auto username = f.string(u"username"_qs, true, 1, 256);
    const QJsonValue passwordValue = body.value(u"password"_qs);
    if (passwordValue.isUndefined() || passwordValue.isNull())
        f.addError(u"password"_qs, u"required"_qs, u"is required"_qs);
    else if (!passwordValue.isString())
        f.addError(u"password"_qs, u"wrong_type"_qs, u"must be a string"_qs);
    if (!f.ok())
        return Problem::validation(f.errors()).response(ctx.request.requestId);
    const QString password = passwordValue.toString();

    Services &s = ctx.services;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (const qint64 wait = s.throttle.retryAfterMs(*username, now)) {
        const qint64 seconds = qint64(std::ceil(double(wait) / 1000.0));
        return Problem(429, ErrorCode::TooManyAttempts,
            u"Too many failed sign-ins for this account; try again in %1 s"_qs.arg(seconds))
            .header("Retry-After", QByteArray::number(seconds))
            .response(ctx.request.requestId);
    }

    const auto record = UserRepository::findByUsername(s.database->connection(), *username);
    // Argon2 runs outside any transaction: it takes tens of milliseconds and must not hold a lock.
    const bool ok = record ? PasswordHasher::verify(record->passwordHash, password)
                           : (PasswordHasher::verifyDummy(password), false);
    if (!ok) {
        s.throttle.recordFailure(*username, now);
        return invalidCredentials(ctx.request);
    }
    s.throttle.recordSuccess(*username);
    if (record->user.disabled)
        return Problem(403, ErrorCode::AccountDisabled, u"This account is disabled"_qs)
            .response(ctx.request.requestId);

    const QString token = SessionToken::generate();
    const qint64 expiresAt = now + std::min(s.sessions.idleMs, s.sessions.absoluteMs);
    Transaction tx(*s.database, Transaction::Kind::Write);
    // What the session list shows to tell sign-ins apart; a client's own words, so kept short.
    const QString userAgent
        = QString::fromUtf8(ctx.request.header("user-agent")).left(SessionUserAgentMax).trimmed();
    const qint64 sessionId = SessionRepository::insert(tx.db(), SessionToken::hash(token), record->user.id,
        now, expiresAt, userAgent, ctx.request.remoteAddress);
    UserRepository::setLastLogin(tx.db(), record->user.id, now);
    const QString expiresIso = toIsoUtc(QDateTime::fromMSecsSinceEpoch(expiresAt, Qt::UTC));
    AuditLog::append(tx.db(),
        {0, {}, record->user.username, u"session.create"_qs, u"session"_qs, QString::number(sessionId),
            QJsonValue::Null,
            QJsonObject {{u"userId"_qs, record->user.id}, {u"expiresAt"_qs, expiresIso},
                {u"address"_qs, ctx.request.remoteAddress}},
            QString::fromLatin1(ctx.request.requestId)});
    tx.commit();
    return HttpResponse::json(201,
        QJsonObject {
            {u"token"_qs, token}, {u"expiresAt"_qs, expiresIso}, {u"user"_qs, userSummary(record->user)}});
}

HttpResponse currentSession(RequestContext &ctx)
{
    return HttpResponse::json(200,
        QJsonObject {{u"id"_qs, ctx.auth->sessionId}, {u"expiresAt"_qs, toIsoUtc(ctx.auth->expiresAt)},
            {u"user"_qs, userSummary(ctx.auth->user)}});
}

HttpResponse deleteSession(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    SessionRepository::revoke(tx.db(), ctx.auth->sessionId, QDateTime::currentMSecsSinceEpoch());
    AuditLog::append(tx.db(),
        {0, {}, ctx.actor(), u"session.revoke"_qs, u"session"_qs, QString::number(ctx.auth->sessionId),
            QJsonObject {{u"userId"_qs, ctx.auth->user.id}}, QJsonValue::Null,
            QString::fromLatin1(ctx.request.requestId)});
    tx.commit();
    return HttpResponse::noContent();
}

// ASVS V3.3/V3.4: an account sees its live sessions and can end any of them; an admin can do the
// same for every account. Never the token or its hash: a session is named by its id.
QJsonObject sessionJson(const SessionRecord &session, qint64 currentId)
{
    const auto iso = [](qint64 ms) {
        return toIsoUtc(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
    };
    return QJsonObject {{u"id"_qs, session.id}, {u"userId"_qs, session.userId},
        {u"createdAt"_qs, iso(session.createdAtMs)}, {u"lastSeenAt"_qs, iso(session.lastSeenAtMs)},
        {u"expiresAt"_qs, iso(session.expiresAtMs)}, {u"current"_qs, session.id == currentId},
        {u"userAgent"_qs, session.userAgent}, {u"address"_qs, session.clientAddress}};
}

HttpResponse sessionList(RequestContext &ctx, qint64 userId)
{
    const QList<SessionRecord> live = SessionRepository::listLive(
        ctx.services.database->connection(), userId, QDateTime::currentMSecsSinceEpoch());
    QJsonArray items;
    for (const SessionRecord &session : live)
        items.append(sessionJson(session, ctx.auth->sessionId));
    return HttpResponse::json(200,
        QJsonObject {
            {u"items"_qs, items}, {u"nextCursor"_qs, QJsonValue::Null}, {u"total"_qs, items.size()}});
}

HttpResponse listOwnSessions(RequestContext &ctx)
{
    return sessionList(ctx, ctx.auth->user.id);
}

HttpResponse listUserSessions(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    if (!id || !UserRepository::find(ctx.services.database->connection(), *id))
        return Problem::notFound(u"The user"_qs).response(ctx.request.requestId);
    return sessionList(ctx, *id);
}

void auditRevoke(const QSqlDatabase &db, const RequestContext &ctx, const SessionRecord &session)
{
    AuditLog::append(db,
        {0, {}, ctx.actor(), u"session.revoke"_qs, u"session"_qs, QString::number(session.id),
            QJsonObject {{u"userId"_qs, session.userId}}, QJsonValue::Null,
            QString::fromLatin1(ctx.request.requestId)});
}

// Another account's session is "not found" for a non-admin: its existence is not theirs to learn.
HttpResponse revokeSession(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    const bool admin = ctx.auth->user.roles.testFlag(Role::Admin);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto session = id ? SessionRepository::find(tx.db(), *id) : std::nullopt;
    if (!session || (session->userId != ctx.auth->user.id && !admin) || session->revoked
        || session->expiresAtMs <= now)
        return Problem::notFound(u"The session"_qs).response(ctx.request.requestId);
    SessionRepository::revoke(tx.db(), session->id, now);
    auditRevoke(tx.db(), ctx, *session);
    tx.commit();
    return HttpResponse::noContent();
}

HttpResponse revokeUserSessions(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    if (!id || !UserRepository::find(tx.db(), *id))
        return Problem::notFound(u"The user"_qs).response(ctx.request.requestId);
    const int revoked
        = SessionRepository::revokeAllForUser(tx.db(), *id, QDateTime::currentMSecsSinceEpoch());
    AuditLog::append(tx.db(),
        {0, {}, ctx.actor(), u"session.revoke_all"_qs, u"user"_qs, QString::number(*id), QJsonValue::Null,
            QJsonObject {{u"revoked"_qs, revoked}}, QString::fromLatin1(ctx.request.requestId)});
    tx.commit();
    return HttpResponse::json(200, QJsonObject {{u"revoked"_qs, revoked}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/sessions"_qs, Access::publicRoute(), createSession);
    router.add("GET", u"/api/v1/sessions"_qs, Access::anyUser(), listOwnSessions);
    router.add("GET", u"/api/v1/sessions/current"_qs, Access::anyUser(), currentSession);
    router.add("DELETE", u"/api/v1/sessions/current"_qs, Access::anyUser(), deleteSession);
    router.add("DELETE", u"/api/v1/sessions/{id}"_qs, Access::anyUser(), revokeSession);
    router.add("GET", u"/api/v1/users/{id}/sessions"_qs, Access::anyOf(Role::Admin), listUserSessions);
    router.add("DELETE", u"/api/v1/users/{id}/sessions"_qs, Access::anyOf(Role::Admin), revokeUserSessions);
}

} // namespace Kepler::Server::SessionRoutes
