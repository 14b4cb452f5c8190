#include "ReviewRoutes.h"

#include "Database.h"
#include "MiniProgramRepository.h"
#include "PageCursor.h"
#include "Problem.h"
#include "ReviewDetail.h"
#include "ReviewQueue.h"
#include "Router.h"
#include "Services.h"
#include "Sql.h"
#include "Transaction.h"

#include "domain/ErrorCode.h"
#include "domain/Partner.h"
#include "domain/ReviewLimits.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kepler::Server::ReviewRoutes {
namespace {

constexpr int DefaultLimit = 50;
constexpr int MaxLimit = 500;

const Roles kDeciders = Role::Reviewer | Role::Admin;

std::optional<ReviewQueue::Filter> readFilter(const HttpRequest &r, FieldErrors *errors, int *limit)
{
    ReviewQueue::Filter filter;
    if (const QString kind = r.queryValue(u"kind"_qs); !kind.isEmpty()) {
        filter.kind = reviewItemKindFromString(kind);
        if (!filter.kind)
            errors->append(
                {u"kind"_qs, u"invalid_value"_qs, u"partner_application or miniprogram_submission"_qs});
    }
    if (const QString status = r.queryValue(u"status"_qs); !status.isEmpty()) {
        for (const QString &s : status.split(u',', Qt::SkipEmptyParts)) {
            const QString t = s.trimmed();
            if (!partnerStatusFromString(t) && !miniProgramStatusFromString(t))
                errors->append({u"status"_qs, u"invalid_value"_qs, u"unknown status \"%1\""_qs.arg(t)});
            filter.statuses.append(t);
        }
    }
    if (const QString partner = r.queryValue(u"partner"_qs); !partner.isEmpty()) {
        bool ok = false;
        filter.partnerId = partner.toLongLong(&ok);
        if (!ok || filter.partnerId < 1)
            errors->append({u"partner"_qs, u"invalid_value"_qs, u"a partner id"_qs});
    }
    if (const QString mode = r.queryValue(u"mode"_qs); !mode.isEmpty()) {
        if (!partnerModeFromString(mode))
            errors->append({u"mode"_qs, u"invalid_value"_qs, u"guide, settle_in or buyout"_qs});
        filter.mode = mode;
    }
    filter.claimedBy = r.queryValue(u"claimedBy"_qs).left(64);
    *limit = DefaultLimit;
    if (const QString l = r.queryValue(u"limit"_qs); !l.isEmpty()) {
        bool ok = false;
        *limit = l.toInt(&ok);
        if (!ok || *limit < 1 || *limit > MaxLimit)
            errors->append({u"limit"_qs, u"out_of_range"_qs, u"1 to %1"_qs.arg(MaxLimit)});
    }
    if (!errors->isEmpty())
        return std::nullopt;
    return filter;
}

QString selectionKey(const ReviewQueue::Filter &f, int limit)
{
    return QStringList {f.kind ? toString(*f.kind) : QString(), f.statuses.join(u','),
        QString::number(f.partnerId), f.mode, f.claimedBy, QString::number(limit)}
        .join(u'|');
}

HttpResponse listReviews(RequestContext &ctx)
{
    const HttpRequest &r = ctx.request;
    FieldErrors errors;
    int limit = DefaultLimit;
    const auto filter = readFilter(r, &errors, &limit);
    if (!filter)
        return Problem(400, ErrorCode::InvalidQuery, u"A query parameter is malformed"_qs)
            .errors(errors)
            .response(r.requestId);
    const QString selection = selectionKey(*filter, limit);
    qint64 offset = 0;
    if (const QString cursor = r.queryValue(u"cursor"_qs); !cursor.isEmpty()) {
        const auto decoded = PageCursor::decode(cursor, selection);
        if (!decoded)
            return Problem(400, ErrorCode::InvalidCursor, u"The cursor is not one this list handed out"_qs)
                .field(u"cursor"_qs, u"invalid_value"_qs, u"unknown or from another query"_qs)
                .response(r.requestId);
        offset = *decoded;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    // Counts per kind ignore the kind filter, so the console's kind toggles show what each holds.
    ReviewQueue::Filter allKinds = *filter;
    allKinds.kind.reset();
    const QList<ReviewQueueItem> all = ReviewQueue::list(tx.db(), allKinds, now);
    tx.commit();
    QList<ReviewQueueItem> matching;
    int partners = 0, submissions = 0, overdue = 0;
    for (const ReviewQueueItem &item : all) {
        (item.kind == ReviewItemKind::PartnerApplication ? partners : submissions)++;
        if (filter->kind && item.kind != *filter->kind)
            continue;
        if (item.awaitsDecision() && ReviewSla::isOverdue(item.enteredAt, now))
            ++overdue;
        matching.append(item);
    }
    offset = qMin<qint64>(offset, matching.size()); // a cursor from a longer queue: an empty last page
    QJsonArray items;
    for (qsizetype i = offset; i < matching.size() && i < offset + limit; ++i)
        items.append(matching.at(i).toJson());
    const QJsonObject envelope {{u"items"_qs, items},
        {u"nextCursor"_qs, PageCursor::next(offset, items.size(), matching.size(), selection)},
        {u"total"_qs, matching.size()},
        {u"counts"_qs,
            QJsonObject {{u"partner_application"_qs, partners}, {u"miniprogram_submission"_qs, submissions},
                {u"overdue"_qs, overdue}}}};
    // The console polls: an unchanged queue costs one short 304 instead of the whole page. The
    // ETag covers the queue, not serverTime (which the console uses to age items by the
    // service's clock, and keeps from its last 200).
    const QByteArray etag = '"'
        + QCryptographicHash::hash(
            QJsonDocument(envelope).toJson(QJsonDocument::Compact), QCryptographicHash::Sha1)
              .toHex()
              .left(24)
        + '"';
    if (r.header("if-none-match").trimmed() == etag)
        return HttpResponse {304, {{"ETag", etag}}, {}};
    QJsonObject withTime = envelope;
    withTime.insert(u"serverTime"_qs, toIsoUtc(now));
    return HttpResponse::json(200, withTime).withHeader("ETag", etag);
}

HttpResponse workload(RequestContext &ctx)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime dayStart = ReviewLimits::startOfBusinessDay(ReviewLimits::businessDay(now));
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    struct Load
    {
        int claimed = 0;
        int decidedToday = 0;
        QDateTime oldestClaimedAt;
    };
    QMap<QString, Load> loads;
    QSqlQuery users = Sql::exec(tx.db(), u"SELECT username, roles FROM users WHERE disabled = 0"_qs);
    while (users.next())
        if (rolesFromStrings(users.value(1).toString().split(u',', Qt::SkipEmptyParts)) & Role::Reviewer)
            loads[users.value(0).toString()];
    const QList<ReviewQueueItem> waiting = ReviewQueue::list(tx.db(), {}, now);
    for (const auto &[id, claim] : ReviewQueue::liveClaims(tx.db(), now)) {
        Load &l = loads[claim.by];
        ++l.claimed;
        if (!l.oldestClaimedAt.isValid() || claim.at < l.oldestClaimedAt)
            l.oldestClaimedAt = claim.at;
    }
    QSqlQuery decided = Sql::exec(tx.db(),
        u"SELECT actor, COUNT(*) FROM audit_events WHERE at >= ? AND action IN ('partner.approve', "
        u"'partner.reject', 'miniprogram.approve', 'miniprogram.reject', 'miniprogram.delay') GROUP BY actor"_qs,
        {dayStart.toMSecsSinceEpoch()});
    while (decided.next())
        loads[decided.value(0).toString()].decidedToday = decided.value(1).toInt();
    tx.commit();
    QJsonArray reviewers;
    for (auto it = loads.cbegin(); it != loads.cend(); ++it)
        reviewers.append(QJsonObject {{u"reviewer"_qs, it.key()}, {u"claimed"_qs, it->claimed},
            {u"decidedToday"_qs, it->decidedToday},
            {u"oldestClaimedAt"_qs,
                it->oldestClaimedAt.isValid() ? QJsonValue(toIsoUtc(it->oldestClaimedAt)) : QJsonValue()}});
    int overdue = 0;
    for (const ReviewQueueItem &item : waiting)
        overdue += item.awaitsDecision() && ReviewSla::isOverdue(item.enteredAt, now) ? 1 : 0;
    const QJsonValue oldest = waiting.isEmpty()
        ? QJsonValue()
        : QJsonValue(waiting.constFirst().toJson()); // the whole item: the console names it
    return HttpResponse::json(200,
        QJsonObject {{u"reviewers"_qs, reviewers}, {u"oldestWaiting"_qs, oldest},
            {u"waiting"_qs, waiting.size()}, {u"overdue"_qs, overdue}});
}

HttpResponse getReview(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto item = ReviewQueue::find(tx.db(), ctx.params.value(u"id"_qs), QDateTime::currentDateTimeUtc());
    if (!item)
        return Problem::notFound(u"The review item"_qs).response(ctx.request.requestId);
    const QJsonObject detail = ReviewDetail::toJson(tx.db(), *item);
    tx.commit();
    return HttpResponse::json(200, detail).withHeader("ETag", ReviewDetail::etag(*item));
}

HttpResponse claimReview(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString itemId = ctx.params.value(u"id"_qs);
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    const auto current = ReviewQueue::find(tx.db(), itemId, now);
    if (!current)
        return Problem::notFound(u"The review item"_qs).response(requestId);
    // A claim says "I am deciding or releasing this": only where a reviewer has something to do,
    // and never by the partner's creator, who may not decide it (it would only block others).
    if (!ReviewQueue::isActionable(*current))
        return Problem(409, ErrorCode::InvalidTransition,
            u"Nothing to review on an item that is %1"_qs.arg(current->status))
            .extra(u"currentStatus"_qs, current->status)
            .response(requestId);
    if (ReviewQueue::partnerCreatedBy(tx.db(), current->partnerId) == ctx.actor())
        return Problem(403, ErrorCode::SeparationOfDuties,
            u"You created this partner; another reviewer must review its items"_qs)
            .response(requestId);
    if (const auto held = ReviewQueue::claim(tx.db(), itemId, ctx.actor(), now))
        return Problem(409, ErrorCode::ReviewClaimed, u"%1 is reviewing this item"_qs.arg(held->by))
            .extra(u"claim"_qs, held->toJson())
            .response(requestId);
    const auto item = ReviewQueue::find(tx.db(), itemId, now);
    tx.commit();
    return HttpResponse::json(200, item->toJson()).withHeader("ETag", ReviewDetail::etag(*item));
}

HttpResponse releaseClaim(RequestContext &ctx)
{
    const QByteArray &requestId = ctx.request.requestId;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString itemId = ctx.params.value(u"id"_qs);
    Transaction tx(*ctx.services.database, Transaction::Kind::Write);
    if (!ReviewQueue::find(tx.db(), itemId, now))
        return Problem::notFound(u"The review item"_qs).response(requestId);
    const auto held = ReviewQueue::liveClaim(tx.db(), itemId, now);
    // Admins may free an item a reviewer left claimed; reviewers only their own.
    if (held && held->by != ctx.actor() && !(ctx.auth->user.roles & Role::Admin))
        return Problem(409, ErrorCode::ReviewClaimed, u"%1 holds this claim, not you"_qs.arg(held->by))
            .extra(u"claim"_qs, held->toJson())
            .response(requestId);
    ReviewQueue::dropClaim(tx.db(), itemId);
    tx.commit();
    return HttpResponse::noContent();
}

HttpResponse screenshot(RequestContext &ctx)
{
    Transaction tx(*ctx.services.database, Transaction::Kind::Read);
    const auto shot = MiniProgramRepository::findScreenshot(tx.db(), ctx.params.value(u"id"_qs).left(64));
    tx.commit();
    if (!shot)
        return Problem::notFound(u"The screenshot"_qs).response(ctx.request.requestId);
    // Content-addressed by a random id and never changed: cache for a day.
    return HttpResponse {200,
        {{"Content-Type", shot->contentType}, {"Cache-Control", "private, max-age=86400"},
            {"X-Content-Type-Options", "nosniff"}},
        shot->data};
}

} // namespace

void registerRoutes(Router &router)
{
    router.add("GET", u"/api/v1/reviews"_qs, Access::anyUser(), listReviews);
    router.add("GET", u"/api/v1/reviews/workload"_qs, Access::anyUser(), workload);
    router.add("GET", u"/api/v1/reviews/{id}"_qs, Access::anyUser(), getReview);
    router.add("POST", u"/api/v1/reviews/{id}/claim"_qs, Access::anyOf(kDeciders), claimReview);
    router.add("DELETE", u"/api/v1/reviews/{id}/claim"_qs, Access::anyOf(kDeciders), releaseClaim);
    router.add("GET", u"/api/v1/miniprograms/screenshots/{id}"_qs, Access::anyUser(), screenshot);
}

} // namespace Kepler::Server::ReviewRoutes
