#include "PartnerBulkRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "IdempotencyStore.h"
#include "IdempotentRequest.h"
#include "PartnerGroupRepository.h"
#include "PartnerRepository.h"
#include "PartnerTransition.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/PartnerBulk.h"
#include "domain/PartnerValidator.h"

#include <QJsonDocument>

namespace Kepler::Server::PartnerBulkRoutes {
namespace {

BulkRowResult failed(qint64 id, const char *code, const QString &detail, const QString &currentStatus = {})
{
    BulkRowResult r;
    r.id = id;
    r.code = QString::fromLatin1(code);
    r.detail = detail;
    r.currentStatus = currentStatus;
    return r;
}

BulkRowResult succeeded(qint64 id, int version)
{
    BulkRowResult r;
    r.id = id;
    r.ok = true;
    r.version = version;
    return r;
}

BulkRowResult transition(RequestContext &ctx, const QSqlDatabase &db, qint64 id, PartnerAction action,
    const PartnerTransition::Reason &reason)
{
    using Kind = PartnerTransition::Outcome::Kind;
    const auto outcome
        = PartnerTransition::apply(db, id, 0, action, reason, ctx.actor(), ctx.request.requestId);
    switch (outcome.kind) {
    case Kind::Done:
        return succeeded(id, outcome.partner->version);
    case Kind::NotFound:
        return failed(id, ErrorCode::NotFound, u"No partner has this id"_qs);
    case Kind::InvalidTransition:
    case Kind::VersionConflict: // no If-Match per row, so not reached
    case Kind::SeparationOfDuties: // suspend/resume have no such rule
        break;
    }
    const QString status = toString(outcome.partner->status);
    return failed(id, ErrorCode::InvalidTransition,
        u"Cannot %1 a partner that is %2"_qs.arg(toString(action), status), status);
}

// tag / untag / set-group: an edit of one field, audited as partner.update like a PATCH; a row
// with nothing to change succeeds without a new version or audit line.
BulkRowResult edit(RequestContext &ctx, const QSqlDatabase &db, qint64 id, const BulkRequest &request)
{
    const auto current = PartnerRepository::find(db, id);
    if (!current)
        return failed(id, ErrorCode::NotFound, u"No partner has this id"_qs);
    Partner after = *current;
    if (request.action == BulkAction::Tag && !after.tags.contains(request.tag))
        after.tags.append(request.tag);
    else if (request.action == BulkAction::Untag)
        after.tags.removeAll(request.tag);
    else if (request.action == BulkAction::SetGroup)
        after.group = request.group;
    if (after == *current)
        return succeeded(id, current->version);
    if (after.tags.size() > PartnerLimits::TagsMax)
        return failed(
            id, ErrorCode::ValidationFailed, u"A partner has at most %1 tags"_qs.arg(PartnerLimits::TagsMax));
    after.version = current->version + 1;
    after.updatedBy = ctx.actor();
    after.updatedAt = QDateTime::currentDateTimeUtc();
    PartnerRepository::update(db, after);
    after = *PartnerRepository::find(db, id); // effectiveQuota follows the new group
    AuditLog::append(db,
        {0, {}, ctx.actor(), u"partner.update"_qs, u"partner"_qs, QString::number(id), current->toJson(),
            after.toJson(), QString::fromLatin1(ctx.request.requestId)});
    return succeeded(id, after.version);
}

// Runs every row in one write transaction that also stores the answer under the key.
QByteArray run(RequestContext &ctx, const BulkRequest &request, const PartnerTransition::Reason &reason,
    const QString &key)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    BulkResult result;
    const auto lifecycle = lifecycleActionOf(request.action);
    for (qint64 id : request.ids) {
        const BulkRowResult row
            = lifecycle ? transition(ctx, tx.db(), id, *lifecycle, reason) : edit(ctx, tx.db(), id, request);
        ++(row.ok ? result.okCount : result.errorCount);
        result.results.append(row);
    }
    const QByteArray body = QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact);
    IdempotencyStore::complete(tx.db(), ctx.actor(), key, 200, body);
    tx.commit();
    return body;
}

HttpResponse bulk(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QString key;
    if (auto bad = IdempotentRequest::readKey(ctx, u", so a retried request cannot act twice"_qs, &key))
        return *bad;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    FieldErrors errors;
    const auto request = BulkRequest::fromJson(body, &errors);
    PartnerTransition::Reason reason;
    if (request) {
        if (const auto action = lifecycleActionOf(request->action)) {
            QJsonObject reasonJson;
            for (const QString &field : {u"reasonCode"_qs, u"note"_qs})
                if (body.contains(field))
                    reasonJson.insert(field, body.value(field));
            errors = PartnerTransition::readReason(reasonJson, *action, &reason);
        } else if (!request->group.isEmpty()
            && !PartnerGroupRepository::find(ctx.services.database->connection(), request->group)) {
            errors.append({u"group"_qs, QString::fromLatin1(ErrorCode::UnknownGroupField),
                u"no partner group has the code '%1'"_qs.arg(request->group)});
        }
    }
    if (!errors.isEmpty())
        return Problem::validation(errors).response(requestId);

    if (auto answer = IdempotentRequest::claim(ctx, key))
        return *answer;
    try {
        return HttpResponse::json(200, run(ctx, *request, reason, key));
    } catch (...) {
        IdempotentRequest::releaseQuietly(ctx, key); // nothing was written: free the key for a retry
        throw;
    }
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/partners:bulk"_qs, Access::anyOf(Role::Operator | Role::Admin), bulk);
}

} // namespace Kepler::Server::PartnerBulkRoutes
