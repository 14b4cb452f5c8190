#include "PartnerRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "IdempotentRequest.h"
#include "PageCursor.h"
#include "PartnerGroupRepository.h"
#include "PartnerRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/PartnerValidator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kepler::Server::PartnerRoutes {
namespace {

const Access kEditors = Access::anyOf(Role::Operator | Role::Admin);

HttpResponse partnerResponse(int status, const Partner &partner)
{
    return HttpResponse::json(status, partner.toJson()).withHeader("ETag", partnerEtag(partner.version));
}

AuditEvent event(const RequestContext &ctx, const QString &action, qint64 id, const QJsonValue &before,
    const QJsonValue &after)
{
    return {0, {}, ctx.actor(), action, u"partner"_qs, QString::number(id), before, after,
        QString::fromLatin1(ctx.request.requestId)};
}

// Whether a group exists is a fact of the database, so the service checks it, not the validator.
std::optional<HttpResponse> checkGroupExists(
    const QSqlDatabase &db, const Partner &partner, const QByteArray &requestId)
{
    if (partner.group.isEmpty() || PartnerGroupRepository::find(db, partner.group))
        return std::nullopt;
    return Problem::validation({{u"group"_qs, QString::fromLatin1(ErrorCode::UnknownGroupField),
                                   u"no partner group has the code '%1'"_qs.arg(partner.group)}})
        .response(requestId);
}

// The part of a query a cursor belongs to: everything but the cursor and the page size.
QString selectionOf(PartnerQuery query)
{
    query.cursor.clear();
    query.limit = 0;
    return query.toUrlQuery().toString(QUrl::FullyEncoded);
}

HttpResponse listPartners(RequestContext &ctx)
{
    FieldErrors errors;
    const PartnerQuery query = PartnerQuery::fromUrlQuery(ctx.request.query, &errors);
    if (!errors.isEmpty())
        return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
            .errors(errors)
            .response(ctx.request.requestId);
    qint64 offset = 0;
    if (!query.cursor.isEmpty()) {
        const auto decoded = PageCursor::decode(query.cursor, selectionOf(query));
        if (!decoded)
            return Problem(400, ErrorCode::InvalidCursor,
                u"The cursor is not one this list handed out for these filters"_qs)
                .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another query"_qs)
                .response(ctx.request.requestId);
        offset = *decoded;
    }
    // One read transaction: the total and the page come from the same snapshot.
    Services &services = ctx.services;
    Transaction tx(*services.database, Transaction::Kind::Read);
    const PartnerRepository::KeyPage page = PartnerRepository::listKeys(tx.db(), query, offset);
    const qint64 groupsStamp = PartnerGroupRepository::stamp(tx.db());
    QHash<qint64, QByteArray> json;
    QList<qint64> missing;
    for (const PartnerRepository::Key &key : page.keys) {
        if (auto cached = services.partnerJson.find(key.id, key.version, groupsStamp))
            json.insert(key.id, *cached);
        else
            missing.append(key.id);
    }
    for (const Partner &p : PartnerRepository::findMany(tx.db(), missing)) {
        const QByteArray bytes = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
        services.partnerJson.insert(p.id, p.version, groupsStamp, bytes);
        json.insert(p.id, bytes);
    }
    tx.commit();

    // The body is spliced from cached partner JSON (the hot path); a cursor is base64url, so it
    // needs no JSON escaping.
    const QJsonValue cursor = PageCursor::next(offset, page.keys.size(), page.total, selectionOf(query));
    const QByteArray nextCursor
        = cursor.isNull() ? QByteArray("null") : '"' + cursor.toString().toLatin1() + '"';
    QByteArray body = "{\"items\":[";
    for (qsizetype i = 0; i < page.keys.size(); ++i) {
        if (i > 0)
            body += ',';
        body += json.value(page.keys.at(i).id);
    }
    body += "],\"nextCursor\":" + nextCursor + ",\"total\":" + QByteArray::number(page.total) + '}';
    return HttpResponse::json(200, std::move(body));
}

HttpResponse getPartner(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    const auto partner
        = id ? PartnerRepository::find(ctx.services.database->connection(), *id) : std::nullopt;
    if (!partner)
        return Problem::notFound(u"The partner"_qs).response(ctx.request.requestId);
    return partnerResponse(200, *partner);
}

HttpResponse createPartner(RequestContext &ctx)
{
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    Partner partner;
    if (const FieldErrors errors = readNewPartner(body, &partner); !errors.isEmpty())
        return Problem::validation(errors).response(ctx.request.requestId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    partner.status = PartnerStatus::Applied;
    partner.createdBy = partner.updatedBy = ctx.actor();
    partner.createdAt = partner.updatedAt = now;
    partner.version = 1;

    // An Idempotency-Key is optional here, but honoured: the console sends one and retries a create
    // whose answer was lost; the same key and body then answer with the partner already created.
    return IdempotentRequest::createOnce(ctx, [&](Transaction &tx) {
        if (auto bad = checkGroupExists(tx.db(), partner, ctx.request.requestId))
            return *bad;
        partner.id = PartnerRepository::insert(tx.db(), partner);
        partner = *PartnerRepository::find(tx.db(), partner.id);
        AuditLog::append(
            tx.db(), event(ctx, u"partner.create"_qs, partner.id, QJsonValue::Null, partner.toJson()));
        return partnerResponse(201, partner)
            .withHeader("Location", "/api/v1/partners/" + QByteArray::number(partner.id));
    });
}

HttpResponse patchPartner(RequestContext &ctx)
{
    int expected = 0;
    if (auto bad = ctx.readIfMatch(&expected))
        return *bad;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    const auto id = ctx.idParam();
    if (!id)
        return Problem::notFound(u"The partner"_qs).response(ctx.request.requestId);

    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto current = PartnerRepository::find(tx.db(), *id);
    if (!current)
        return Problem::notFound(u"The partner"_qs).response(ctx.request.requestId);
    if (expected != 0 && expected != current->version)
        return Problem(412, ErrorCode::VersionConflict,
            u"Someone saved version %1 since you read version %2"_qs.arg(current->version).arg(expected))
            .extra(u"current"_qs, current->toJson())
            .header("ETag", partnerEtag(current->version))
            .response(ctx.request.requestId);
    Partner after = *current;
    if (const FieldErrors errors = applyPartnerPatch(body, &after); !errors.isEmpty())
        return Problem::validation(errors).response(ctx.request.requestId);
    if (after == *current)
        return partnerResponse(200, *current); // nothing changed: no new version, no audit line
    if (after.group != current->group)
        if (auto bad = checkGroupExists(tx.db(), after, ctx.request.requestId))
            return *bad;
    after.version = current->version + 1;
    after.updatedBy = ctx.actor();
    after.updatedAt = QDateTime::currentDateTimeUtc();
    PartnerRepository::update(tx.db(), after);
    after = *PartnerRepository::find(tx.db(), after.id); // effectiveQuota follows group and overrides
    AuditLog::append(tx.db(), event(ctx, u"partner.update"_qs, after.id, current->toJson(), after.toJson()));
    tx.commit();
    return partnerResponse(200, after);
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/partners"_qs, Access::anyUser(), listPartners);
    router.add("POST", u"/api/v1/partners"_qs, kEditors, createPartner);
    router.add("GET", u"/api/v1/partners/{id}"_qs, Access::anyUser(), getPartner);
    router.add("PATCH", u"/api/v1/partners/{id}"_qs, kEditors, patchPartner);
}

} // namespace Kepler::Server::PartnerRoutes
