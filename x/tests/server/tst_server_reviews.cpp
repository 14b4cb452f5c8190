// The review workbench over real HTTP (issue 4, docs/reviews.md): a partner authorises a
// mini-program, uploads screenshots, drafts and submits through signed /open/v1 calls; staff see
// it in the queue, claim it, race to decide it (one wins, the other is told who), release it in
// gray and in full and roll it back; limits, separation of duties, roles, bad input, polling with
// ETag, the partner's timeline, and the demo seed's submissions in every state.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTest>

using namespace Kepler::Test;

namespace {
const QString kDemoPassword = u"kepler-demo"_qs;
// A 1×1 PNG.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
} // namespace

class tst_ServerReviews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoSeedHasEveryState();
    void partnerSubmitsAndTheQueueShowsIt();
    void submitNeedsACompleteDraft();
    void claimsAreLocksOthersSee();
    void twoReviewersRaceOneWins();
    void releaseGrayThenFullThenRollback();
    void oneGrayRolloutAtATime();
    void withdrawIsLimitedPerDay();
    void monthlySubmissionQuota();
    void separationOfDuties();
    void partnerApplicationsAreDecidedHere();
    void rolesAndBadInput();
    void pollingWithEtag();
    void partnerSideRefusals();
    void timelineTellsTheStory();

private:
    HttpResult signedJson(
        const GatewayKey &key, const QByteArray &method, const QString &path, const QJsonObject &body = {});
    QString uploadScreenshot(const GatewayKey &key);
    // Authorised app + a complete draft for it; returns the version id (0 on failure).
    qint64 draft(const GatewayKey &key, const QString &appId, const QString &codeVersion);
    qint64 submitted(const GatewayKey &key, const QString &appId, const QString &codeVersion);
    GatewayKey keyFor(qint64 partnerId);
    HttpResult decide(HttpClient &who, const QString &itemId, const QString &decision,
        const QString &reason = {}, const QByteArray &ifMatch = {});
    QByteArray etagOf(const QString &itemId);
    HttpResult release(HttpClient &who, const QString &itemId, int percent);

    static QString itemOf(qint64 versionId) { return u"miniprogram-%1"_qs.arg(versionId); }

    PlatformProcess m_platform;
    HttpClient m_operator, m_reviewer, m_reviewer2, m_admin, m_manager;
    HttpClient m_partner; // no staff token
    qint64 m_partnerId = 0;
    GatewayKey m_key;
    qint64 m_otherPartnerId = 0;
    GatewayKey m_otherKey;
    qint64 m_quotaPartnerId = 0; // used by monthlySubmissionQuota only
    GatewayKey m_quotaKey;
};

void tst_ServerReviews::initTestCase()
{
    QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
    const std::pair<HttpClient *, QString> logins[]
        = {{&m_operator, u"operator"_qs}, {&m_reviewer, u"reviewer"_qs}, {&m_reviewer2, u"reviewer2"_qs},
            {&m_admin, u"admin"_qs}, {&m_manager, u"manager"_qs}};
    for (const auto &[client, name] : logins) {
        client->setBaseUrl(m_platform.url());
        QCOMPARE(client->login(name, kDemoPassword).status, 201);
    }
    m_partner.setBaseUrl(m_platform.url());
    // Active partners past the 24 the demo gave apps, so their limits start at zero.
    const HttpResult active = m_manager.get(u"/api/v1/partners?status=active&limit=40&sort=id"_qs);
    QCOMPARE(active.status, 200);
    const QJsonArray items = active.object().value(u"items"_qs).toArray();
    QVERIFY(items.size() >= 31);
    m_partnerId = items.at(28).toObject().value(u"id"_qs).toInteger();
    m_otherPartnerId = items.at(29).toObject().value(u"id"_qs).toInteger();
    m_key = keyFor(m_partnerId);
    m_otherKey = keyFor(m_otherPartnerId);
    m_quotaPartnerId = items.at(30).toObject().value(u"id"_qs).toInteger();
    m_quotaKey = keyFor(m_quotaPartnerId);
    QVERIFY(!m_key.secret.isEmpty());
    QVERIFY(!m_otherKey.secret.isEmpty());
}

GatewayKey tst_ServerReviews::keyFor(qint64 partnerId)
{
    const HttpResult r
        = m_operator.request("POST", u"/api/v1/partners/%1/keys"_qs.arg(partnerId), QJsonObject {});
    if (r.status != 201)
        qWarning() << "key" << r.status << r.body;
    return {r.object().value(u"appKey"_qs).toString(), r.object().value(u"secret"_qs).toString()};
}

HttpResult tst_ServerReviews::signedJson(
    const GatewayKey &key, const QByteArray &method, const QString &path, const QJsonObject &body)
{
    SignedCall call;
    call.method = method;
    call.pathAndQuery = path;
    if (method != "GET")
        call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return sendSigned(m_partner, key, call);
}

QString tst_ServerReviews::uploadScreenshot(const GatewayKey &key)
{
    SignedCall call;
    call.method = "POST";
    call.pathAndQuery = u"/open/v1/miniprograms/screenshots"_qs;
    call.body = kPng;
    Headers headers = signedHeaders(key, call);
    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "image/png"));
    const HttpResult r = m_partner.requestRaw("POST", call.pathAndQuery, call.body, headers);
    if (r.status != 201)
        qWarning() << "upload" << r.status << r.body;
    return r.object().value(u"id"_qs).toString();
}

