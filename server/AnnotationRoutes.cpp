#include "AnnotationRoutes.h"

#include "AnnotationRepository.h"
#include "AuditLog.h"
#include "Database.h"
#include "IdempotentRequest.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"
#include "domain/MetricsRange.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <limits>

namespace Kepler::Server::AnnotationRoutes {
namespace {

constexpr int MaxNoteLength = 500;
// One answer holds at most this many; a dashboard's range never needs more (more is flagged).
constexpr int MaxListed = 1000;
constexpr qint64 DefaultRangeMs = 30 * MetricsRange::DayMs;

bool validScope(const QString &scope)
{
    static const QRegularExpression pattern(u"^([a-z][a-z_]{0,31}|partner:[1-9][0-9]{0,17})$"_qs);
    return scope.isEmpty() || pattern.match(scope).hasMatch();
}

const QString kScopeMessage
    = u"scope must be empty (every chart), a gateway service such as order, or partner:<id>"_qs;

HttpResponse list(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    FieldErrors errors;
    auto timeParam = [&](const QString &name, qint64 fallback) {
        if (!r.query.hasQueryItem(name))
            return fallback;
        const auto t = MetricsRange::parseTime(r.queryValue(name));
        if (!t)
            errors.append({name, u"invalid_value"_qs,
                u"%1 must be an ISO-8601 time with a zone or milliseconds since the epoch"_qs.arg(name)});
        return t.value_or(fallback);
    };
    const qint64 to = timeParam(u"to"_qs, QDateTime::currentMSecsSinceEpoch() + MetricsRange::MinuteMs);
    const qint64 from = timeParam(u"from"_qs, to - DefaultRangeMs);
    if (errors.isEmpty() && from >= to)
        errors.append({u"from"_qs, u"out_of_range"_qs, u"from must be before to"_qs});
    QString scope; // null: every annotation
    if (r.query.hasQueryItem(u"scope"_qs)) {
        scope = r.queryValue(u"scope"_qs);
        if (scope.isNull())
            scope = u""_qs;
        if (!validScope(scope))
            errors.append({u"scope"_qs, u"invalid_value"_qs, kScopeMessage});
    }
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const FieldError &e : std::as_const(errors))
            messages.append(e.field + u": "_qs + e.message);
        return Problem(400, ErrorCode::InvalidQuery, messages.join(u"; "_qs))
            .errors(errors)
            .response(r.requestId);
    }
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const QList<Annotation> found = AnnotationRepository::list(tx.db(), from, to, scope, MaxListed + 1);
    tx.commit();
    QJsonArray items;
    for (qsizetype i = 0; i < std::min<qsizetype>(found.size(), MaxListed); ++i)
        items.append(found[i].toJson());
    return HttpResponse::json(200,
        QJsonObject {{u"from"_qs, MetricsRange::formatTime(from)}, {u"to"_qs, MetricsRange::formatTime(to)},
            {u"items"_qs, items}, {u"truncated"_qs, found.size() > MaxListed}});
}

FieldErrors readAnnotation(const QJsonObject &body, Annotation *out)
{
    FieldErrors errors;
    const QJsonValue at = body.value(u"at"_qs);
    std::optional<qint64> time;
    if (at.isString())
        time = MetricsRange::parseTime(at.toString());
    else if (at.isDouble()) // range-checked before the cast: "at": 1e300 must be a 422, not UB
        time = wholeNumber(at, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    if (at.isUndefined() || at.isNull())
        errors.append({u"at"_qs, u"required"_qs, u"at is required"_qs});
    else if (!time)
        errors.append({u"at"_qs, u"invalid_value"_qs,
            u"at must be an ISO-8601 time with a zone or milliseconds since the epoch"_qs});
    out->at = time.value_or(0);
    const QJsonValue note = body.value(u"note"_qs);
    out->note = note.toString().trimmed();
    if (!note.isString() || out->note.isEmpty())
        errors.append({u"note"_qs, u"required"_qs, u"note must be 1 to 500 characters"_qs});
    else if (out->note.size() > MaxNoteLength)
        errors.append({u"note"_qs, u"too_long"_qs, u"note must be 1 to 500 characters"_qs});
    const QJsonValue scope = body.value(u"scope"_qs);
    out->scope = scope.toString();
    if (!scope.isUndefined() && !scope.isNull() && (!scope.isString() || !validScope(out->scope)))
        errors.append({u"scope"_qs, u"invalid_value"_qs, kScopeMessage});
    // OWASP API3: the author, the time written and the id are the service's; a body that names
    // them (or anything else) is refused rather than half-applied.
    static const QStringList serviceOwned {u"id"_qs, u"createdBy"_qs, u"createdAt"_qs};
    static const QStringList writable {u"at"_qs, u"note"_qs, u"scope"_qs};
    for (auto it = body.constBegin(); it != body.constEnd(); ++it) {
        if (serviceOwned.contains(it.key()))
            errors.append({it.key(), u"read_only"_qs, u"cannot be changed here"_qs});
        else if (!writable.contains(it.key()))
            errors.append({it.key(), u"unknown_field"_qs, u"is not a known field"_qs});
    }
    return errors;
}

HttpResponse create(RequestContext &ctx)
{
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    Annotation a;
    if (const FieldErrors errors = readAnnotation(body, &a); !errors.isEmpty())
        return Problem::validation(errors).response(ctx.request.requestId);
    a.createdBy = ctx.actor();
    a.createdAt = QDateTime::currentMSecsSinceEpoch();
    // An optional Idempotency-Key: a retried note after a lost answer is not written twice.
    return IdempotentRequest::createOnce(ctx, [&](Transaction &tx) {
        a.id = AnnotationRepository::insert(tx.db(), a);
        AuditLog::append(tx.db(),
            {0, {}, ctx.actor(), u"annotation.create"_qs, u"annotation"_qs, QString::number(a.id),
                QJsonValue::Null, a.toJson(), QString::fromLatin1(ctx.request.requestId)});
        return HttpResponse::json(201, a.toJson())
            .withHeader("Location", "/api/v1/annotations/" + QByteArray::number(a.id));
    });
}

HttpResponse remove(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto found = id ? AnnotationRepository::find(tx.db(), *id) : std::nullopt;
    if (!found)
        return Problem::notFound(u"The annotation"_qs).response(ctx.request.requestId);
    // Anyone may mark a moment; only its author (or an admin) takes the mark away again.
    if (found->createdBy != ctx.actor() && !ctx.auth->user.roles.testFlag(Role::Admin))
        return Problem(403, ErrorCode::Forbidden,
            u"Only %1, who wrote this annotation, or an administrator may delete it"_qs.arg(found->createdBy))
            .response(ctx.request.requestId);
    AnnotationRepository::remove(tx.db(), *id);
    AuditLog::append(tx.db(),
        {0, {}, ctx.actor(), u"annotation.delete"_qs, u"annotation"_qs, QString::number(*id), found->toJson(),
            QJsonValue::Null, QString::fromLatin1(ctx.request.requestId)});
    tx.commit();
    return HttpResponse::noContent();
}

} // namespace

void registerRoutes(Router &router)
{
    const Roles writers = Role::Operator | Role::Manager | Role::Admin;
    router.add("GET", u"/api/v1/annotations"_qs, Access::anyUser(), list);
    router.add("POST", u"/api/v1/annotations"_qs, Access::anyOf(writers), create);
    router.add("DELETE", u"/api/v1/annotations/{id}"_qs, Access::anyOf(writers), remove);
}

} // namespace Kepler::Server::AnnotationRoutes
