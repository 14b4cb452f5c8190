#include "PartnerKeyRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "PartnerKeyRepository.h"
#include "PartnerRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"

#include <QJsonArray>

namespace Kepler::Server::PartnerKeyRoutes {
namespace {

constexpr int DefaultOverlapHours = 24;
constexpr int MaxOverlapHours = 168;
constexpr int MaxNoteLength = 500;

const Roles kManagers = Role::Operator | Role::Admin;
const Roles kReaders = Role::Operator | Role::Admin | Role::Manager | Role::Reviewer;

// The body, if any, as an object; an empty body counts as {}.
std::optional<HttpResponse> readOptionalBody(RequestContext &ctx, QJsonObject *body)
{
    if (ctx.request.body.trimmed().isEmpty())
        return std::nullopt;
    return ctx.readJsonObject(body);
}

// The {keyId} of the path, when it names a key of the partner; another partner's key is "not
// found" too, so ids of other partners' keys cannot be probed through this partner.
std::optional<PartnerKey> keyOfPartner(RequestContext &ctx, const QSqlDatabase &db, qint64 partnerId)
{
    bool ok = false;
    const qint64 keyId = ctx.params.value(u"keyId"_qs).toLongLong(&ok);
    if (!ok || keyId < 1)
        return std::nullopt;
    auto key = PartnerKeyRepository::find(db, keyId);
    if (!key || key->partnerId != partnerId)
        return std::nullopt;
    return key;
}

void audit(RequestContext &ctx, Transaction &tx, const QString &action, qint64 partnerId,
    const QJsonValue &before, const QJsonValue &after, const QJsonValue &details = QJsonValue::Null)
{
    AuditEvent event {0, {}, ctx.actor(), action, u"partner"_qs, QString::number(partnerId), before, after,
        QString::fromLatin1(ctx.request.requestId), details};
    AuditLog::append(tx.db(), event);
}

// Inserts a new key for the partner and answers what issue and rotate return: the key and, this
// once, the secret.
IssuedPartnerKey issueKey(RequestContext &ctx, Transaction &tx, qint64 partnerId, const QDateTime &now)
{
    IssuedPartnerKey issued;
    issued.key.partnerId = partnerId;
    issued.key.appKey = PartnerKeyRepository::generateAppKey();
    issued.key.createdBy = ctx.actor();
    issued.key.createdAt = now;
    issued.secret = PartnerKeyRepository::generateSecret();
    issued.key.id = PartnerKeyRepository::insert(tx.db(), issued.key, issued.secret);
    return issued;
}

QJsonObject withSecret(const IssuedPartnerKey &issued, const QDateTime &now)
{
    QJsonObject o = issued.key.toJson(now);
    o.insert(u"secret"_qs, issued.secret);
    return o;
}

HttpResponse listKeys(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(ctx.request.requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    if (!PartnerRepository::find(tx.db(), *id))
        return Problem::notFound(u"The partner"_qs).response(ctx.request.requestId);
    const QList<PartnerKey> keys = PartnerKeyRepository::listForPartner(tx.db(), *id);
    tx.commit();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray items;
    for (const PartnerKey &k : keys)
        items.append(k.toJson(now));
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, items}});
}

// New keys need a partner that exists and can still call: a terminated or rejected partner never
// will, so a key for it could only leak. nullopt: go ahead.
std::optional<HttpResponse> refuseNewKeys(
    const QSqlDatabase &db, qint64 partnerId, const QByteArray &requestId)
{
    const auto partner = PartnerRepository::find(db, partnerId);
    if (!partner)
        return Problem::notFound(u"The partner"_qs).response(requestId);
    if (partner->status != PartnerStatus::Terminated && partner->status != PartnerStatus::Rejected)
        return std::nullopt;
    return Problem(409, ErrorCode::PartnerClosed,
        u"The partner is %1; it gets no new keys"_qs.arg(toString(partner->status)))
        .extra(u"currentStatus"_qs, toString(partner->status))
        .response(requestId);
}

HttpResponse issue(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = readOptionalBody(ctx, &body))
        return *bad;
    JsonFields f(body);
    f.rejectUnknown();
    if (!f.ok())
        return Problem::validation(f.errors()).response(requestId);
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(requestId);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    if (auto refused = refuseNewKeys(tx.db(), *id, requestId))
        return *refused;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const IssuedPartnerKey issued = issueKey(ctx, tx, *id, now);
    audit(ctx, tx, u"partner.key.issue"_qs, *id, QJsonValue::Null, issued.key.toJson(now));
    tx.commit();
    return HttpResponse::json(201, withSecret(issued, now));
}

