#include "PartnerCsvRoutes.h"

#include "AuditLog.h"
#include "IdempotencyStore.h"
#include "IdempotentRequest.h"
#include "PartnerImport.h"
#include "PartnerRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/PartnerCsv.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kepler::Server::PartnerCsvRoutes {
namespace {

HttpResponse exportPartners(RequestContext &ctx)
{
    FieldErrors errors;
    const PartnerQuery query = PartnerQuery::fromUrlQuery(ctx.request.query, &errors);
    if (!errors.isEmpty())
        return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
            .errors(errors)
            .response(ctx.request.requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const QList<Partner> partners = PartnerRepository::listAll(tx.db(), query);
    tx.commit();

    HttpResponse r;
    r.status = 200;
    r.body = PartnerCsv::header();
    r.body.reserve(qsizetype(partners.size()) * 200);
    for (const Partner &p : partners)
        r.body += PartnerCsv::row(p);
    const QByteArray date = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd"_qs).toLatin1();
    r.withHeader("Content-Type", "text/csv; charset=utf-8");
    return r.withHeader("Content-Disposition", "attachment; filename=\"partners-" + date + ".csv\"");
}

std::optional<bool> dryRunParameter(const HttpRequest &request)
{
    if (!request.query.hasQueryItem(u"dryRun"_qs))
        return true; // the safe default: a forgotten parameter never writes
    const QString v = request.queryValue(u"dryRun"_qs);
    if (v == u"true"_qs || v == u"1"_qs)
        return true;
    if (v == u"false"_qs || v == u"0"_qs)
        return false;
    return std::nullopt;
}

bool isUtf8OrUnstated(const QByteArray &contentType)
{
    for (const QByteArray &part : contentType.split(';').mid(1)) {
        const QByteArray p = part.trimmed().toLower();
        if (p.startsWith("charset="))
            return p.mid(8).replace('"', "") == "utf-8" || p.mid(8).replace('"', "") == "utf8";
    }
    return true;
}

AuditEvent importEvent(const RequestContext &ctx, const char *action, const PartnerImport::RowPlan &row)
{
    const bool create = row.before.id == 0;
    return {0, row.after.updatedAt, ctx.actor(), QString::fromLatin1(action), u"partner"_qs,
        QString::number(row.after.id),
        create ? QJsonValue(QJsonValue::Null) : QJsonValue(row.before.toJson()), row.after.toJson(),
        QString::fromLatin1(ctx.request.requestId)};
}

// Writes every planned row; the caller's transaction makes it all or nothing.
void apply(const RequestContext &ctx, const QSqlDatabase &db, PartnerImport::Plan *plan)
{
    using PartnerImport::Action;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PartnerRepository::Writer partners(db);
    AuditLog::Writer audit(db);
    for (PartnerImport::RowPlan &row : plan->rows) {
        Partner &p = row.after;
        if (row.action == Action::Create) {
            p.status = PartnerStatus::Applied;
            p.createdBy = p.updatedBy = ctx.actor();
            p.createdAt = p.updatedAt = now;
            p.version = 1;
            p.id = row.id = partners.insert(p);
            audit.append(importEvent(ctx, "partner.import.create", row));
        } else if (row.action == Action::Update) {
            p.version = row.before.version + 1;
            p.updatedBy = ctx.actor();
            p.updatedAt = now;
            partners.update(p);
            audit.append(importEvent(ctx, "partner.import.update", row));
        }
    }
}

HttpResponse applyImport(RequestContext &ctx, const PartnerCsv::Document &doc, const QString &key);

HttpResponse importPartners(RequestContext &ctx)
{
    const QByteArray &id = ctx.request.requestId;
    const auto dryRun = dryRunParameter(ctx.request);
    if (!dryRun)
        return Problem(400, ErrorCode::InvalidQuery, u"dryRun must be true or false"_qs)
            .field(u"dryRun"_qs, u"invalid_value"_qs, u"must be true or false"_qs)
            .response(id);
    if (!isUtf8OrUnstated(ctx.request.header("content-type")))
        return Problem(415, ErrorCode::UnsupportedMediaType, u"Send the CSV as UTF-8"_qs).response(id);
    const PartnerCsv::Document doc = PartnerCsv::decode(ctx.request.body, PartnerImport::MaxRows);
    if (!doc.ok())
        return Problem(400, ErrorCode::InvalidCsv, doc.error)
            .field(QString(), doc.errorCode, doc.error)
            .extra(u"line"_qs, doc.errorLine)
            .response(id);
    if (doc.rows.size() > PartnerImport::MaxRows)
        return Problem(400, ErrorCode::InvalidCsv,
            u"The file has %1 rows; import at most %2 at a time"_qs.arg(doc.rows.size())
                .arg(PartnerImport::MaxRows))
            .field(QString(), u"too_many"_qs, u"at most %1 rows"_qs.arg(PartnerImport::MaxRows))
            .response(id);

    if (*dryRun) {
        Transaction tx(*ctx.services.database, Transaction::Kind::Read);
        PartnerImport::Plan plan = PartnerImport::plan(tx.db(), doc);
        tx.commit();
        return HttpResponse::json(200, PartnerImport::report(plan, true));
    }
    // OWASP API6: a real import is a sensitive flow like a bulk action — a retry after a timeout
    // must not act twice, so it needs an Idempotency-Key (docs/api.md "Idempotency").
    QString key;
    if (auto bad = IdempotentRequest::readKey(
            ctx, u" with dryRun=false, so a retried import cannot act twice"_qs, &key))
        return *bad;
    if (auto answer = IdempotentRequest::claim(ctx, key))
        return *answer;
    try {
        HttpResponse answer = applyImport(ctx, doc, key);
        if (answer.status != 200)
            IdempotencyStore::release(*ctx.services.database, ctx.actor(), key); // nothing was written
        return answer;
    } catch (...) {
        IdempotentRequest::releaseQuietly(ctx, key);
        throw;
    }
}

// The real run plans inside its write transaction, so no other write can slip in between the check
// and the change; the stored answer for the Idempotency-Key commits with the rows.
HttpResponse applyImport(RequestContext &ctx, const PartnerCsv::Document &doc, const QString &key)
{
    const QByteArray &id = ctx.request.requestId;
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    PartnerImport::Plan plan = PartnerImport::plan(tx.db(), doc);
    if (plan.hasErrors()) {
        const QJsonObject report = PartnerImport::report(plan, false);
        return Problem(422, ErrorCode::ValidationFailed,
            u"%1 rows have errors; nothing was written"_qs.arg(
                plan.counts[int(PartnerImport::Action::Error)]))
            .extra(u"dryRun"_qs, false)
            .extra(u"rows"_qs, report.value(u"rows"_qs))
            .extra(u"summary"_qs, report.value(u"summary"_qs))
            .response(id);
    }
    apply(ctx, tx.db(), &plan);
    const QByteArray body = QJsonDocument(PartnerImport::report(plan, false)).toJson(QJsonDocument::Compact);
    IdempotencyStore::complete(tx.db(), ctx.actor(), key, 200, body);
    tx.commit();
    return HttpResponse::json(200, body);
}

} // namespace

void registerRoutes(Router &router)
{
    // "partners:export" is one path segment, so it can never be taken for /partners/{id}.
    router.add("GET", u"/api/v1/partners:export"_qs, Access::anyUser(), exportPartners);
    Route import;
    import.method = "POST";
    import.pattern = u"/api/v1/partners:import"_qs;
    import.access = Access::anyOf(Role::Operator | Role::Admin);
    import.handler = importPartners;
    import.bodyTypes = {"text/csv"};
    import.maxBodyBytes = MaxImportBytes;
    router.add(std::move(import));
}

} // namespace Kepler::Server::PartnerCsvRoutes
