#include "ReviewActionRoutes.h"

#include "Database.h"
#include "MiniProgramAudit.h"
#include "MiniProgramRepository.h"
#include "PartnerRepository.h"
#include "PartnerTransition.h"
#include "Problem.h"
#include "ReviewDetail.h"
#include "ReviewQueue.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"
#include "domain/MiniProgramLifecycle.h"
#include "domain/Partner.h"
#include "domain/PartnerLifecycle.h"
#include "domain/ReviewReason.h"

namespace Kepler::Server::ReviewActionRoutes {
namespace {

const Roles kDeciders = Role::Reviewer | Role::Admin;

// What every act starts with: the item id, If-Match and a JSON body (empty = {}).
struct Act
{
    QString itemId;
    ReviewItemKind kind;
    qint64 rowId = 0;
    int expected = 0;
    QJsonObject body;
};

std::optional<HttpResponse> readAct(RequestContext &ctx, Act *act)
{
    const QByteArray &requestId = ctx.request.requestId;
    act->itemId = ctx.params.value(u"id"_qs);
    const auto parsed = ReviewQueueItem::parseId(act->itemId);
    if (!parsed)
        return Problem::notFound(u"The review item"_qs).response(requestId);
    act->kind = parsed->first;
    act->rowId = parsed->second;
    if (auto bad = ctx.readIfMatch(&act->expected))
        return bad;
    if (!ctx.request.body.trimmed().isEmpty())
        if (auto bad = ctx.readJsonObject(&act->body))
            return bad;
    return std::nullopt;
}

// Another reviewer's live claim stops everyone else's act: that is what claiming is for.
std::optional<HttpResponse> refuseIfClaimedByOther(
    RequestContext &ctx, Transaction &tx, const QString &itemId)
{
    const auto held = ReviewQueue::liveClaim(tx.db(), itemId, QDateTime::currentDateTimeUtc());
    if (!held || held->by == ctx.actor())
        return std::nullopt;
    return Problem(409, ErrorCode::ReviewClaimed, u"%1 is reviewing this item"_qs.arg(held->by))
        .extra(u"claim"_qs, held->toJson())
        .response(ctx.request.requestId);
}

HttpResponse conflict(Transaction &tx, const QString &itemId, int expected, const QByteArray &requestId)
{
    const auto current = ReviewQueue::find(tx.db(), itemId, QDateTime::currentDateTimeUtc());
    const QString who = current && !current->decidedBy.isEmpty() ? current->decidedBy : QString();
    return Problem(412, ErrorCode::VersionConflict,
        who.isEmpty() ? u"The item changed since you read version %1"_qs.arg(expected)
                      : u"%1 acted on this item since you read version %2"_qs.arg(who).arg(expected))
        .extra(u"decidedBy"_qs, who.isEmpty() ? QJsonValue() : QJsonValue(who))
        .extra(u"current"_qs, current ? QJsonValue(ReviewDetail::toJson(tx.db(), *current)) : QJsonValue())
        .header("ETag", current ? ReviewDetail::etag(*current) : QByteArray())
        .response(requestId);
}

HttpResponse invalidTransition(const QString &what, const QString &status, const QByteArray &requestId)
{
    return Problem(409, ErrorCode::InvalidTransition, u"Cannot %1 an item that is %2"_qs.arg(what, status))
        .extra(u"currentStatus"_qs, status)
        .response(requestId);
}

// What every act on a version starts with, inside its write transaction: the version (drafts are
// not review items), nobody else's claim on it, and the ETag the reviewer read. On a refusal the
// answer to send; otherwise *version is set.
std::optional<HttpResponse> loadVersion(
    RequestContext &ctx, Transaction &tx, const Act &act, std::optional<MiniProgramVersion> *version)
{
    *version = MiniProgramRepository::findVersion(tx.db(), act.rowId);
    if (!*version || (*version)->status == MiniProgramStatus::Draft)
        return Problem::notFound(u"The review item"_qs).response(ctx.request.requestId);
    if (auto claimed = refuseIfClaimedByOther(ctx, tx, act.itemId))
        return claimed;
    if (act.expected != 0 && act.expected != (*version)->version)
        return conflict(tx, act.itemId, act.expected, ctx.request.requestId);
    return std::nullopt;
}

// The item after an act, as GET answers it.
HttpResponse answer(Transaction &tx, const QString &itemId)
{
    const auto item = ReviewQueue::find(tx.db(), itemId, QDateTime::currentDateTimeUtc());
    const QJsonObject detail = ReviewDetail::toJson(tx.db(), *item);
    tx.commit();
    return HttpResponse::json(200, detail).withHeader("ETag", ReviewDetail::etag(*item));
}

HttpResponse decidePartner(RequestContext &ctx, const Act &act, ReviewDecision decision)
{
    const QByteArray &requestId = ctx.request.requestId;
    if (decision == ReviewDecision::Delay)
        return Problem::validation({{u"decision"_qs, u"invalid_value"_qs,
                                       u"partner applications are approved or rejected, not delayed"_qs}})
            .response(requestId);
    const PartnerAction action
        = decision == ReviewDecision::Approve ? PartnerAction::Approve : PartnerAction::Reject;
    QJsonObject reasonBody = act.body;
    reasonBody.remove(u"decision"_qs);
    PartnerTransition::Reason reason;
    if (const FieldErrors errors = PartnerTransition::readReason(reasonBody, action, &reason);
        !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    if (auto claimed = refuseIfClaimedByOther(ctx, tx, act.itemId))
        return *claimed;
    const auto outcome
        = PartnerTransition::apply(tx.db(), act.rowId, act.expected, action, reason, ctx.actor(), requestId);
    using Kind = PartnerTransition::Outcome::Kind;
    switch (outcome.kind) {
    case Kind::NotFound:
        return Problem::notFound(u"The review item"_qs).response(requestId);
    case Kind::VersionConflict:
        return conflict(tx, act.itemId, act.expected, requestId);
    case Kind::InvalidTransition:
        return invalidTransition(toString(action), toString(outcome.partner->status), requestId);
    case Kind::SeparationOfDuties:
        return Problem(403, ErrorCode::SeparationOfDuties,
            u"You created this partner; another reviewer must decide its application"_qs)
            .response(requestId);
    case Kind::Done:
        break;
    }
    ReviewQueue::dropClaim(tx.db(), act.itemId);
    return answer(tx, act.itemId);
}

FieldErrors readDecisionReason(const QJsonObject &body, ReviewDecision decision, QString *code, QString *note)
{
    JsonFields f(body);
    f.string(u"decision"_qs, true, 1, 16); // read already; marks the key as known
    if (const auto c = f.string(u"reasonCode"_qs, ReviewReason::requiresReason(decision), 1, 64)) {
        if (ReviewReason::isAllowed(decision, *c))
            *code = *c;
        else
            f.addError(u"reasonCode"_qs, u"invalid_value"_qs,
                u"must be one of: %1"_qs.arg(ReviewReason::codes(decision).join(u", "_qs)));
    }
    if (const auto n = f.string(u"note"_qs, false, 0, ReviewReason::MaxNoteLength))
        *note = n->trimmed();
    if (ReviewReason::requiresNote(*code) && note->isEmpty() && f.ok())
        f.addError(u"note"_qs, u"required"_qs, u"say why when the reason is \"other\""_qs);
    f.rejectUnknown();
    return f.errors();
}

HttpResponse decideVersion(RequestContext &ctx, const Act &act, ReviewDecision decision)
{
    const QByteArray &requestId = ctx.request.requestId;
    QString code, note;
    if (const FieldErrors errors = readDecisionReason(act.body, decision, &code, &note); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    const auto action = miniProgramActionFromString(toString(decision));
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    std::optional<MiniProgramVersion> before;
    if (auto refused = loadVersion(ctx, tx, act, &before))
        return *refused;
    const auto next = MiniProgramLifecycle::target(before->status, *action);
    if (!next)
        return invalidTransition(toString(decision), toString(before->status), requestId);
    const auto partner = PartnerRepository::find(tx.db(), before->partnerId);
    if (partner && partner->createdBy == ctx.actor())
        return Problem(403, ErrorCode::SeparationOfDuties,
            u"You created this partner; another reviewer must decide its submissions"_qs)
            .response(requestId);
    MiniProgramVersion after = *before;
    after.status = *next;
    after.decidedAt = QDateTime::currentDateTimeUtc();
    after.decidedBy = ctx.actor();
    after.reasonCode = code;
    after.note = note;
    after.version = before->version + 1;
    MiniProgramRepository::updateVersion(tx.db(), after);
    MiniProgramAudit::append(tx.db(), ctx.actor(), toString(decision), &*before, after, requestId);
    // A delayed item stays in the queue but its reviewer is done for now: free it either way.
    ReviewQueue::dropClaim(tx.db(), act.itemId);
    return answer(tx, act.itemId);
}

HttpResponse decide(RequestContext &ctx)
{
    Act act;
    if (auto bad = readAct(ctx, &act))
        return *bad;
    const QString decisionText = act.body.value(u"decision"_qs).toString();
    const auto decision = reviewDecisionFromString(decisionText);
    if (!decision)
        return Problem::validation(
            {{u"decision"_qs, act.body.contains(u"decision"_qs) ? u"invalid_value"_qs : u"required"_qs,
                u"approve, reject or delay"_qs}})
            .response(ctx.request.requestId);
    return act.kind == ReviewItemKind::PartnerApplication ? decidePartner(ctx, act, *decision)
                                                          : decideVersion(ctx, act, *decision);
}

// Release and rollback act on mini-program versions only.
std::optional<HttpResponse> requireVersion(const Act &act, const QString &what, const QByteArray &requestId)
{
    if (act.kind == ReviewItemKind::MiniProgramSubmission)
        return std::nullopt;
    return Problem(409, ErrorCode::InvalidTransition, u"Partner applications cannot be %1"_qs.arg(what))
        .response(requestId);
}

HttpResponse release(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    Act act;
    if (auto bad = readAct(ctx, &act))
        return *bad;
    if (auto bad = requireVersion(act, u"released"_qs, requestId))
        return *bad;
    JsonFields f(act.body);
    const auto percent
        = f.integer(u"percent"_qs, true, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    f.rejectUnknown();
    if (!f.ok())
        return Problem::validation(f.errors()).response(requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    std::optional<MiniProgramVersion> before;
    if (auto refused = loadVersion(ctx, tx, act, &before))
        return *refused;
    using MiniProgramLifecycle::ReleaseRefusal;
    if (const auto refusal
        = MiniProgramLifecycle::checkRelease(before->status, before->grayPercent, int(*percent))) {
        const int status = *refusal == ReleaseRefusal::OutOfRange ? 422 : 409;
        const QByteArray code = MiniProgramLifecycle::toString(*refusal).toLatin1();
        return Problem(status, code.constData(),
            u"Cannot release version %1 at %2 %: %3"_qs.arg(before->codeVersion)
                .arg(*percent)
                .arg(QString::fromLatin1(code)))
            .extra(u"currentStatus"_qs, toString(before->status))
            .extra(u"grayPercent"_qs, before->grayPercent ? QJsonValue(*before->grayPercent) : QJsonValue())
            .response(requestId);
    }
    // Nothing goes live for an app the partner no longer lets Kepler manage, nor for a partner
    // that may not sell now (suspended, terminated).
    if (const auto app = MiniProgramRepository::findApp(tx.db(), before->appId);
        !app || app->status != MiniProgramAuthorisation::Authorised)
        return Problem(409, ErrorCode::MiniProgramNotAuthorised,
            u"The partner revoked the authorisation of %1"_qs.arg(before->appId))
            .response(requestId);
    if (const auto partner = PartnerRepository::find(tx.db(), before->partnerId);
        !partner || partner->status != PartnerStatus::Active)
        return Problem(409, ErrorCode::PartnerNotActive,
            u"The partner is %1; nothing of it goes live"_qs.arg(
                partner ? toString(partner->status) : QString()))
            .response(requestId);
    const QList<MiniProgramVersion> versions = MiniProgramRepository::versionsOfApp(tx.db(), before->appId);
    if (const auto gray = grayInProgress(versions, *before))
        return Problem(409, ErrorCode::GrayInProgress,
            u"Version %1 is still released to %2 %; raise it to 100 % or roll it back first"_qs
                .arg(gray->codeVersion)
                .arg(gray->grayPercent.value_or(0)))
            .extra(u"grayVersionId"_qs, gray->id)
            .response(requestId);
    MiniProgramVersion after = *before;
    after.status = MiniProgramStatus::Released;
    after.grayPercent = int(*percent);
    if (before->status == MiniProgramStatus::Approved)
        after.releasedAt = QDateTime::currentDateTimeUtc();
    after.version = before->version + 1;
    MiniProgramRepository::updateVersion(tx.db(), after);
    MiniProgramAudit::append(tx.db(), ctx.actor(), u"release"_qs, &*before, after, requestId,
        {{u"fromPercent"_qs, before->grayPercent ? QJsonValue(*before->grayPercent) : QJsonValue()}});
    return answer(tx, act.itemId);
}

HttpResponse rollback(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    Act act;
    if (auto bad = readAct(ctx, &act))
        return *bad;
    if (auto bad = requireVersion(act, u"rolled back"_qs, requestId))
        return *bad;
    JsonFields f(act.body);
    const QString note
        = f.string(u"note"_qs, false, 0, ReviewReason::MaxNoteLength).value_or(QString()).trimmed();
    f.rejectUnknown();
    if (!f.ok())
        return Problem::validation(f.errors()).response(requestId);
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    std::optional<MiniProgramVersion> before;
    if (auto refused = loadVersion(ctx, tx, act, &before))
        return *refused;
    if (!MiniProgramLifecycle::target(before->status, MiniProgramAction::Rollback))
        return invalidTransition(u"roll back"_qs, toString(before->status), requestId);
    const QList<MiniProgramVersion> versions = MiniProgramRepository::versionsOfApp(tx.db(), before->appId);
    // Only what users see can be rolled back: an older full release that a newer one replaced is
    // not live, and "rolling it back" would tell a false story.
    if (const auto live = liveRelease(versions, before->appId); !live || live->id != before->id)
        return Problem(409, ErrorCode::InvalidTransition,
            u"Version %1 is not the live release%2"_qs.arg(
                before->codeVersion, live ? u"; %1 is"_qs.arg(live->codeVersion) : QString()))
            .extra(u"currentStatus"_qs, toString(before->status))
            .response(requestId);
    auto previous = previousRelease(versions, *before);
    if (!previous)
        return Problem(409, ErrorCode::NoPreviousRelease,
            u"Version %1 is the app's first release; rolling it back would leave nothing live"_qs.arg(
                before->codeVersion))
            .response(requestId);
    MiniProgramVersion after = *before;
    after.status = MiniProgramStatus::RolledBack;
    after.note = note;
    after.version = before->version + 1;
    MiniProgramRepository::updateVersion(tx.db(), after);
    // The previous release serves everyone again.
    if (previous->grayPercent.value_or(0) != MiniProgramLifecycle::FullRelease) {
        previous->grayPercent = MiniProgramLifecycle::FullRelease;
        ++previous->version;
        MiniProgramRepository::updateVersion(tx.db(), *previous);
    }
    MiniProgramAudit::append(tx.db(), ctx.actor(), u"rollback"_qs, &*before, after, requestId,
        {{u"note"_qs, note}, {u"liveAgainVersionId"_qs, previous->id},
            {u"liveAgainCodeVersion"_qs, previous->codeVersion}});
    return answer(tx, act.itemId);
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("POST", u"/api/v1/reviews/{id}/decision"_qs, Access::anyOf(kDeciders), decide);
    router.add("POST", u"/api/v1/reviews/{id}/release"_qs,
        Access::anyOf(MiniProgramLifecycle::allowedRoles(MiniProgramAction::Release)), release);
    router.add("POST", u"/api/v1/reviews/{id}/rollback"_qs,
        Access::anyOf(MiniProgramLifecycle::allowedRoles(MiniProgramAction::Rollback)), rollback);
}

} // namespace Kepler::Server::ReviewActionRoutes
