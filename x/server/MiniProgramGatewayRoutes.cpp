#include "MiniProgramGatewayRoutes.h"

#include "AuditLog.h"
#include "Database.h"
#include "ImageProbe.h"
#include "MiniProgramAudit.h"
#include "MiniProgramRepository.h"
#include "Problem.h"
#include "ReviewQueue.h"
#include "Router.h"
#include "Services.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/JsonFields.h"
#include "domain/MiniProgramLifecycle.h"
#include "domain/MiniProgramValidator.h"
#include "domain/Partner.h"
#include "domain/ReviewLimits.h"
#include "domain/ReviewReason.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Kepler::Server::MiniProgramGatewayRoutes {
namespace {

constexpr int AppNameMax = 64;
constexpr int ScreenshotsPerDay = 200;

QString actorOf(const RequestContext &ctx)
{
    return MiniProgramAudit::partnerActor(ctx.partner->partnerId);
}

// The caller's own version; another partner's is "not found" so ids cannot be probed.
std::optional<MiniProgramVersion> ownVersion(RequestContext &ctx, const QSqlDatabase &db)
{
    const auto id = ctx.idParam();
    if (!id)
        return std::nullopt;
    auto v = MiniProgramRepository::findVersion(db, *id);
    if (!v || v->partnerId != ctx.partner->partnerId)
        return std::nullopt;
    return v;
}

HttpResponse notAuthorised(const QString &appId, const QByteArray &requestId)
{
    return Problem(409, ErrorCode::MiniProgramNotAuthorised,
        u"Mini-program %1 is not authorised; authorise it first (POST /open/v1/miniprograms)"_qs.arg(appId))
        .response(requestId);
}

HttpResponse limitReached(const char *code, const QString &what, const ReviewLimits::LimitCheck &check,
    const QDateTime &now, const QByteArray &requestId)
{
    const qint64 wait
        = check.nextAllowedAt.isValid() ? qMax<qint64>(1, now.secsTo(check.nextAllowedAt)) : 86400;
    return Problem(429, code,
        u"%1; the next is possible at %2 (Beijing days and months)"_qs.arg(
            what, toIsoUtc(check.nextAllowedAt)))
        .extra(u"usedToday"_qs, check.usedToday)
        .extra(u"usedThisMonth"_qs, check.usedThisMonth)
        .extra(u"nextAllowedAt"_qs, toIsoUtc(check.nextAllowedAt))
        .header("Retry-After", QByteArray::number(wait))
        .response(requestId);
}

QJsonObject versionJson(const MiniProgramVersion &v)
{
    QJsonObject o = v.toJson();
    o.remove(u"decidedBy"_qs); // staff logins stay inside Kepler
    // As WeChat's get_auditstatus gives the reason: the code and words a partner's developer reads.
    if (!v.reasonCode.isEmpty())
        o.insert(u"reasonText"_qs, ReviewReason::displayName(v.reasonCode));
    return o;
}

HttpResponse authorise(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    JsonFields f(body);
    static const QRegularExpression appIdForm(u"^[A-Za-z0-9_-]+$"_qs);
    const auto appId = f.string(u"appId"_qs, true, 1, MiniProgramLimits::AppIdMax);
    if (appId && !appIdForm.match(*appId).hasMatch())
        f.addError(u"appId"_qs, u"invalid_format"_qs, u"letters, digits, _ and - only"_qs);
    // /open/v1/miniprograms/{appId}/revoke sits beside /versions/{id} and /screenshots: an app
    // named like those collections would make one URL mean two things. WeChat AppIDs ("wx" + 16 hex)
    // never are, so no real client is refused (docs/api/.redocly.lint-ignore.yaml).
    else if (appId && (*appId == u"versions"_qs || *appId == u"screenshots"_qs))
        f.addError(u"appId"_qs, u"reserved"_qs, u"names a collection of this API; use the AppID"_qs);
    const auto name = f.string(u"name"_qs, true, 1, AppNameMax);
    f.rejectUnknown();
    if (!f.ok())
        return Problem::validation(f.errors()).response(requestId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    auto app = MiniProgramRepository::findApp(tx.db(), *appId);
    if (app && app->partnerId != ctx.partner->partnerId)
        return Problem(409, ErrorCode::Conflict, u"Mini-program %1 belongs to another partner"_qs.arg(*appId))
            .response(requestId);
    const bool isNew = !app;
    const QJsonValue before = isNew ? QJsonValue(QJsonValue::Null) : QJsonValue(app->toJson());
    if (isNew) {
        app = MiniProgramApp {0, ctx.partner->partnerId, *appId, name->trimmed(),
            MiniProgramAuthorisation::Authorised, now, {}};
        app->id = MiniProgramRepository::insertApp(tx.db(), *app);
    } else {
        app->name = name->trimmed();
        app->status = MiniProgramAuthorisation::Authorised;
        app->authorisedAt = now;
        app->revokedAt = {};
        MiniProgramRepository::updateApp(tx.db(), *app);
    }
    AuditLog::append(tx.db(),
        {0, now, actorOf(ctx), u"miniprogram.authorise"_qs, u"partner"_qs, QString::number(app->partnerId),
            before, app->toJson(), QString::fromLatin1(requestId), QJsonObject {{u"appId"_qs, app->appId}}});
    tx.commit();
    return HttpResponse::json(isNew ? 201 : 200, app->toJson());
}

HttpResponse revoke(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    auto app = MiniProgramRepository::findApp(tx.db(), ctx.params.value(u"appId"_qs));
    if (!app || app->partnerId != ctx.partner->partnerId)
        return Problem::notFound(u"The mini-program"_qs).response(requestId);
    if (app->status != MiniProgramAuthorisation::Revoked) {
        const QJsonObject before = app->toJson();
        app->status = MiniProgramAuthorisation::Revoked;
        app->revokedAt = now;
        MiniProgramRepository::updateApp(tx.db(), *app);
        AuditLog::append(tx.db(),
            {0, now, actorOf(ctx), u"miniprogram.revoke"_qs, u"partner"_qs, QString::number(app->partnerId),
                before, app->toJson(), QString::fromLatin1(requestId),
                QJsonObject {{u"appId"_qs, app->appId}}});
    }
    tx.commit();
    return HttpResponse::json(200, app->toJson());
}

HttpResponse listApps(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    QJsonArray items;
    for (const MiniProgramApp &app : MiniProgramRepository::appsOfPartner(tx.db(), ctx.partner->partnerId)) {
        QJsonObject o = app.toJson();
        QJsonArray versions;
        for (const MiniProgramVersion &v : MiniProgramRepository::versionsOfApp(tx.db(), app.appId))
            versions.append(versionJson(v));
        o.insert(u"versions"_qs, versions);
        items.append(o);
    }
    tx.commit();
    return HttpResponse::json(200, QJsonObject {{u"items"_qs, items}});
}

HttpResponse uploadScreenshot(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    const auto info = ImageProbe::probe(ctx.request.body);
    if (!info)
        return Problem(422, ErrorCode::InvalidImage,
            u"Send a PNG or JPEG of at most 512 KiB and %1 pixels a side"_qs.arg(ImageProbe::MaxSide))
            .response(requestId);
    const QByteArray declared
        = ctx.request.header("content-type").split(';').constFirst().trimmed().toLower();
    if (declared != info->contentType)
        return Problem(422, ErrorCode::InvalidImage,
            u"The body is %1 but was sent as %2"_qs.arg(
                QString::fromLatin1(info->contentType), QString::fromLatin1(declared)))
            .response(requestId);
    StoredScreenshot shot {MiniProgramRepository::generateScreenshotId(), ctx.partner->partnerId,
        info->contentType, info->width, info->height, ctx.request.body};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    // Images cost storage: a partner uploads at most so many a (Beijing) day.
    const QDateTime dayStart = ReviewLimits::startOfBusinessDay(ReviewLimits::businessDay(now));
    if (MiniProgramRepository::screenshotsSince(tx.db(), shot.partnerId, dayStart) >= ScreenshotsPerDay)
        return Problem(429, ErrorCode::RateLimited,
            u"At most %1 screenshots a day; upload again tomorrow (Beijing time)"_qs.arg(ScreenshotsPerDay))
            .header("Retry-After",
                QByteArray::number(qMax<qint64>(1, now.secsTo(ReviewLimits::startOfNextBusinessDay(now)))))
            .response(requestId);
    MiniProgramRepository::insertScreenshot(tx.db(), shot, now);
    tx.commit();
    return HttpResponse::json(201,
        QJsonObject {{u"id"_qs, shot.id}, {u"contentType"_qs, QString::fromLatin1(shot.contentType)},
            {u"bytes"_qs, shot.data.size()}, {u"width"_qs, shot.width}, {u"height"_qs, shot.height}});
}

HttpResponse createDraft(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    QJsonObject body;
    if (auto bad = ctx.readJsonObject(&body))
        return *bad;
    MiniProgramVersion v;
    if (const FieldErrors errors = readMiniProgramDraft(body, &v); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto app = MiniProgramRepository::findApp(tx.db(), v.appId);
    if (!app || app->partnerId != ctx.partner->partnerId)
        return Problem::notFound(u"The mini-program"_qs).response(requestId);
    if (app->status != MiniProgramAuthorisation::Authorised)
        return notAuthorised(v.appId, requestId);
    if (const QStringList foreign
        = MiniProgramRepository::foreignScreenshots(tx.db(), app->partnerId, v.screenshots);
        !foreign.isEmpty())
        return Problem::validation(
            {{u"screenshots"_qs, QString::fromLatin1(ErrorCode::UnknownScreenshotField),
                u"not uploaded by you: %1"_qs.arg(foreign.join(u", "_qs))}})
            .response(requestId);
    v.partnerId = app->partnerId;
    v.status = MiniProgramStatus::Draft;
    v.createdAt = now;
    v.version = 1;
    v.id = MiniProgramRepository::insertVersion(tx.db(), v);
    MiniProgramAudit::append(tx.db(), actorOf(ctx), u"create"_qs, nullptr, v, requestId);
    tx.commit();
    return HttpResponse::json(201, versionJson(v)).withHeader("ETag", partnerEtag(v.version));
}

HttpResponse getVersion(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto v = ownVersion(ctx, tx.db());
    tx.commit();
    if (!v)
        return Problem::notFound(u"The version"_qs).response(ctx.request.requestId);
    return HttpResponse::json(200, versionJson(*v)).withHeader("ETag", partnerEtag(v->version));
}

HttpResponse submit(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto before = ownVersion(ctx, tx.db());
    if (!before)
        return Problem::notFound(u"The version"_qs).response(requestId);
    if (!MiniProgramLifecycle::target(before->status, MiniProgramAction::Submit))
        return Problem(409, ErrorCode::InvalidTransition,
            u"Only a draft can be submitted; this version is %1"_qs.arg(toString(before->status)))
            .extra(u"currentStatus"_qs, toString(before->status))
            .response(requestId);
    const auto app = MiniProgramRepository::findApp(tx.db(), before->appId);
    if (!app || app->status != MiniProgramAuthorisation::Authorised)
        return notAuthorised(before->appId, requestId);
    if (const FieldErrors errors = validateForSubmit(*before); !errors.isEmpty())
        return Problem::validation(errors).response(requestId);
    // A month back from now covers the current Beijing month; check() ignores older events.
    const auto check = ReviewLimits::checkSubmission(
        MiniProgramRepository::eventsSince(tx.db(), before->partnerId, u"submit"_qs, now.addDays(-32)), now);
    if (!check.allowed)
        return limitReached(ErrorCode::SubmissionQuotaExceeded,
            u"This month's %1 submissions are used"_qs.arg(ReviewLimits::SubmissionsPerMonth), check, now,
            requestId);
    MiniProgramVersion after = *before;
    after.status = MiniProgramStatus::Submitted;
    after.submittedAt = now;
    after.version = before->version + 1;
    MiniProgramRepository::updateVersion(tx.db(), after);
    MiniProgramRepository::recordEvent(tx.db(), after.partnerId, u"submit"_qs, now);
    MiniProgramAudit::append(tx.db(), actorOf(ctx), u"submit"_qs, &*before, after, requestId);
    tx.commit();
    return HttpResponse::json(200, versionJson(after)).withHeader("ETag", partnerEtag(after.version));
}

HttpResponse withdraw(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto before = ownVersion(ctx, tx.db());
    if (!before)
        return Problem::notFound(u"The version"_qs).response(requestId);
    if (!MiniProgramLifecycle::target(before->status, MiniProgramAction::Withdraw))
        return Problem(409, ErrorCode::InvalidTransition,
            u"Only a version in review can be withdrawn; this one is %1"_qs.arg(toString(before->status)))
            .extra(u"currentStatus"_qs, toString(before->status))
            .response(requestId);
    const auto check = ReviewLimits::checkWithdrawal(
        MiniProgramRepository::eventsSince(tx.db(), before->partnerId, u"withdraw"_qs, now.addDays(-32)),
        now);
    if (!check.allowed)
        return limitReached(ErrorCode::WithdrawLimitExceeded,
            u"At most %1 withdrawal a day and %2 a month"_qs.arg(ReviewLimits::WithdrawalsPerDay)
                .arg(ReviewLimits::WithdrawalsPerMonth),
            check, now, requestId);
    MiniProgramVersion after = *before;
    after.status = MiniProgramStatus::Withdrawn;
    // The last act is the partner's now: a reviewer's earlier delay reason no longer describes it,
    // and a reviewer who acts on a stale copy is told the partner withdrew it.
    after.decidedBy = actorOf(ctx);
    after.decidedAt = now;
    after.reasonCode.clear();
    after.note.clear();
    after.version = before->version + 1;
    MiniProgramRepository::updateVersion(tx.db(), after);
    MiniProgramRepository::recordEvent(tx.db(), after.partnerId, u"withdraw"_qs, now);
    MiniProgramAudit::append(tx.db(), actorOf(ctx), u"withdraw"_qs, &*before, after, requestId);
    // It left the queue: a reviewer's claim on it means nothing now.
    ReviewQueue::dropClaim(tx.db(), ReviewQueueItem::makeId(ReviewItemKind::MiniProgramSubmission, after.id));
    tx.commit();
    return HttpResponse::json(200, versionJson(after)).withHeader("ETag", partnerEtag(after.version));
}

} // namespace

void registerRoutes(Router &router)
{
    const Access partner = Access::signedByPartner();
    router.add("GET", u"/open/v1/miniprograms"_qs, partner, listApps);
    router.add("POST", u"/open/v1/miniprograms"_qs, partner, authorise);
    Route upload;
    upload.method = "POST";
    upload.pattern = u"/open/v1/miniprograms/screenshots"_qs;
    upload.access = partner;
    upload.handler = uploadScreenshot;
    upload.bodyTypes = {"image/png", "image/jpeg"};
    upload.maxBodyBytes = ImageProbe::MaxBytes;
    router.add(std::move(upload));
    router.add("POST", u"/open/v1/miniprograms/versions"_qs, partner, createDraft);
    router.add("GET", u"/open/v1/miniprograms/versions/{id}"_qs, partner, getVersion);
    router.add("POST", u"/open/v1/miniprograms/versions/{id}/submit"_qs, partner, submit);
    router.add("POST", u"/open/v1/miniprograms/versions/{id}/withdraw"_qs, partner, withdraw);
    router.add("POST", u"/open/v1/miniprograms/{appId}/revoke"_qs, partner, revoke);
}

} // namespace Kepler::Server::MiniProgramGatewayRoutes
