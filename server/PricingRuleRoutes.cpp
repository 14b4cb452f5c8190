#include "PricingRuleRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "IdempotentRequest.h"
#include "PricingRuleRepository.h"
#include "Problem.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"
#include "domain/Partner.h"

#include <QJsonArray>

namespace Kepler::Server::PricingRuleRoutes {
namespace {

// Operators manage rules (PRODUCT.md); admins too; managers read and set the policy.
const Roles kEditors = Role::Operator | Role::Admin;
constexpr int MaxMarginBps = 10000;

// The rule as stored plus its status at this moment (scheduled / expired are derived).
QJsonObject ruleJson(const PricingRule &r, const QDateTime &now)
{
    QJsonObject o = r.toJson();
    o.insert(u"effectiveStatus"_qs, toString(r.effectiveStatus(now)));
    return o;
}

void audit(RequestContext &ctx, Transaction &tx, const QString &action, const QJsonValue &before,
    const PricingRule &after)
{
    AuditLog::append(tx.db(),
        {0, {}, ctx.actor(), action, u"pricing_rule"_qs, QString::number(after.id), before, after.toJson(),
            QString::fromLatin1(ctx.request.requestId)});
}

HttpResponse listRules(RequestContext &ctx)
{
    const QString status = ctx.request.queryValue(u"status"_qs);
    if (!status.isEmpty() && !pricingRuleStatusFromString(status))
        return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
            .field(u"status"_qs, u"invalid_value"_qs, u"draft, active, scheduled or expired"_qs)
            .response(ctx.request.requestId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const QList<PricingRule> rules = PricingRuleRepository::list(tx.db());
    tx.commit();
    QJsonArray items;
    for (const PricingRule &r : rules)
        if (status.isEmpty() || toString(r.effectiveStatus(now)) == status)
            items.append(ruleJson(r, now));
    return HttpResponse::json(200,
        QJsonObject {{u"items"_qs, items}, {u"nextCursor"_qs, QJsonValue()}, {u"total"_qs, items.size()}});
}

HttpResponse getRule(RequestContext &ctx)
{
    const auto id = ctx.idParam();
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto rule = id ? PricingRuleRepository::find(tx.db(), *id) : std::nullopt;
    tx.commit();
    if (!rule)
        return Problem::notFound(u"The pricing rule"_qs).response(ctx.request.requestId);
    return HttpResponse::json(200, ruleJson(*rule, QDateTime::currentDateTimeUtc()))
        .withHeader("ETag", partnerEtag(rule->version));
}

HttpResponse createRule(RequestContext &ctx)
{
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    PricingRule rule;
    if (const FieldErrors errors = readPricingRule(body, &rule); !errors.isEmpty())
        return Problem::validation(errors).response(ctx.request.requestId);
    rule.status = PricingRuleStatus::Draft; // activated on purpose, after the impact is seen
    rule.version = 1;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An optional Idempotency-Key: a retry after a lost answer gets the draft already created.
    return IdempotentRequest::createOnce(ctx, [&](Transaction &tx) {
        rule.id = PricingRuleRepository::insert(tx.db(), rule, ctx.actor(), now);
        audit(ctx, tx, u"pricing_rule.create"_qs, QJsonValue::Null, rule);
        return HttpResponse::json(201, ruleJson(rule, now))
            .withHeader("ETag", partnerEtag(rule.version))
            .withHeader("Location", "/api/v1/pricing/rules/" + QByteArray::number(rule.id));
    });
}

// Update and the status steps share: If-Match, the row, 404/412, then the change and its audit.
HttpResponse change(RequestContext &ctx, const QString &action,
    const std::function<FieldErrors(const QJsonObject &, PricingRule *)> &apply)
{
    const QByteArray &requestId = ctx.request.requestId;
    int expected = 0;
    if (auto bad = ctx.readIfMatch(&expected))
        return *bad;
    QJsonObject body;
    if (!ctx.request.body.trimmed().isEmpty())
        if (auto bad = ctx.readJsonObject(&body))
            return *bad;
    const auto id = ctx.idParam();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto current = id ? PricingRuleRepository::find(tx.db(), *id) : std::nullopt;
    if (!current)
        return Problem::notFound(u"The pricing rule"_qs).response(requestId);
    if (expected != 0 && expected != current->version) {
        const QString who = PricingRuleRepository::updatedBy(tx.db(), current->id);
        return Problem(412, ErrorCode::VersionConflict,
            u"%1 saved version %2 since you read version %3"_qs.arg(who).arg(current->version).arg(expected))
            .extra(u"current"_qs, ruleJson(*current, now))
            .extra(u"updatedBy"_qs, who)
            .header("ETag", partnerEtag(current->version))
            .response(requestId);
    }
    PricingRule next = *current;
    if (const FieldErrors errors = apply(body, &next); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    next.version = current->version + 1;
    PricingRuleRepository::update(tx.db(), next, ctx.actor(), now);
    audit(ctx, tx, action, current->toJson(), next);
    tx.commit();
    return HttpResponse::json(200, ruleJson(next, now)).withHeader("ETag", partnerEtag(next.version));
}

FieldErrors setStatus(const QJsonObject &body, PricingRule *rule, PricingRuleStatus status)
{
    JsonFields f(body);
    f.rejectUnknown();
    rule->status = status;
    return f.errors();
}

HttpResponse getPolicy(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const int bps = PricingRuleRepository::minMarginBps(tx.db());
    tx.commit();
    return HttpResponse::json(200, QJsonObject {{u"minMarginBps"_qs, bps}});
}

HttpResponse setPolicy(RequestContext &ctx)
{
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    JsonFields f(body);
    const auto bps = f.integer(u"minMarginBps"_qs, true, 0, MaxMarginBps);
    f.rejectUnknown();
    if (!f.ok())
        return Problem::validation(f.errors()).response(ctx.request.requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const int before = PricingRuleRepository::minMarginBps(tx.db());
    PricingRuleRepository::setMinMarginBps(tx.db(), int(*bps));
    AuditLog::append(tx.db(),
        {0, {}, ctx.actor(), u"pricing_policy.update"_qs, u"pricing_policy"_qs, u"1"_qs,
            QJsonObject {{u"minMarginBps"_qs, before}}, QJsonObject {{u"minMarginBps"_qs, *bps}},
            QString::fromLatin1(ctx.request.requestId)});
    tx.commit();
    return HttpResponse::json(200, QJsonObject {{u"minMarginBps"_qs, *bps}});
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/pricing/rules"_qs, Access::anyUser(), listRules);
    router.add("POST", u"/api/v1/pricing/rules"_qs, Access::anyOf(kEditors), createRule);
    router.add("GET", u"/api/v1/pricing/rules/{id}"_qs, Access::anyUser(), getRule);
    router.add("PATCH", u"/api/v1/pricing/rules/{id}"_qs, Access::anyOf(kEditors),
        [](RequestContext &ctx) { return change(ctx, u"pricing_rule.update"_qs, readPricingRule); });
    router.add(
        "POST", u"/api/v1/pricing/rules/{id}/activate"_qs, Access::anyOf(kEditors), [](RequestContext &ctx) {
            return change(ctx, u"pricing_rule.activate"_qs, [](const QJsonObject &b, PricingRule *r) {
                return setStatus(b, r, PricingRuleStatus::Active);
            });
        });
    router.add("POST", u"/api/v1/pricing/rules/{id}/deactivate"_qs, Access::anyOf(kEditors),
        [](RequestContext &ctx) {
            return change(ctx, u"pricing_rule.deactivate"_qs, [](const QJsonObject &b, PricingRule *r) {
                return setStatus(b, r, PricingRuleStatus::Draft);
            });
        });
    router.add("GET", u"/api/v1/pricing/policy"_qs, Access::anyUser(), getPolicy);
    router.add("PATCH", u"/api/v1/pricing/policy"_qs, Access::anyOf(Role::Admin | Role::Manager), setPolicy);
}

} // namespace Kepler::Server::PricingRuleRoutes
