#include "DemoReviews.h"

#include "AuditLog.h"
#include "MiniProgramAudit.h"
#include "MiniProgramRepository.h"
#include "ReviewQueue.h"
#include "Sql.h"

#include "domain/DemoScreens.h"
#include "domain/MiniProgramLifecycle.h"
#include "domain/Partner.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace Kepler::Server::DemoReviews {
namespace {

struct Owner
{
    qint64 id = 0;
    QString name;
};

// One version of a story: its code version, where it ended, and hours before now of each step.
struct Seeded
{
    const char16_t *codeVersion;
    MiniProgramStatus status;
    double submittedHoursAgo; // < 0: never submitted (draft)
    double decidedHoursAgo; // < 0: not decided
    const char16_t *reason; // decision reason, "" for none
    int grayPercent; // 0: not released
};

using S = MiniProgramStatus;

// Eight stories, dealt round-robin to the apps; `lag` shifts the waiting times per app.
QList<Seeded> story(int pattern, double lag)
{
    switch (pattern) {
    case 0: // live 1.0.0; 1.1.0 waiting
        return {{u"1.0.0", S::Released, 960, 950, u"meets_guidelines", 100},
            {u"1.1.0", S::Submitted, 2 + lag, -1, u"", 0}};
    case 1: // 1.1.0 in gray next to the live 1.0.0
        return {{u"1.0.0", S::Released, 1200, 1190, u"meets_guidelines", 100},
            {u"1.1.0", S::Released, 140, 120, u"meets_guidelines", 10}};
    case 2: // 1.1.0 rolled back; 1.1.1 delayed for an answer
        return {{u"1.0.0", S::Released, 900, 880, u"meets_guidelines", 100},
            {u"1.1.0", S::RolledBack, 300, 290, u"meets_guidelines", 30},
            {u"1.1.1", S::Delayed, 30 + lag, 20, u"awaiting_partner_answer", 0}};
    case 3: // first attempt rejected; the fix approved and waiting to be released
        return {{u"1.0.0", S::Rejected, 200, 190, u"broken_pages", 0},
            {u"1.0.1", S::Approved, 50, 6 + lag / 4, u"meets_guidelines", 0}};
    case 4: // a withdrawn first try; the first version waiting (nothing live to compare with)
        return {{u"0.9.0", S::Withdrawn, 100, -1, u"", 0}, {u"1.0.0", S::Submitted, 20 + lag, -1, u"", 0}};
    case 5: // live, with a draft in the works
        return {{u"1.0.0", S::Released, 700, 690, u"meets_guidelines", 100},
            {u"1.2.0", S::Draft, -1, -1, u"", 0}};
    case 6: // a big 2.0.0 waiting: new category, pages and privacy declaration
        return {{u"1.0.0", S::Released, 1500, 1490, u"meets_guidelines", 100},
            {u"2.0.0", S::Submitted, 26 + lag, -1, u"", 0}};
    default: // rejected for the privacy policy, resubmitted
        return {{u"1.0.0", S::Rejected, 80, 70, u"missing_privacy_policy", 0},
            {u"1.0.1", S::Submitted, 9 + lag, -1, u"", 0}};
    }
}

constexpr quint32 kAccents[]
    = {0xE4393C, 0x1E88E5, 0x43A047, 0xFB8C00, 0x8E24AA, 0x00897B, 0x3949AB, 0xD81B60};

const char16_t *const kCategories[]
    = {u"shopping", u"food", u"travel", u"lifestyle", u"shopping", u"entertainment", u"shopping", u"news"};

QStringList pagesFor(int versionIndex, bool big)
{
    QStringList pages {
        u"pages/index/index"_qs, u"pages/goods/detail"_qs, u"pages/cart/cart"_qs, u"pages/order/list"_qs};
    if (versionIndex > 0)
        pages.append(u"pages/coupon/center"_qs);
    if (big)
        pages << u"pages/live/room"_qs << u"pages/member/card"_qs;
    return pages;
}

QString descriptionFor(const QString &appName, int versionIndex, bool big)
{
    if (big)
        return u"%1 2.0：全新首页、直播间和会员卡，下单流程缩短为两步。"_qs.arg(appName);
    if (versionIndex == 0)
        return u"%1：在小程序内浏览京东自营商品，领取优惠券并一键下单，订单由京东配送。"_qs.arg(appName);
    return u"%1：新增领券中心，优化商品详情页加载速度，修复购物车数量显示问题。"_qs.arg(appName);
}

QString privacyFor(int versionIndex, bool big)
{
    QString text = u"收集：手机号（登录与订单通知）、收货地址（配送）。不向第三方出售个人信息。"_qs;
    if (versionIndex > 0)
        text += u"新增：设备标识（优惠券防刷）。"_qs;
    if (big)
        text += u"新增：位置信息（直播间附近门店推荐，可拒绝）。"_qs;
    return text;
}

QString appIdFor(qint64 partnerId)
{
    // Stable per partner and shaped like a WeChat AppID ("wx" + 16 hex digits).
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray("kepler-demo-app-" + QByteArray::number(partnerId)), QCryptographicHash::Sha256);
    return u"wx"_qs + QString::fromLatin1(digest.toHex().left(16));
}

