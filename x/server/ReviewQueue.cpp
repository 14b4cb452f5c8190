#include "ReviewQueue.h"

#include "Sql.h"

#include "domain/MiniProgramStatus.h"
#include "domain/PartnerStatus.h"

#include <QHash>
#include <QSqlQuery>

namespace Kepler::Server::ReviewQueue {
namespace {

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

// "?, ?, ?" for `n` placeholders.
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks.append(u"?"_qs);
    return marks.join(u", "_qs);
}

QStringList partnerStatuses(const QStringList &wanted)
{
    QStringList out;
    for (const QString &s : wanted)
        if (partnerStatusFromString(s))
            out.append(s);
    return out;
}

QStringList versionStatuses(const QStringList &wanted)
{
    QStringList out;
    for (const QString &s : wanted)
        if (miniProgramStatusFromString(s))
            out.append(s);
    return out;
}

// Partner applications: when the partner was last submitted for review is the audit log's
// newest partner.submit (the partner row keeps only its last change).
QList<ReviewQueueItem> partnerItems(const QSqlDatabase &db, const Filter &filter, qint64 onlyId)
{
    const QStringList statuses = filter.statuses.isEmpty() ? QStringList {toString(PartnerStatus::InReview)}
                                                           : partnerStatuses(filter.statuses);
    if (statuses.isEmpty())
        return {};
    QString sql
        = u"SELECT p.id, p.name, p.mode, p.status, p.created_by, p.updated_by, p.version, p.updated_at, "
          u"(SELECT MAX(a.at) FROM audit_events a WHERE a.entity_type = 'partner' "
          u"AND a.entity_id = CAST(p.id AS TEXT) AND a.action = 'partner.submit'), "
          u"(SELECT MAX(a.at) FROM audit_events a WHERE a.entity_type = 'partner' "
          u"AND a.entity_id = CAST(p.id AS TEXT) AND a.action IN ('partner.approve', 'partner.reject')) "
          u"FROM partners p WHERE p.status IN ("_qs
        + placeholders(statuses.size()) + u')';
    QVariantList params;
    for (const QString &s : statuses)
        params.append(s);
    if (onlyId > 0 || filter.partnerId > 0) {
        sql += u" AND p.id = ?"_qs;
        params.append(onlyId > 0 ? onlyId : filter.partnerId);
    }
    if (!filter.mode.isEmpty()) {
        sql += u" AND p.mode = ?"_qs;
        params.append(filter.mode);
    }
    QSqlQuery q = Sql::exec(db, sql, params);
    QList<ReviewQueueItem> items;
    while (q.next()) {
        ReviewQueueItem item;
        item.kind = ReviewItemKind::PartnerApplication;
        item.id = ReviewQueueItem::makeId(item.kind, q.value(0).toLongLong());
        item.partnerId = q.value(0).toLongLong();
        item.partnerName = q.value(1).toString();
        item.mode = partnerModeFromString(q.value(2).toString()).value_or(PartnerMode::Guide);
        item.status = q.value(3).toString();
        item.submittedBy = q.value(4).toString();
        item.version = q.value(6).toInt();
        item.enteredAt = q.value(8).isNull() ? timeOf(q.value(7)) : timeOf(q.value(8));
        if (item.status != toString(PartnerStatus::InReview)
            && item.status != toString(PartnerStatus::Applied)) {
            item.decidedBy = q.value(5).toString();
            item.decidedAt = timeOf(q.value(9));
        }
        items.append(item);
    }
    return items;
}

QList<ReviewQueueItem> versionItems(const QSqlDatabase &db, const Filter &filter, qint64 onlyId)
{
    const QStringList statuses = filter.statuses.isEmpty()
        ? QStringList {toString(MiniProgramStatus::Submitted), toString(MiniProgramStatus::Delayed)}
        : versionStatuses(filter.statuses);
    if (statuses.isEmpty())
        return {};
    QString sql = u"SELECT v.id, v.partner_id, p.name, p.mode, v.status, v.app_id, a.name, v.code_version, "
                  u"v.category, v.gray_percent, v.submitted_at, v.created_at, v.decided_by, v.reason_code, "
                  u"v.version, v.decided_at "
                  u"FROM miniprogram_versions v JOIN partners p ON p.id = v.partner_id "
                  u"JOIN miniprogram_apps a ON a.app_id = v.app_id WHERE v.status IN ("_qs
        + placeholders(statuses.size()) + u')';
    QVariantList params;
    for (const QString &s : statuses)
        params.append(s);
    if (onlyId > 0) {
        sql += u" AND v.id = ?"_qs;
        params.append(onlyId);
    }
    if (filter.partnerId > 0) {
        sql += u" AND v.partner_id = ?"_qs;
        params.append(filter.partnerId);
    }
    if (!filter.mode.isEmpty()) {
        sql += u" AND p.mode = ?"_qs;
        params.append(filter.mode);
    }
    QSqlQuery q = Sql::exec(db, sql, params);
    QList<ReviewQueueItem> items;
    while (q.next()) {
        ReviewQueueItem item;
        item.kind = ReviewItemKind::MiniProgramSubmission;
        item.id = ReviewQueueItem::makeId(item.kind, q.value(0).toLongLong());
        item.partnerId = q.value(1).toLongLong();
        item.partnerName = q.value(2).toString();
        item.mode = partnerModeFromString(q.value(3).toString()).value_or(PartnerMode::Guide);
        item.status = q.value(4).toString();
        item.appId = q.value(5).toString();
        item.appName = q.value(6).toString();
        item.codeVersion = q.value(7).toString();
        item.category = q.value(8).toString();
        if (!q.value(9).isNull())
            item.grayPercent = q.value(9).toInt();
        item.enteredAt = q.value(10).isNull() ? timeOf(q.value(11)) : timeOf(q.value(10));
        item.decidedBy = q.value(12).toString();
        item.reasonCode = q.value(13).toString();
        item.version = q.value(14).toInt();
        if (!item.awaitsDecision())
            item.decidedAt = timeOf(q.value(15));
        items.append(item);
    }
    return items;
}

ReviewClaim readClaim(const QSqlQuery &q, int first)
{
    return {q.value(first).toString(), timeOf(q.value(first + 1)), timeOf(q.value(first + 2))};
}

void finish(QList<ReviewQueueItem> &items, const QSqlDatabase &db, const QDateTime &now)
{
    QHash<QString, ReviewClaim> claims;
    for (const auto &[id, c] : liveClaims(db, now))
        claims.insert(id, c);
    for (ReviewQueueItem &item : items) {
        item.dueAt = ReviewSla::dueAt(item.enteredAt);
        if (const auto it = claims.constFind(item.id); it != claims.cend())
            item.claim = *it;
    }
}

} // namespace