qint64 tst_ServerReviews::draft(const GatewayKey &key, const QString &appId, const QString &codeVersion)
{
    const HttpResult auth = signedJson(
        key, "POST", u"/open/v1/miniprograms"_qs, {{u"appId"_qs, appId}, {u"name"_qs, u"测试商城"_qs}});
    if (auth.status != 201 && auth.status != 200) {
        qWarning() << "authorise" << auth.status << auth.body;
        return 0;
    }
    const QString shot = uploadScreenshot(key);
    const HttpResult r = signedJson(key, "POST", u"/open/v1/miniprograms/versions"_qs,
        {{u"appId"_qs, appId}, {u"codeVersion"_qs, codeVersion}, {u"description"_qs, u"商品浏览与下单"_qs},
            {u"pages"_qs, QJsonArray {u"pages/index/index"_qs, u"pages/cart/cart"_qs}},
            {u"category"_qs, u"shopping"_qs}, {u"privacyDeclaration"_qs, u"收集手机号用于订单通知"_qs},
            {u"screenshots"_qs, QJsonArray {shot}}, {u"partnerNotes"_qs, u"测试账号 13800000000"_qs}});
    if (r.status != 201) {
        qWarning() << "draft" << r.status << r.body;
        return 0;
    }
    return r.object().value(u"id"_qs).toInteger();
}