class Seeder
{
public:
    Seeder(const QSqlDatabase &db, const QDateTime &now)
        : m_db(db)
        , m_now(now)
        , m_audit(db)
    {
    }

    void app(int index, const Owner &owner)
    {
        const int pattern = index % 8;
        const double lag = (index * 37) % 29 + (index % 3) * 0.4; // hours, differs per app
        MiniProgramApp app {0, owner.id, appIdFor(owner.id), owner.name + u"商城"_qs,
            MiniProgramAuthorisation::Authorised, m_now.addDays(-90 + index), {}};
        app.id = MiniProgramRepository::insertApp(m_db, app);
        const QString actor = MiniProgramAudit::partnerActor(owner.id);
        m_audit.append({0, app.authorisedAt, actor, u"miniprogram.authorise"_qs, u"partner"_qs,
            QString::number(owner.id), QJsonValue::Null, app.toJson(), u"demo-seed"_qs,
            QJsonObject {{u"appId"_qs, app.appId}}});
        const QList<Seeded> versions = story(pattern, lag);
        for (int i = 0; i < versions.size(); ++i)
            version(app, pattern, i, versions.at(i), actor);
    }

    void claimFirstWaiting()
    {
        const QList<ReviewQueueItem> waiting = ReviewQueue::list(m_db, {}, m_now);
        for (const ReviewQueueItem &item : waiting)
            if (item.kind == ReviewItemKind::MiniProgramSubmission) {
                ReviewQueue::claim(m_db, item.id, u"reviewer2"_qs, m_now.addSecs(-5 * 60));
                return;
            }
    }

private:
    QDateTime hoursAgo(double hours) const { return m_now.addSecs(-qint64(hours * 3600)); }

    QStringList screenshots(qint64 partnerId, int pattern, int variant)
    {
        QStringList ids;
        for (int page = 0; page < 3; ++page) {
            const std::pair<int, int> key {pattern * 10 + page, variant};
            if (!m_png.contains(key))
                m_png.insert(key, DemoScreens::png(kAccents[pattern], page, variant));
            StoredScreenshot shot {MiniProgramRepository::generateScreenshotId(), partnerId, "image/png",
                DemoScreens::Width, DemoScreens::Height, m_png.value(key)};
            MiniProgramRepository::insertScreenshot(m_db, shot, m_now);
            ids.append(shot.id);
        }
        return ids;
    }

    void version(const MiniProgramApp &app, int pattern, int index, const Seeded &s, const QString &actor)
    {
        const bool big = pattern == 6 && index == 1;
        MiniProgramVersion v;
        v.partnerId = app.partnerId;
        v.appId = app.appId;
        v.codeVersion = QString::fromUtf16(s.codeVersion);
        v.description = descriptionFor(app.name, index, big);
        v.pages = pagesFor(index, big);
        v.category = QString::fromUtf16(big ? u"lifestyle" : kCategories[pattern]);
        v.privacyDeclaration = pattern == 7 && index == 0 ? QString() : privacyFor(index, big);
        v.screenshots = screenshots(app.partnerId, pattern, index > 0 ? 1 : 0);
        v.partnerNotes = index == 0 ? QString() : u"测试账号：13800000000 / 验证码 123456"_qs;
        v.createdAt = hoursAgo(qMax(s.submittedHoursAgo, 0.0) + 24);
        v.status = MiniProgramStatus::Draft;
        v.version = 1;
        v.id = MiniProgramRepository::insertVersion(m_db, v);
        append(actor, u"create"_qs, nullptr, v, v.createdAt);
        if (s.submittedHoursAgo < 0)
            return;
        step(v, actor, u"submit"_qs, MiniProgramStatus::Submitted, hoursAgo(s.submittedHoursAgo));
        MiniProgramRepository::recordEvent(m_db, v.partnerId, u"submit"_qs, v.submittedAt);
        if (s.status == MiniProgramStatus::Withdrawn) {
            const QDateTime at = hoursAgo(s.submittedHoursAgo - 5);
            step(v, actor, u"withdraw"_qs, MiniProgramStatus::Withdrawn, at);
            MiniProgramRepository::recordEvent(m_db, v.partnerId, u"withdraw"_qs, at);
        }
        if (s.decidedHoursAgo < 0) {
            finish(v);
            return;
        }
        const QString reviewer = index % 2 ? u"reviewer2"_qs : u"reviewer"_qs;
        const QString reason = QString::fromUtf16(s.reason);
        const auto decided = [&](const QString &act, MiniProgramStatus to) {
            v.decidedBy = reviewer;
            v.reasonCode = reason;
            v.note = reason == u"broken_pages"_qs         ? u"pages/cart/cart 打开后白屏。"_qs
                : reason == u"awaiting_partner_answer"_qs ? u"请说明新增的设备标识用途。"_qs
                                                          : QString();
            v.decidedAt = hoursAgo(s.decidedHoursAgo);
            step(v, reviewer, act, to, v.decidedAt);
        };
        switch (s.status) {
        case S::Rejected:
            decided(u"reject"_qs, S::Rejected);
            break;
        case S::Delayed:
            decided(u"delay"_qs, S::Delayed);
            break;
        default: // approved, released, rolled back
            decided(u"approve"_qs, S::Approved);
            break;
        }
        if (s.grayPercent > 0) {
            v.grayPercent = s.grayPercent;
            v.releasedAt = hoursAgo(s.decidedHoursAgo - 2);
            step(v, reviewer, u"release"_qs, S::Released, v.releasedAt);
        }
        if (s.status == S::RolledBack) {
            v.note = u"灰度期间订单转化下降，回滚到上一版本。"_qs;
            step(v, u"reviewer"_qs, u"rollback"_qs, S::RolledBack, hoursAgo(s.decidedHoursAgo - 30));
        }
        finish(v);
    }