HttpResponse rotate(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = readOptionalBody(ctx, &body))
        return *bad;
    JsonFields f(body);
    const int overlapHours
        = int(f.integer(u"overlapHours"_qs, false, 0, MaxOverlapHours).value_or(DefaultOverlapHours));
    f.rejectUnknown();
    if (!f.ok())
        return Problem::validation(f.errors()).response(requestId);
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(requestId);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    if (auto refused = refuseNewKeys(tx.db(), *id, requestId))
        return *refused;
    const auto old = keyOfPartner(ctx, tx.db(), *id);
    if (!old)
        return Problem::notFound(u"The key"_qs).response(requestId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Rotating an expiring key again is allowed (its expiry only moves earlier); a revoked or
    // expired key has nothing left to hand over.
    if (!old->isUsableAt(now))
        return Problem(409, ErrorCode::KeyNotActive,
            u"The key is %1; issue a new key instead"_qs.arg(toString(old->stateAt(now))))
            .extra(u"state"_qs, toString(old->stateAt(now)))
            .response(requestId);

    PartnerKey after = *old;
    QDateTime expiry = now.addSecs(qint64(overlapHours) * 3600);
    if (old->expiresAt.isValid() && old->expiresAt < expiry)
        expiry = old->expiresAt;
    after.expiresAt = expiry;
    PartnerKeyRepository::setExpiry(tx.db(), old->id, expiry.toMSecsSinceEpoch());
    const IssuedPartnerKey issued = issueKey(ctx, tx, *id, now);
    audit(ctx, tx, u"partner.key.rotate"_qs, *id, old->toJson(now), after.toJson(now),
        QJsonObject {{u"overlapHours"_qs, overlapHours}, {u"newKeyId"_qs, issued.key.id},
            {u"newAppKey"_qs, issued.key.appKey}});
    audit(ctx, tx, u"partner.key.issue"_qs, *id, QJsonValue::Null, issued.key.toJson(now),
        QJsonObject {{u"rotatedFrom"_qs, old->id}});
    tx.commit();
    QJsonObject answer = withSecret(issued, now);
    answer.insert(u"previous"_qs, after.toJson(now));
    return HttpResponse::json(201, answer);
}

HttpResponse revoke(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = readOptionalBody(ctx, &body))
        return *bad;
    JsonFields f(body);
    const QString note = f.string(u"note"_qs, false, 0, MaxNoteLength).value_or(QString()).trimmed();
    f.rejectUnknown();
    if (!f.ok())
        return Problem::validation(f.errors()).response(requestId);
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(requestId);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    if (!PartnerRepository::find(tx.db(), *id))
        return Problem::notFound(u"The partner"_qs).response(requestId);
    const auto key = keyOfPartner(ctx, tx.db(), *id);
    if (!key)
        return Problem::notFound(u"The key"_qs).response(requestId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (key->revokedAt.isValid())
        return Problem(409, ErrorCode::KeyAlreadyRevoked,
            u"The key was already revoked by %1 at %2"_qs.arg(key->revokedBy, toIsoUtc(key->revokedAt)))
            .extra(u"current"_qs, key->toJson(now))
            .response(requestId);

    PartnerKey after = *key;
    after.revokedAt = now;
    after.revokedBy = ctx.actor();
    PartnerKeyRepository::revoke(tx.db(), key->id, now.toMSecsSinceEpoch(), ctx.actor());
    audit(ctx, tx, u"partner.key.revoke"_qs, *id, key->toJson(now), after.toJson(now),
        QJsonObject {{u"note"_qs, note}});
    tx.commit();
    return HttpResponse::json(200, after.toJson(now));
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/partners/{id}/keys"_qs, Access::anyOf(kReaders), listKeys);
    router.add("POST", u"/api/v1/partners/{id}/keys"_qs, Access::anyOf(kManagers), issue);
    router.add("POST", u"/api/v1/partners/{id}/keys/{keyId}/rotate"_qs, Access::anyOf(kManagers), rotate);
    router.add("POST", u"/api/v1/partners/{id}/keys/{keyId}/revoke"_qs, Access::anyOf(kManagers), revoke);
}

} // namespace Kepler::Server::PartnerKeyRoutes