qint64 tst_ServerReviews::submitted(const GatewayKey &key, const QString &appId, const QString &codeVersion)
{
    const qint64 id = draft(key, appId, codeVersion);
    if (id == 0)
        return 0;
    const HttpResult r = signedJson(key, "POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(id));
    if (r.status != 200) {
        qWarning() << "submit" << r.status << r.body;
        return 0;
    }
    return id;
}

QByteArray tst_ServerReviews::etagOf(const QString &itemId)
{
    return m_manager.get(u"/api/v1/reviews/"_qs + itemId).header("ETag");
}

HttpResult tst_ServerReviews::decide(HttpClient &who, const QString &itemId, const QString &decision,
    const QString &reason, const QByteArray &ifMatch)
{
    QJsonObject body {{u"decision"_qs, decision}};
    if (!reason.isEmpty())
        body.insert(u"reasonCode"_qs, reason);
    return who.request("POST", u"/api/v1/reviews/%1/decision"_qs.arg(itemId), body,
        {{"If-Match", ifMatch.isEmpty() ? etagOf(itemId) : ifMatch}});
}

HttpResult tst_ServerReviews::release(HttpClient &who, const QString &itemId, int percent)
{
    return who.request("POST", u"/api/v1/reviews/%1/release"_qs.arg(itemId),
        QJsonObject {{u"percent"_qs, percent}}, {{"If-Match", etagOf(itemId)}});
}

void tst_ServerReviews::demoSeedHasEveryState()
{
    for (const char *status :
        {"draft", "submitted", "approved", "rejected", "withdrawn", "delayed", "released", "rolled_back"}) {
        const HttpResult r = m_manager.get(
            u"/api/v1/reviews?kind=miniprogram_submission&status=%1"_qs.arg(QString::fromLatin1(status)));
        QCOMPARE(r.status, 200);
        QVERIFY2(r.object().value(u"total"_qs).toInt() >= 1, status);
    }
    // The default queue: what waits for a decision, oldest first, some past the 24 h SLA.
    const HttpResult queue = m_manager.get(u"/api/v1/reviews?limit=500"_qs);
    QCOMPARE(queue.status, 200);
    const QDateTime serverTime
        = QDateTime::fromString(queue.object().value(u"serverTime"_qs).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QJsonObject counts = queue.object().value(u"counts"_qs).toObject();
    QVERIFY(counts.value(u"partner_application"_qs).toInt() > 0);
    QVERIFY(counts.value(u"miniprogram_submission"_qs).toInt() > 0);
    QVERIFY(counts.value(u"overdue"_qs).toInt() > 0);
    // Decided items (approved, released, rejected, an active partner) are long past the SLA but no
    // longer wait: none of them counts as overdue, and each says when it was decided.
    for (const QString &query :
        {u"kind=miniprogram_submission&status=approved,released,rejected,rolled_back"_qs,
            u"kind=partner_application&status=active,rejected"_qs}) {
        const HttpResult decided = m_manager.get(u"/api/v1/reviews?limit=500&"_qs + query);
        QCOMPARE(decided.status, 200);
        const QJsonArray decidedItems = decided.object().value(u"items"_qs).toArray();
        QVERIFY2(!decidedItems.isEmpty(), qPrintable(query));
        bool pastTheSla = false;
        for (const QJsonValue &v : decidedItems) {
            const QJsonObject item = v.toObject();
            const QDateTime entered
                = QDateTime::fromString(item.value(u"enteredAt"_qs).toString(), Qt::ISODateWithMs);
            pastTheSla = pastTheSla || entered.addSecs(24 * 3600) < serverTime;
            const QDateTime decidedAt
                = QDateTime::fromString(item.value(u"decidedAt"_qs).toString(), Qt::ISODateWithMs);
            QVERIFY2(decidedAt.isValid() && decidedAt >= entered,
                qPrintable(item.value(u"id"_qs).toString() + u' ' + item.value(u"status"_qs).toString()));
        }
        QVERIFY2(pastTheSla, qPrintable(query));
        QCOMPARE(decided.object().value(u"counts"_qs).toObject().value(u"overdue"_qs).toInt(), 0);
    }
    // What still waits has no decision time.
    for (const QJsonValue &v : queue.object().value(u"items"_qs).toArray())
        QVERIFY(v.toObject().value(u"decidedAt"_qs).isNull());
    QString previous;
    bool claimed = false;
    for (const QJsonValue &v : queue.object().value(u"items"_qs).toArray()) {
        const QJsonObject item = v.toObject();
        const QString status = item.value(u"status"_qs).toString();
        QVERIFY2(
            status == u"in_review" || status == u"submitted" || status == u"delayed", qPrintable(status));
        const QString entered = item.value(u"enteredAt"_qs).toString();
        QVERIFY2(previous <= entered, "oldest first");
        previous = entered;
        claimed = claimed || item.value(u"claim"_qs).isObject();
    }
    QVERIFY2(claimed, "the demo shows one item claimed by reviewer2");
    // A seeded 2.0.0 has a live 1.0.0 to compare with, and screenshots that are real PNGs.
    const HttpResult list = m_manager.get(u"/api/v1/reviews?kind=miniprogram_submission"_qs);
    QString withLive;
    for (const QJsonValue &v : list.object().value(u"items"_qs).toArray())
        if (v.toObject().value(u"codeVersion"_qs).toString() == u"2.0.0")
            withLive = v.toObject().value(u"id"_qs).toString();
    QVERIFY(!withLive.isEmpty());
    const QJsonObject detail = m_manager.get(u"/api/v1/reviews/"_qs + withLive).object();
    QCOMPARE(detail.value(u"liveRelease"_qs).toObject().value(u"codeVersion"_qs).toString(), u"1.0.0"_qs);
    const QJsonArray shots = detail.value(u"submission"_qs).toObject().value(u"screenshots"_qs).toArray();
    QCOMPARE(shots.size(), 3);
    const HttpResult image = m_manager.get(u"/api/v1/miniprograms/screenshots/"_qs + shots.at(0).toString());
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("Content-Type"), QByteArray("image/png"));
    QVERIFY(image.body.startsWith("\x89PNG\r\n\x1a\n"));
    QVERIFY(image.body.size() > 1000);
}

void tst_ServerReviews::partnerSubmitsAndTheQueueShowsIt()
{
    const qint64 id = submitted(m_key, u"wxqueue0000000001"_qs, u"1.0.0"_qs);
    QVERIFY(id > 0);
    const HttpResult status = signedJson(m_key, "GET", u"/open/v1/miniprograms/versions/%1"_qs.arg(id));
    QCOMPARE(status.status, 200);
    QCOMPARE(status.object().value(u"status"_qs).toString(), u"submitted"_qs);

    const HttpResult queue = m_reviewer.get(u"/api/v1/reviews?partner=%1"_qs.arg(m_partnerId));
    QCOMPARE(queue.status, 200);
    const QJsonArray items = queue.object().value(u"items"_qs).toArray();
    QCOMPARE(items.size(), 1);
    const QJsonObject item = items.at(0).toObject();
    QCOMPARE(item.value(u"id"_qs).toString(), itemOf(id));
    QCOMPARE(item.value(u"kind"_qs).toString(), u"miniprogram_submission"_qs);
    QCOMPARE(item.value(u"appName"_qs).toString(), u"测试商城"_qs);
    QVERIFY(item.value(u"claim"_qs).isNull());
    const QDateTime entered
        = QDateTime::fromString(item.value(u"enteredAt"_qs).toString(), Qt::ISODateWithMs);
    QVERIFY(qAbs(entered.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(QDateTime::fromString(item.value(u"dueAt"_qs).toString(), Qt::ISODateWithMs),
        entered.addSecs(24 * 3600));

    const HttpResult detail = m_reviewer.get(u"/api/v1/reviews/"_qs + itemOf(id));
    QCOMPARE(detail.status, 200);
    QVERIFY(!detail.header("ETag").isEmpty());
    QCOMPARE(
        detail.object().value(u"submission"_qs).toObject().value(u"codeVersion"_qs).toString(), u"1.0.0"_qs);
    QVERIFY(detail.object().value(u"liveRelease"_qs).isNull());
    QCOMPARE(detail.object().value(u"partner"_qs).toObject().value(u"id"_qs).toInteger(), m_partnerId);
}

void tst_ServerReviews::submitNeedsACompleteDraft()
{
    QCOMPARE(signedJson(m_key, "POST", u"/open/v1/miniprograms"_qs,
                 {{u"appId"_qs, u"wxbare00000000001"_qs}, {u"name"_qs, u"空壳"_qs}})
                 .status,
        201);
    const HttpResult bare = signedJson(m_key, "POST", u"/open/v1/miniprograms/versions"_qs,
        {{u"appId"_qs, u"wxbare00000000001"_qs}, {u"codeVersion"_qs, u"0.1.0"_qs}});
    QCOMPARE(bare.status, 201);
    const qint64 id = bare.object().value(u"id"_qs).toInteger();
    const HttpResult r = signedJson(m_key, "POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(id));
    QCOMPARE(r.status, 422);
    QStringList fields;
    for (const QJsonValue &e : r.object().value(u"errors"_qs).toArray())
        fields << e.toObject().value(u"field"_qs).toString();
    fields.sort();
    QCOMPARE(fields,
        (QStringList {
            u"category"_qs, u"description"_qs, u"pages"_qs, u"privacyDeclaration"_qs, u"screenshots"_qs}));
}

void tst_ServerReviews::claimsAreLocksOthersSee()
{
    const qint64 id = submitted(m_key, u"wxclaim0000000001"_qs, u"1.0.0"_qs);
    QVERIFY(id > 0);
    const QString item = itemOf(id);
    const HttpResult mine
        = m_reviewer.request("POST", u"/api/v1/reviews/%1/claim"_qs.arg(item), QJsonObject {});
    QCOMPARE(mine.status, 200);
    QCOMPARE(mine.object().value(u"claim"_qs).toObject().value(u"by"_qs).toString(), u"reviewer"_qs);
    // Others see it in the queue and cannot take it or act on it.
    const HttpResult seen = m_reviewer2.get(u"/api/v1/reviews/"_qs + item);
    QCOMPARE(seen.object().value(u"claim"_qs).toObject().value(u"by"_qs).toString(), u"reviewer"_qs);
    const HttpResult theirs
        = m_reviewer2.request("POST", u"/api/v1/reviews/%1/claim"_qs.arg(item), QJsonObject {});
    QCOMPARE(theirs.status, 409);
    QCOMPARE(theirs.code(), u"review_claimed"_qs);
    QCOMPARE(theirs.object().value(u"claim"_qs).toObject().value(u"by"_qs).toString(), u"reviewer"_qs);
    QCOMPARE(decide(m_reviewer2, item, u"approve"_qs).code(), u"review_claimed"_qs);
    QCOMPARE(m_reviewer2.request("DELETE", u"/api/v1/reviews/%1/claim"_qs.arg(item)).status, 409);
    const HttpResult claimedList = m_reviewer2.get(u"/api/v1/reviews?claimedBy=reviewer"_qs);
    bool listed = false;
    for (const QJsonValue &v : claimedList.object().value(u"items"_qs).toArray())
        listed = listed || v.toObject().value(u"id"_qs).toString() == item;
    QVERIFY(listed);
    const HttpResult workload = m_manager.get(u"/api/v1/reviews/workload"_qs);
    QCOMPARE(workload.status, 200);
    bool counted = false;
    for (const QJsonValue &v : workload.object().value(u"reviewers"_qs).toArray())
        if (v.toObject().value(u"reviewer"_qs).toString() == u"reviewer")
            counted = v.toObject().value(u"claimed"_qs).toInt() >= 1;
    QVERIFY(counted);
    // The oldest waiting item comes whole, so the console can show its name and not only its id.
    const QJsonObject oldest = workload.object().value(u"oldestWaiting"_qs).toObject();
    QVERIFY(!oldest.value(u"id"_qs).toString().isEmpty());
    QVERIFY(!oldest.value(u"partnerName"_qs).toString().isEmpty());
    QVERIFY(oldest.value(u"enteredAt"_qs).isString());
    // Released, it is free for the next reviewer; a decision frees it too.
    QCOMPARE(m_reviewer.request("DELETE", u"/api/v1/reviews/%1/claim"_qs.arg(item)).status, 204);
    QCOMPARE(
        m_reviewer2.request("POST", u"/api/v1/reviews/%1/claim"_qs.arg(item), QJsonObject {}).status, 200);
    QCOMPARE(decide(m_reviewer2, item, u"delay"_qs, u"needs_more_time"_qs).status, 200);
    QVERIFY(m_manager.get(u"/api/v1/reviews/"_qs + item).object().value(u"claim"_qs).isNull());
    // Nothing to claim where nothing is to be done: an active partner, a draft.
    const HttpResult active
        = m_reviewer.request("POST", u"/api/v1/reviews/partner-%1/claim"_qs.arg(m_partnerId), QJsonObject {});
    QCOMPARE(active.status, 409);
    QCOMPARE(active.code(), u"invalid_transition"_qs);
}

void tst_ServerReviews::twoReviewersRaceOneWins()
{
    const qint64 id = submitted(m_key, u"wxrace00000000001"_qs, u"1.0.0"_qs);
    QVERIFY(id > 0);
    const QString item = itemOf(id);
    const QByteArray etag = etagOf(item);
    const QByteArray body = QJsonDocument(QJsonObject {{u"decision"_qs, u"approve"_qs}}).toJson();
    const auto headers = [&](HttpClient &c) {
        return Headers {{"Authorization", "Bearer " + c.token().toLatin1()},
            {"Content-Type", "application/json"}, {"If-Match", etag}};
    };
    QNetworkReply *a
        = m_reviewer.start("POST", u"/api/v1/reviews/%1/decision"_qs.arg(item), body, headers(m_reviewer));
    QNetworkReply *b
        = m_reviewer2.start("POST", u"/api/v1/reviews/%1/decision"_qs.arg(item), body, headers(m_reviewer2));
    const HttpResult ra = m_reviewer.finish(a);
    const HttpResult rb = m_reviewer2.finish(b);
    QList<int> statuses {ra.status, rb.status};
    std::sort(statuses.begin(), statuses.end());
    QCOMPARE(statuses, (QList<int> {200, 412}));
    const HttpResult &loser = ra.status == 412 ? ra : rb;
    const QString winner = ra.status == 200 ? u"reviewer"_qs : u"reviewer2"_qs;
    QCOMPARE(loser.code(), u"version_conflict"_qs);
    QCOMPARE(loser.object().value(u"decidedBy"_qs).toString(), winner);
    QVERIFY(loser.object().value(u"detail"_qs).toString().contains(winner));
    QCOMPARE(loser.object().value(u"current"_qs).toObject().value(u"status"_qs).toString(), u"approved"_qs);
    // Exactly one decision stored.
    const HttpResult audit
        = m_manager.get(u"/api/v1/audit?entity=partner:%1&action=miniprogram.approve"_qs.arg(m_partnerId));
    int approvals = 0;
    for (const QJsonValue &v : audit.object().value(u"items"_qs).toArray())
        approvals
            += v.toObject().value(u"details"_qs).toObject().value(u"versionId"_qs).toInteger() == id ? 1 : 0;
    QCOMPARE(approvals, 1);
}

void tst_ServerReviews::releaseGrayThenFullThenRollback()
{
    const QString app = u"wxrelease00000001"_qs;
    const qint64 first = submitted(m_key, app, u"1.0.0"_qs);
    QVERIFY(first > 0);
    QCOMPARE(decide(m_reviewer, itemOf(first), u"approve"_qs).status, 200);
    QCOMPARE(release(m_reviewer, itemOf(first), 0).code(), u"out_of_range"_qs);
    HttpResult r = release(m_reviewer, itemOf(first), 10);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"released"_qs);
    QCOMPARE(r.object().value(u"grayPercent"_qs).toInt(), 10);
    QCOMPARE(release(m_reviewer, itemOf(first), 5).code(), u"gray_percent_not_increasing"_qs);
    QCOMPARE(release(m_reviewer, itemOf(first), 100).status, 200);
    QCOMPARE(release(m_reviewer, itemOf(first), 100).code(), u"already_fully_released"_qs);
    // The first release has nothing to go back to.
    r = m_reviewer.request("POST", u"/api/v1/reviews/%1/rollback"_qs.arg(itemOf(first)), QJsonObject {},
        {{"If-Match", etagOf(itemOf(first))}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"no_previous_release"_qs);

    const qint64 second = submitted(m_key, app, u"1.1.0"_qs);
    QVERIFY(second > 0);
    const QJsonObject detail = m_reviewer.get(u"/api/v1/reviews/"_qs + itemOf(second)).object();
    QCOMPARE(detail.value(u"liveRelease"_qs).toObject().value(u"id"_qs).toInteger(), first);
    QCOMPARE(decide(m_reviewer, itemOf(second), u"approve"_qs).status, 200);
    QCOMPARE(release(m_reviewer, itemOf(second), 10).status, 200);
    QCOMPARE(release(m_reviewer, itemOf(second), 100).status, 200);
    r = m_reviewer.request("POST", u"/api/v1/reviews/%1/rollback"_qs.arg(itemOf(second)),
        QJsonObject {{u"note"_qs, u"转化下降"_qs}}, {{"If-Match", etagOf(itemOf(second))}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"rolled_back"_qs);
    // 1.0.0 is live again, for everyone.
    const QJsonObject again = m_reviewer.get(u"/api/v1/reviews/"_qs + itemOf(first)).object();
    QCOMPARE(again.value(u"status"_qs).toString(), u"released"_qs);
    QCOMPARE(again.value(u"grayPercent"_qs).toInt(), 100);
    const HttpResult partnerView
        = signedJson(m_key, "GET", u"/open/v1/miniprograms/versions/%1"_qs.arg(second));
    QCOMPARE(partnerView.object().value(u"status"_qs).toString(), u"rolled_back"_qs);
    // A rolled-back version is final.
    QCOMPARE(release(m_reviewer, itemOf(second), 100).code(), u"invalid_transition"_qs);
}

void tst_ServerReviews::oneGrayRolloutAtATime()
{
    const QString app = u"wxgray00000000001"_qs;
    const qint64 first = submitted(m_key, app, u"1.0.0"_qs);
    QCOMPARE(decide(m_reviewer, itemOf(first), u"approve"_qs).status, 200);
    QCOMPARE(release(m_reviewer, itemOf(first), 100).status, 200);
    const qint64 second = submitted(m_key, app, u"1.1.0"_qs);
    const qint64 third = submitted(m_key, app, u"1.2.0"_qs);
    QVERIFY(first > 0 && second > 0 && third > 0);
    QCOMPARE(decide(m_reviewer, itemOf(second), u"approve"_qs).status, 200);
    QCOMPARE(decide(m_reviewer, itemOf(third), u"approve"_qs).status, 200);
    QCOMPARE(release(m_reviewer, itemOf(second), 20).status, 200);
    const HttpResult r = release(m_reviewer, itemOf(third), 10);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.code(), u"gray_in_progress"_qs);
    QCOMPARE(r.object().value(u"grayVersionId"_qs).toInteger(), second);
    // 1.1.0 (gray) is what users see now: 1.0.0 is not live and cannot be rolled back.
    const HttpResult notLive
        = m_reviewer.request("POST", u"/api/v1/reviews/%1/rollback"_qs.arg(itemOf(first)), QJsonObject {},
            {{"If-Match", etagOf(itemOf(first))}});
    QCOMPARE(notLive.status, 409);
    QCOMPARE(notLive.code(), u"invalid_transition"_qs);
}

void tst_ServerReviews::withdrawIsLimitedPerDay()
{
    const QString app = u"wxwithdraw0000001"_qs;
    const qint64 first = submitted(m_otherKey, app, u"1.0.0"_qs);
    QVERIFY(first > 0);
    HttpResult r
        = signedJson(m_otherKey, "POST", u"/open/v1/miniprograms/versions/%1/withdraw"_qs.arg(first));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"withdrawn"_qs);
    QVERIFY(m_manager.get(u"/api/v1/reviews?partner=%1"_qs.arg(m_otherPartnerId))
                .object()
                .value(u"total"_qs)
                .toInt()
        == 0);
    QVERIFY(!r.object().contains(u"decidedBy"_qs)); // staff logins stay inside Kepler
    const qint64 second = submitted(m_otherKey, app, u"1.0.1"_qs);
    const QDateTime firstDay = QDateTime::currentDateTimeUtc();
    r = signedJson(m_otherKey, "POST", u"/open/v1/miniprograms/versions/%1/withdraw"_qs.arg(second));
    // Beijing midnight (16:00 UTC) between the two withdrawals starts a new day: then it is allowed.
    if (r.status == 200
        && firstDay.addSecs(8 * 3600).date() != QDateTime::currentDateTimeUtc().addSecs(8 * 3600).date())
        return;
    QCOMPARE(r.status, 429);
    QCOMPARE(r.code(), u"withdraw_limit_exceeded"_qs);
    QVERIFY(r.header("Retry-After").toLongLong() > 0);
    QCOMPARE(r.object().value(u"usedToday"_qs).toInt(), 1);
    // A withdrawn version is final; a draft cannot be withdrawn.
    r = signedJson(m_otherKey, "POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(first));
    QCOMPARE(r.code(), u"invalid_transition"_qs);
}

void tst_ServerReviews::monthlySubmissionQuota()
{
    // A partner of its own, so the count does not depend on other tests: 20 go through, the 21st
    // is refused with when the next becomes possible.
    const QString app = u"wxquota0000000001"_qs;
    int accepted = 0;
    HttpResult last;
    for (int i = 0; i < 21; ++i) {
        const qint64 id = draft(m_quotaKey, app, u"2.0.%1"_qs.arg(i));
        QVERIFY(id > 0);
        last = signedJson(m_quotaKey, "POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(id));
        if (last.status != 200)
            break;
        ++accepted;
    }
    QCOMPARE(accepted, 20);
    QCOMPARE(last.status, 429);
    QCOMPARE(last.code(), u"submission_quota_exceeded"_qs);
    QCOMPARE(last.object().value(u"usedThisMonth"_qs).toInt(), 20);
    QVERIFY(!last.object().value(u"nextAllowedAt"_qs).toString().isEmpty());
    QVERIFY(last.header("Retry-After").toLongLong() > 0);
}

void tst_ServerReviews::separationOfDuties()
{
    // The admin creates and submits a partner: another reviewer must decide its application.
    const HttpResult created = m_admin.request("POST", u"/api/v1/partners"_qs,
        QJsonObject {{u"name"_qs, u"自建伙伴"_qs}, {u"nameEn"_qs, u"Self-made"_qs}, {u"mode"_qs, u"guide"_qs},
            {u"scenario"_qs, u"gaming"_qs}, {u"commissionBps"_qs, 500}});
    QCOMPARE(created.status, 201);
    const qint64 partnerId = created.object().value(u"id"_qs).toInteger();
    const QString item = u"partner-%1"_qs.arg(partnerId);
    QCOMPARE(m_admin
                 .request("POST", u"/api/v1/partners/%1/submit"_qs.arg(partnerId), QJsonObject {},
                     {{"If-Match", created.header("ETag")}})
                 .status,
        200);
    HttpResult r = decide(m_admin, item, u"approve"_qs);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"separation_of_duties"_qs);
    QCOMPARE(decide(m_reviewer, item, u"approve"_qs, u"documents_verified"_qs).status, 200);
    // Nor its mini-program submissions.
    const GatewayKey key = keyFor(partnerId);
    const qint64 id = submitted(key, u"wxsod000000000001"_qs, u"1.0.0"_qs);
    QVERIFY(id > 0);
    r = decide(m_admin, itemOf(id), u"approve"_qs);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.code(), u"separation_of_duties"_qs);
    QCOMPARE(decide(m_reviewer2, itemOf(id), u"reject"_qs, u"content_mismatch"_qs).status, 200);
}

void tst_ServerReviews::partnerApplicationsAreDecidedHere()
{
    const HttpResult queue = m_reviewer.get(u"/api/v1/reviews?kind=partner_application&limit=5"_qs);
    const QJsonArray items = queue.object().value(u"items"_qs).toArray();
    QVERIFY(items.size() >= 2);
    const QString first = items.at(0).toObject().value(u"id"_qs).toString();
    const QString second = items.at(1).toObject().value(u"id"_qs).toString();
    QCOMPARE(decide(m_reviewer, first, u"delay"_qs, u"needs_more_time"_qs).status, 422);
    HttpResult r = decide(m_reviewer, first, u"reject"_qs);
    QCOMPARE(r.status, 422); // a rejection needs a reason
    r = decide(m_reviewer, first, u"reject"_qs, u"incomplete_documents"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"rejected"_qs);
    QCOMPARE(r.object().value(u"partner"_qs).toObject().value(u"status"_qs).toString(), u"rejected"_qs);
    r = decide(m_reviewer, second, u"approve"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"active"_qs);
    // Decided applications leave the waiting queue.
    const HttpResult after = m_reviewer.get(u"/api/v1/reviews?kind=partner_application&limit=500"_qs);
    for (const QJsonValue &v : after.object().value(u"items"_qs).toArray())
        QVERIFY(v.toObject().value(u"id"_qs).toString() != first);
}

void tst_ServerReviews::rolesAndBadInput()
{
    const qint64 id = submitted(m_key, u"wxroles0000000001"_qs, u"1.0.0"_qs);
    QVERIFY(id > 0);
    const QString item = itemOf(id);
    QCOMPARE(m_manager.get(u"/api/v1/reviews"_qs).status, 200);
    QCOMPARE(m_operator.get(u"/api/v1/reviews/"_qs + item).status, 200);
    QCOMPARE(decide(m_manager, item, u"approve"_qs).status, 403);
    QCOMPARE(decide(m_operator, item, u"approve"_qs).status, 403);
    QCOMPARE(
        m_operator.request("POST", u"/api/v1/reviews/%1/claim"_qs.arg(item), QJsonObject {}).status, 403);
    QCOMPARE(m_partner.get(u"/api/v1/reviews"_qs).status, 401);

    // No If-Match, unknown ids, unknown decisions, missing reasons, stray fields.
    HttpResult r = m_reviewer.request(
        "POST", u"/api/v1/reviews/%1/decision"_qs.arg(item), QJsonObject {{u"decision"_qs, u"approve"_qs}});
    QCOMPARE(r.status, 428);
    QCOMPARE(m_reviewer.get(u"/api/v1/reviews/miniprogram-99999999"_qs).status, 404);
    QCOMPARE(m_reviewer.get(u"/api/v1/reviews/bogus-1"_qs).status, 404);
    QCOMPARE(m_reviewer.get(u"/api/v1/reviews/miniprogram-0"_qs).status, 404);
    QCOMPARE(decide(m_reviewer, u"miniprogram-99999999"_qs, u"approve"_qs, {}, "\"1\"").status, 404);
    r = decide(m_reviewer, item, u"maybe"_qs);
    QCOMPARE(r.status, 422);
    r = decide(m_reviewer, item, u"reject"_qs);
    QCOMPARE(r.status, 422);
    r = decide(m_reviewer, item, u"reject"_qs, u"fraud"_qs); // a partner reason, not a review reason
    QCOMPARE(r.status, 422);
    r = decide(m_reviewer, item, u"reject"_qs, u"other"_qs);
    QCOMPARE(r.status, 422); // "other" needs a note
    r = m_reviewer.request("POST", u"/api/v1/reviews/%1/decision"_qs.arg(item),
        QJsonObject {{u"decision"_qs, u"approve"_qs}, {u"status"_qs, u"released"_qs}},
        {{"If-Match", etagOf(item)}});
    QCOMPARE(r.status, 422);
    r = m_reviewer.requestRaw("POST", u"/api/v1/reviews/%1/decision"_qs.arg(item), "{not json",
        {{"Content-Type", "application/json"}, {"If-Match", etagOf(item)}});
    QCOMPARE(r.status, 400);
    r = m_reviewer.request("POST", u"/api/v1/reviews/%1/release"_qs.arg(item),
        QJsonObject {{u"percent"_qs, u"ten"_qs}}, {{"If-Match", etagOf(item)}});
    QCOMPARE(r.status, 422);
    // Releasing before approval, and any act with a stale ETag.
    QCOMPARE(release(m_reviewer, item, 10).code(), u"invalid_transition"_qs);
    QCOMPARE(decide(m_reviewer, item, u"approve"_qs, {}, "\"1\"").status, 412);
    QCOMPARE(m_reviewer.get(u"/api/v1/reviews?status=nonsense"_qs).status, 400);
    QCOMPARE(m_reviewer.get(u"/api/v1/reviews?kind=nonsense"_qs).status, 400);
    QCOMPARE(m_reviewer.get(u"/api/v1/reviews?limit=0"_qs).status, 400);
    QCOMPARE(m_reviewer.get(u"/api/v1/reviews?cursor=garbage"_qs).status, 400);
    // A cursor forged from a real one with a huge offset is refused, not paged from.
    const HttpResult page = m_reviewer.get(u"/api/v1/reviews?limit=1"_qs);
    const QByteArray cursor = page.object().value(u"nextCursor"_qs).toString().toLatin1();
    QVERIFY(!cursor.isEmpty());
    const auto base64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
    QJsonObject forged = QJsonDocument::fromJson(QByteArray::fromBase64(cursor, base64)).object();
    QVERIFY(forged.contains(u"o"_qs));
    for (const double offset : {1e19, -1.0, 0.5, 1e300}) {
        forged.insert(u"o"_qs, offset);
        const QString bad
            = QString::fromLatin1(QJsonDocument(forged).toJson(QJsonDocument::Compact).toBase64(base64));
        QCOMPARE(m_reviewer.get(u"/api/v1/reviews?limit=1&cursor="_qs + bad).status, 400);
    }
    forged.insert(u"o"_qs, 1e9); // well-formed but past the end: an empty last page
    const HttpResult past = m_reviewer.get(u"/api/v1/reviews?limit=1&cursor="_qs
        + QString::fromLatin1(QJsonDocument(forged).toJson(QJsonDocument::Compact).toBase64(base64)));
    QCOMPARE(past.status, 200);
    QCOMPARE(past.object().value(u"items"_qs).toArray().size(), 0);
    QCOMPARE(m_reviewer.get(u"/api/v1/miniprograms/screenshots/ss_nope"_qs).status, 404);
}

void tst_ServerReviews::pollingWithEtag()
{
    const HttpResult first = m_reviewer.get(u"/api/v1/reviews"_qs);
    QCOMPARE(first.status, 200);
    const QByteArray etag = first.header("ETag");
    QVERIFY(!etag.isEmpty());
    const HttpResult same = m_reviewer.get(u"/api/v1/reviews"_qs, {{"If-None-Match", etag}});
    QCOMPARE(same.status, 304);
    QVERIFY(same.body.isEmpty());
    QVERIFY(submitted(m_key, u"wxpoll00000000001"_qs, u"1.0.0"_qs) > 0);
    const HttpResult changed = m_reviewer.get(u"/api/v1/reviews"_qs, {{"If-None-Match", etag}});
    QCOMPARE(changed.status, 200);
    QVERIFY(changed.header("ETag") != etag);
    QCOMPARE(changed.object().value(u"total"_qs).toInt(), first.object().value(u"total"_qs).toInt() + 1);
}

void tst_ServerReviews::partnerSideRefusals()
{
    // Another partner's app and version are not found; its app id cannot be taken.
    const qint64 id = draft(m_key, u"wxmine00000000001"_qs, u"1.0.0"_qs);
    QVERIFY(id > 0);
    QCOMPARE(signedJson(m_otherKey, "GET", u"/open/v1/miniprograms/versions/%1"_qs.arg(id)).status, 404);
    QCOMPARE(
        signedJson(m_otherKey, "POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(id)).status, 404);
    HttpResult r = signedJson(m_otherKey, "POST", u"/open/v1/miniprograms"_qs,
        {{u"appId"_qs, u"wxmine00000000001"_qs}, {u"name"_qs, u"抢注"_qs}});
    QCOMPARE(r.status, 409);
    r = signedJson(
        m_key, "POST", u"/open/v1/miniprograms"_qs, {{u"appId"_qs, u"has space"_qs}, {u"name"_qs, u"x"_qs}});
    QCOMPARE(r.status, 422);
    // Screenshots: another partner's id, garbage bytes, a wrong content type.
    const QString theirs = uploadScreenshot(m_otherKey);
    QVERIFY(!theirs.isEmpty());
    r = signedJson(m_key, "POST", u"/open/v1/miniprograms/versions"_qs,
        {{u"appId"_qs, u"wxmine00000000001"_qs}, {u"codeVersion"_qs, u"1.0.1"_qs},
            {u"screenshots"_qs, QJsonArray {theirs}}});
    QCOMPARE(r.status, 422);
    QCOMPARE(r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"code"_qs).toString(),
        u"unknown_screenshot"_qs);
    SignedCall call;
    call.method = "POST";
    call.pathAndQuery = u"/open/v1/miniprograms/screenshots"_qs;
    call.body = "GIF89a not a png";
    Headers headers = signedHeaders(m_key, call);
    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "image/png"));
    r = m_partner.requestRaw("POST", call.pathAndQuery, call.body, headers);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.code(), u"invalid_image"_qs);
    call.nonce = "another-nonce-0001";
    call.body = kPng;
    headers = signedHeaders(m_key, call);
    headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "image/gif"));
    QCOMPARE(m_partner.requestRaw("POST", call.pathAndQuery, call.body, headers).status, 415);
    // /{appId}/revoke and /versions/{id} share a shape: "versions" and "screenshots" are never an
    // app, so /versions/revoke is no app's revoke and no version either (404, nothing changes).
    for (const QString &reserved : {u"versions"_qs, u"screenshots"_qs}) {
        r = signedJson(m_key, "POST", u"/open/v1/miniprograms"_qs,
            {{u"appId"_qs, reserved}, {u"name"_qs, u"Shadow"_qs}});
        QCOMPARE(r.status, 422);
        QCOMPARE(r.object().value(u"errors"_qs).toArray().at(0).toObject().value(u"code"_qs).toString(),
            u"reserved"_qs);
    }
    QCOMPARE(signedJson(m_key, "POST", u"/open/v1/miniprograms/versions/revoke"_qs).status, 404);
    QCOMPARE(signedJson(m_key, "GET", u"/open/v1/miniprograms/versions/revoke"_qs).status, 404);
    // A revoked app takes no new drafts and no submissions.
    r = signedJson(m_key, "POST", u"/open/v1/miniprograms/wxmine00000000001/revoke"_qs);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.object().value(u"status"_qs).toString(), u"revoked"_qs);
    r = signedJson(m_key, "POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(id));
    QCOMPARE(r.code(), u"miniprogram_not_authorised"_qs);
    // Unsigned calls are refused.
    QCOMPARE(m_partner.get(u"/open/v1/miniprograms"_qs).status, 401);
    const HttpResult mine = signedJson(m_key, "GET", u"/open/v1/miniprograms"_qs);
    QCOMPARE(mine.status, 200);
    QVERIFY(mine.object().value(u"items"_qs).toArray().size() >= 3);
}

void tst_ServerReviews::timelineTellsTheStory()
{
    const HttpResult r = m_manager.get(u"/api/v1/partners/%1/timeline?limit=200"_qs.arg(m_partnerId));
    QCOMPARE(r.status, 200);
    QSet<QString> actions;
    for (const QJsonValue &v : r.object().value(u"items"_qs).toArray())
        actions.insert(v.toObject().value(u"action"_qs).toString());
    for (const char *a :
        {"miniprogram.authorise", "miniprogram.create", "miniprogram.submit", "miniprogram.approve",
            "miniprogram.delay", "miniprogram.release", "miniprogram.rollback", "miniprogram.revoke"})
        QVERIFY2(actions.contains(QString::fromLatin1(a)), a);
}

QTEST_GUILESS_MAIN(tst_ServerReviews)
#include "tst_server_reviews.moc"
