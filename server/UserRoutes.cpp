#include "UserRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "IdempotentRequest.h"
#include "PasswordHasher.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "SessionRepository.h"
#include "StaffUserInput.h"
#include "Transaction.h"
#include "UserRepository.h"

#include "domain/ErrorCode.h"
#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler::Server::UserRoutes {
namespace {

const Access kAdmin = Access::anyOf(Role::Admin);

HttpResponse userResponse(int status, const StaffUser &user)
{
    return HttpResponse::json(status, user.toJson()).withHeader("ETag", partnerEtag(user.version));
}

AuditEvent event(const RequestContext &ctx, const QString &action, qint64 id, const QJsonValue &before,
    const QJsonValue &after)
{
    return {0, {}, ctx.actor(), action, u"user"_qs, QString::number(id), before, after,
        QString::fromLatin1(ctx.request.requestId)};
}

HttpResponse listUsers(RequestContext &ctx)
{
    const QList<StaffUser> users = UserRepository::list(ctx.services.database->connection());
    QJsonArray items;
    for (const StaffUser &u : users)
        items.append(u.toJson());
    return HttpResponse::json(200,
        QJsonObject {
            {u"items"_qs, items}, {u"nextCursor"_qs, QJsonValue::Null}, {u"total"_qs, users.size()}});
}

HttpResponse createUser(RequestContext &ctx)
{
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    StaffUser user;
    QString password;
    if (const FieldErrors errors = StaffUserInput::readNewUser(body, &user, &password); !errors.isEmpty())
        return Problem::validation(errors).response(ctx.request.requestId);
    const QString hash = PasswordHasher::hash(password); // slow: before the write lock
    user.createdAt = QDateTime::currentDateTimeUtc();

    // An optional Idempotency-Key (the console sends one and retries after a lost answer): the same
    // key and body answer the account already created instead of "username taken".
    return IdempotentRequest::createOnce(ctx, [&](Transaction &tx) {
        if (UserRepository::findByUsername(tx.db(), user.username))
            return Problem(409, ErrorCode::Duplicate, u"The username %1 is taken"_qs.arg(user.username))
                .field(u"username"_qs, u"duplicate"_qs, u"is taken"_qs)
                .response(ctx.request.requestId);
        user.id = UserRepository::insert(tx.db(), user, hash);
        user = UserRepository::find(tx.db(), user.id)->user;
        AuditLog::append(tx.db(), event(ctx, u"user.create"_qs, user.id, QJsonValue::Null, user.toJson()));
        return userResponse(201, user).withHeader("Location", "/api/v1/users/" + QByteArray::number(user.id));
    });
}

HttpResponse getUser(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    const auto record = id ? UserRepository::find(ctx.services.database->connection(), *id) : std::nullopt;
    if (!record)
        return Problem::notFound(u"The user"_qs).response(ctx.request.requestId);
    return userResponse(200, record->user);
}

HttpResponse patchUser(RequestContext &ctx)
{
    int expected = 0;
    if (auto bad = ctx.readIfMatch(&expected))
        return *bad;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The user"_qs).response(ctx.request.requestId);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto record = UserRepository::find(tx.db(), *id);
    if (!record)
        return Problem::notFound(u"The user"_qs).response(ctx.request.requestId);
    const StaffUser before = record->user;
    if (expected != 0 && expected != before.version)
        return Problem(412, ErrorCode::VersionConflict, u"Someone changed this user since you read it"_qs)
            .extra(u"current"_qs, before.toJson())
            .header("ETag", partnerEtag(before.version))
            .response(ctx.request.requestId);
    StaffUser after = before;
    FieldErrors errors = StaffUserInput::applyPatch(body, &after);
    // An admin cannot lock themselves out: someone must be able to fix accounts afterwards.
    if (errors.isEmpty() && after.id == ctx.auth->user.id) {
        if (after.disabled)
            errors.append({u"disabled"_qs, QString::fromLatin1(ErrorCode::CannotDisableSelfField),
                u"You cannot disable your own account; ask another admin"_qs});
        if (!after.roles.testFlag(Role::Admin))
            errors.append({u"roles"_qs, QString::fromLatin1(ErrorCode::CannotRemoveOwnAdminField),
                u"You cannot remove your own admin role; ask another admin"_qs});
    }
    if (!errors.isEmpty())
        return Problem::validation(errors).response(ctx.request.requestId);
    if (after == before)
        return userResponse(200, before);
    UserRepository::update(tx.db(), after);
    if (after.disabled && !before.disabled)
        SessionRepository::revokeAllForUser(tx.db(), after.id, QDateTime::currentMSecsSinceEpoch());
    after = UserRepository::find(tx.db(), after.id)->user;
    AuditLog::append(tx.db(), event(ctx, u"user.update"_qs, after.id, before.toJson(), after.toJson()));
    tx.commit();
    return userResponse(200, after);
}

HttpResponse resetPassword(RequestContext &ctx)
{
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    QString password;
    if (const FieldErrors errors = StaffUserInput::readPassword(body, &password); !errors.isEmpty())
        return Problem::validation(errors).response(ctx.request.requestId);
    const auto id = ctx.idParam();
    if (!id || !UserRepository::find(ctx.services.database->connection(), *id))
        return Problem::notFound(u"The user"_qs).response(ctx.request.requestId);
    const QString hash = PasswordHasher::hash(password);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto record = UserRepository::find(tx.db(), *id);
    if (!record)
        return Problem::notFound(u"The user"_qs).response(ctx.request.requestId);
    UserRepository::setPassword(tx.db(), *id, hash);
    const int revoked
        = SessionRepository::revokeAllForUser(tx.db(), *id, QDateTime::currentMSecsSinceEpoch());
    // The audit line records that it happened, never the password or its hash.
    AuditLog::append(tx.db(),
        event(ctx, u"user.password_reset"_qs, *id, QJsonObject {{u"version"_qs, record->user.version}},
            QJsonObject {{u"version"_qs, record->user.version + 1}, {u"sessionsRevoked"_qs, revoked}}));
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/users"_qs, kAdmin, listUsers);
    router.add("POST", u"/api/v1/users"_qs, kAdmin, createUser);
    router.add("GET", u"/api/v1/users/{id}"_qs, kAdmin, getUser);
    router.add("PATCH", u"/api/v1/users/{id}"_qs, kAdmin, patchUser);
    router.add("POST", u"/api/v1/users/{id}/password"_qs, kAdmin, resetPassword);
}

} // namespace Kepler::Server::UserRoutes