    void step(MiniProgramVersion &v, const QString &actor, const QString &act, MiniProgramStatus to,
        const QDateTime &at)
    {
        const MiniProgramVersion before = v;
        v.status = to;
        if (act == u"submit")
            v.submittedAt = at;
        ++v.version;
        append(actor, act, &before, v, at);
    }

    void finish(const MiniProgramVersion &v) { MiniProgramRepository::updateVersion(m_db, v); }

    void append(const QString &actor, const QString &act, const MiniProgramVersion *before,
        const MiniProgramVersion &after, const QDateTime &at)
    {
        QJsonObject details {{u"versionId"_qs, after.id}, {u"appId"_qs, after.appId},
            {u"codeVersion"_qs, after.codeVersion}, {u"reasonCode"_qs, after.reasonCode},
            {u"note"_qs, after.note}};
        if (after.grayPercent)
            details.insert(u"grayPercent"_qs, *after.grayPercent);
        m_audit.append(
            {0, at, actor, u"miniprogram."_qs + act, u"partner"_qs, QString::number(after.partnerId),
                before ? QJsonValue(before->toJson()) : QJsonValue(QJsonValue::Null), after.toJson(),
                u"demo-seed"_qs, details});
    }

    QSqlDatabase m_db; // a cheap handle: held by value
    QDateTime m_now;
    AuditLog::Writer m_audit;
    QMap<std::pair<int, int>, QByteArray> m_png;
};

// Partner applications waiting for review were submitted in the last two days, not in January
// when the fixed partner seed dates them: a queue of year-old applications reads like a dead
// system. The partner row, its partner.submit audit line and that line's "after" move together,
// so the History tab still ends where the row says.
void redateWaitingApplications(const QSqlDatabase &db, const QDateTime &now)
{
    QSqlQuery q = Sql::exec(db, u"SELECT id FROM partners WHERE status = 'in_review' ORDER BY id"_qs);
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (int i = 0; i < ids.size(); ++i) {
        const QDateTime at = now.addSecs(-qint64(((i * 53) % 44 + 0.3 + (i % 4) * 0.25) * 3600));
        const QString entityId = QString::number(ids.at(i));
        QSqlQuery line = Sql::exec(db,
            u"SELECT id, after_json FROM audit_events WHERE entity_type = 'partner' AND entity_id = ? "
            u"AND action = 'partner.submit' ORDER BY id DESC LIMIT 1"_qs,
            {entityId});
        if (!line.next())
            continue;
        QJsonObject after = QJsonDocument::fromJson(line.value(1).toString().toUtf8()).object();
        after.insert(u"updatedAt"_qs, toIsoUtc(at));
        Sql::exec(db, u"UPDATE audit_events SET at = ?, after_json = ? WHERE id = ?"_qs,
            {at.toMSecsSinceEpoch(), QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)),
                line.value(0).toLongLong()});
        Sql::exec(
            db, u"UPDATE partners SET updated_at = ? WHERE id = ?"_qs, {at.toMSecsSinceEpoch(), ids.at(i)});
    }
}

} // namespace

void seed(const QSqlDatabase &db, const QDateTime &now)
{
    redateWaitingApplications(db, now);
    QList<Owner> owners;
    QSqlQuery q = Sql::exec(
        db, u"SELECT id, name FROM partners WHERE status = 'active' ORDER BY id LIMIT ?"_qs, {AppCount});
    while (q.next())
        owners.append({q.value(0).toLongLong(), q.value(1).toString()});
    Seeder seeder(db, now);
    for (int i = 0; i < owners.size(); ++i)
        seeder.app(i, owners.at(i));
    seeder.claimFirstWaiting();
}

} // namespace Kepler::Server::DemoReviews