QList<ReviewQueueItem> list(const QSqlDatabase &db, const Filter &filter, const QDateTime &now)
{
    QList<ReviewQueueItem> items;
    if (!filter.kind || *filter.kind == ReviewItemKind::PartnerApplication)
        items += partnerItems(db, filter, 0);
    if (!filter.kind || *filter.kind == ReviewItemKind::MiniProgramSubmission)
        items += versionItems(db, filter, 0);
    finish(items, db, now);
    if (!filter.claimedBy.isEmpty())
        items.removeIf([&](const ReviewQueueItem &i) { return !i.claim || i.claim->by != filter.claimedBy; });
    std::stable_sort(items.begin(), items.end(), [](const ReviewQueueItem &a, const ReviewQueueItem &b) {
        if (a.enteredAt != b.enteredAt)
            return a.enteredAt < b.enteredAt;
        return a.id < b.id;
    });
    return items;
}

std::optional<ReviewQueueItem> find(const QSqlDatabase &db, const QString &itemId, const QDateTime &now)
{
    const auto parsed = ReviewQueueItem::parseId(itemId);
    if (!parsed)
        return std::nullopt;
    // Any status: the detail of a decided or released item is still worth showing.
    Filter any;
    if (parsed->first == ReviewItemKind::PartnerApplication)
        for (PartnerStatus s : allPartnerStatuses())
            any.statuses.append(toString(s));
    else
        for (MiniProgramStatus s : allMiniProgramStatuses())
            any.statuses.append(toString(s));
    QList<ReviewQueueItem> items = parsed->first == ReviewItemKind::PartnerApplication
        ? partnerItems(db, any, parsed->second)
        : versionItems(db, any, parsed->second);
    if (items.isEmpty())
        return std::nullopt;
    finish(items, db, now);
    return items.constFirst();
}

bool isActionable(const ReviewQueueItem &item)
{
    if (item.kind == ReviewItemKind::PartnerApplication)
        return item.status == toString(PartnerStatus::InReview);
    const auto status = miniProgramStatusFromString(item.status);
    return status
        && (awaitsReview(*status) || *status == MiniProgramStatus::Approved
            || (*status == MiniProgramStatus::Released && item.grayPercent.value_or(100) < 100));
}

QString partnerCreatedBy(const QSqlDatabase &db, qint64 partnerId)
{
    QSqlQuery q = Sql::exec(db, u"SELECT created_by FROM partners WHERE id = ?"_qs, {partnerId});
    return q.next() ? q.value(0).toString() : QString();
}

std::optional<ReviewClaim> liveClaim(const QSqlDatabase &db, const QString &itemId, const QDateTime &now)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT claimed_by, claimed_at, expires_at FROM review_claims WHERE item_id = ? AND expires_at > ?"_qs,
        {itemId, now.toMSecsSinceEpoch()});
    if (!q.next())
        return std::nullopt;
    return readClaim(q, 0);
}

QList<std::pair<QString, ReviewClaim>> liveClaims(const QSqlDatabase &db, const QDateTime &now)
{
    QSqlQuery q = Sql::exec(db,
        u"SELECT item_id, claimed_by, claimed_at, expires_at FROM review_claims WHERE expires_at > ?"_qs,
        {now.toMSecsSinceEpoch()});
    QList<std::pair<QString, ReviewClaim>> claims;
    while (q.next())
        claims.append({q.value(0).toString(), readClaim(q, 1)});
    return claims;
}

std::optional<ReviewClaim> claim(
    const QSqlDatabase &db, const QString &itemId, const QString &actor, const QDateTime &now)
{
    if (const auto held = liveClaim(db, itemId, now); held && held->by != actor)
        return held;
    // Delete-then-insert is the same on SQLite and PostgreSQL; the primary key keeps one row.
    dropClaim(db, itemId);
    Sql::exec(db,
        u"INSERT INTO review_claims (item_id, claimed_by, claimed_at, expires_at) VALUES (?, ?, ?, ?)"_qs,
        {itemId, actor, now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch() + ClaimTtlMs});
    return std::nullopt;
}

void dropClaim(const QSqlDatabase &db, const QString &itemId)
{
    Sql::exec(db, u"DELETE FROM review_claims WHERE item_id = ?"_qs, {itemId});
}

} // namespace Kepler::Server::ReviewQueue
