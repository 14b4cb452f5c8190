// The review workbench's jobs against a fake network: the requests they build (paths, If-Match,
// If-None-Match, bodies), what they refuse before sending, how they read answers — the queue's
// 304, a decision's 412 that names the winner, a claim held by someone else.
#include "ApiTestData.h"
#include "FakeNetworkAccessManager.h"
#include "FakeResponse.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ClaimReviewJob.h"
#include "api/DecideReviewJob.h"
#include "api/GetReviewJob.h"
#include "api/GetScreenshotJob.h"
#include "api/ListReviewsJob.h"
#include "api/ReleaseMiniProgramJob.h"
#include "api/ReleaseReviewClaimJob.h"
#include "api/ReviewWorkloadJob.h"
#include "api/RollbackMiniProgramJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Kepler;

namespace {

ReviewQueueItem miniItem(const QString &status = u"submitted"_qs, int version = 4)
{
    ReviewQueueItem item;
    item.id = u"miniprogram-34"_qs;
    item.kind = ReviewItemKind::MiniProgramSubmission;
    item.status = status;
    item.partnerId = 17;
    item.partnerName = u"今日资讯"_qs;
    item.appId = u"wx123"_qs;
    item.appName = u"Daily Mall"_qs;
    item.codeVersion = u"1.3.0"_qs;
    item.category = u"shopping"_qs;
    item.enteredAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    item.dueAt = item.enteredAt.addSecs(24 * 3600);
    item.version = version;
    return item;
}

ReviewQueueItem partnerItem()
{
    ReviewQueueItem item;
    item.id = u"partner-17"_qs;
    item.kind = ReviewItemKind::PartnerApplication;
    item.status = u"in_review"_qs;
    item.partnerId = 17;
    item.partnerName = u"今日资讯"_qs;
    item.enteredAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    item.version = 3;
    return item;
}

MiniProgramVersion version(
    qint64 id, MiniProgramStatus status, std::optional<int> gray = {}, int rowVersion = 5)
{
    MiniProgramVersion v;
    v.id = id;
    v.partnerId = 17;
    v.appId = u"wx123"_qs;
    v.codeVersion = u"1.%1.0"_qs.arg(id);
    v.description = u"A shop"_qs;
    v.pages = {u"pages/index/index"_qs};
    v.category = u"shopping"_qs;
    v.privacyDeclaration = u"Phone number for delivery"_qs;
    v.screenshots = {u"shot-1"_qs};
    v.status = status;
    v.grayPercent = gray;
    v.createdAt = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    v.version = rowVersion;
    return v;
}

QJsonObject detailJson(const ReviewQueueItem &item)
{
    QJsonObject o = item.toJson();
    o.insert(u"partner"_qs, ApiTestData::partnerJson(17, 3));
    o.insert(u"submission"_qs, version(34, MiniProgramStatus::Submitted).toJson());
    o.insert(u"liveRelease"_qs, version(33, MiniProgramStatus::Released, 100).toJson());
    o.insert(u"versions"_qs, QJsonArray {version(33, MiniProgramStatus::Released, 100).toJson()});
    return o;
}

} // namespace

class TestReviewJobs : public QObject
{
    Q_OBJECT

private:
    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;

    template<typename Job> ApiError failureOf(Job *job)
    {
        QSignalSpy failed(job, &ApiJob::failed);
        job->start();
        if (!failed.wait(5000))
            return {};
        return failed.first().first().template value<ApiError>();
    }

private Q_SLOTS:
    void init()
    {
        m_nam = new FakeNetworkAccessManager(this);
        m_session = new ApiSession(m_nam, this);
        m_session->setBaseUrl(QUrl(u"http://kepler.test"_qs));
        m_session->setToken(u"token"_qs);
    }

    void cleanup()
    {
        delete m_session;
        delete m_nam;
    }

    void listBuildsTheQueryAndReadsTheEnvelope()
    {
        QJsonObject answer {{u"items"_qs, QJsonArray {partnerItem().toJson(), miniItem().toJson()}},
            {u"nextCursor"_qs, QJsonValue::Null}, {u"total"_qs, 2},
            {u"counts"_qs,
                QJsonObject {
                    {u"partner_application"_qs, 1}, {u"miniprogram_submission"_qs, 1}, {u"overdue"_qs, 1}}},
            {u"serverTime"_qs, u"2026-12-01T09:00:00.000Z"_qs}};
        m_nam->addRoute(
            "GET", u"^/api/v1/reviews$"_qs, FakeResponse::json(200, answer, {{"ETag", "\"q-7\""}}));
        ReviewQuery query;
        query.kind = u"miniprogram_submission"_qs;
        query.status = u"approved,released"_qs;
        query.claimedBy = u"reviewer"_qs;
        auto *job = new ListReviewsJob(m_session, query);
        QCOMPARE(job->verb(), QByteArray("GET"));
        QVERIFY(job->isIdempotent());
        QSignalSpy done(job, &ListReviewsJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const QUrlQuery sent(m_nam->requests().first().url);
        QCOMPARE(sent.queryItemValue(u"kind"_qs), u"miniprogram_submission"_qs);
        QCOMPARE(sent.queryItemValue(u"status"_qs, QUrl::FullyDecoded), u"approved,released"_qs);
        QCOMPARE(sent.queryItemValue(u"claimedBy"_qs), u"reviewer"_qs);
        QVERIFY(m_nam->requests().first().header("If-None-Match").isEmpty());
        const auto page = done.first().first().value<ReviewPage>();
        QCOMPARE(page.items.size(), 2);
        QCOMPARE(page.items.at(1), miniItem());
        QCOMPARE(page.partnerApplications, 1);
        QCOMPARE(page.miniProgramSubmissions, 1);
        QCOMPARE(page.overdue, 1);
        QCOMPARE(page.etag, QByteArray("\"q-7\""));
        QCOMPARE(page.serverTime, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    }

    void listNotModifiedOn304()
    {
        m_nam->addRoute("GET", u"^/api/v1/reviews$"_qs, FakeResponse::raw(304, QByteArray(), QByteArray()));
        auto *job = new ListReviewsJob(m_session, ReviewQuery(), "\"q-7\"");
        QSignalSpy notModified(job, &ListReviewsJob::notModified);
        QSignalSpy failed(job, &ApiJob::failed);
        QVERIFY(job->start());
        QVERIFY(notModified.wait(5000));
        QCOMPARE(failed.size(), 0);
        QCOMPARE(m_nam->requests().first().header("If-None-Match"), QByteArray("\"q-7\""));
    }

    void list304WithoutAskingIsAnError()
    {
        m_nam->addRoute("GET", u"^/api/v1/reviews$"_qs, FakeResponse::raw(304, QByteArray(), QByteArray()));
        auto *job = new ListReviewsJob(m_session, ReviewQuery());
        QSignalSpy notModified(job, &ListReviewsJob::notModified);
        const ApiError error = failureOf(job);
        QCOMPARE(error.httpStatus, 304);
        QCOMPARE(notModified.size(), 0);
    }

    void listRefusesABadLimit()
    {
        ReviewQuery query;
        query.limit = 0;
        const ApiError error = failureOf(new ListReviewsJob(m_session, query));
        QVERIFY(error.kind == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void getReadsTheDetailAndTheEtag()
    {
        m_nam->addRoute("GET", u"^/api/v1/reviews/miniprogram-34$"_qs,
            FakeResponse::json(200, detailJson(miniItem()), {{"ETag", "\"6\""}}));
        auto *job = new GetReviewJob(m_session, u"miniprogram-34"_qs);
        QSignalSpy done(job, &GetReviewJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto detail = done.first().first().value<ReviewDetail>();
        QCOMPARE(detail.item.id, u"miniprogram-34"_qs);
        QCOMPARE(detail.item.version, 6);
        QCOMPARE(detail.partner.id, 17);
        QVERIFY(detail.submission);
        QCOMPARE(detail.submission->version, 6);
        QVERIFY(detail.liveRelease);
        QCOMPARE(detail.liveRelease->codeVersion, u"1.33.0"_qs);
        QCOMPARE(detail.versions.size(), 1);
    }

    void getRefusesAnUnknownId()
    {
        QVERIFY(failureOf(new GetReviewJob(m_session, u"x-1"_qs)).kind == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void claimHeldBySomeoneElseNamesThem()
    {
        const QJsonObject claim {{u"by"_qs, u"reviewer2"_qs}, {u"at"_qs, u"2026-12-01T09:00:00.000Z"_qs},
            {u"expiresAt"_qs, u"2026-12-01T09:30:00.000Z"_qs}};
        m_nam->addRoute("POST", u"^/api/v1/reviews/miniprogram-34/claim$"_qs,
            FakeResponse::problem(409, u"review_claimed"_qs, {{u"claim"_qs, claim}}));
        const ApiError error = failureOf(new ClaimReviewJob(m_session, u"miniprogram-34"_qs));
        QCOMPARE(error.httpStatus, 409);
        QVERIFY2(error.message().contains(u"reviewer2"_qs), qPrintable(error.message()));
        const auto held = ClaimReviewJob::heldClaim(error);
        QVERIFY(held);
        QCOMPARE(held->by, u"reviewer2"_qs);
    }

    void claimAndReleaseClaim()
    {
        ReviewQueueItem claimed = miniItem();
        claimed.claim = ReviewClaim {
            u"reviewer"_qs, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addSecs(1800)};
        m_nam->addRoute(
            "POST", u"^/api/v1/reviews/miniprogram-34/claim$"_qs, FakeResponse::json(200, claimed.toJson()));
        m_nam->addRoute("DELETE", u"^/api/v1/reviews/miniprogram-34/claim$"_qs, FakeResponse::noContent());
        auto *claim = new ClaimReviewJob(m_session, u"miniprogram-34"_qs);
        QSignalSpy claimDone(claim, &ClaimReviewJob::finished);
        QVERIFY(claim->start());
        QVERIFY(claimDone.wait(5000));
        QCOMPARE(claimDone.first().first().value<ReviewQueueItem>().claim->by, u"reviewer"_qs);
        auto *release = new ReleaseReviewClaimJob(m_session, u"miniprogram-34"_qs);
        QSignalSpy releaseDone(release, &ReleaseReviewClaimJob::finished);
        QVERIFY(release->start());
        QVERIFY(releaseDone.wait(5000));
        QCOMPARE(m_nam->requests().last().verb, QByteArray("DELETE"));
    }

    void decisionSendsIfMatchAndReason()
    {
        m_nam->addRoute("POST", u"^/api/v1/reviews/miniprogram-34/decision$"_qs,
            FakeResponse::json(200, detailJson(miniItem(u"rejected"_qs, 5)), {{"ETag", "\"5\""}}));
        auto *job = new DecideReviewJob(
            m_session, miniItem(), ReviewDecision::Reject, u"broken_pages"_qs, u"  cart page is blank  "_qs);
        QVERIFY(!job->isIdempotent());
        QSignalSpy done(job, &DecideReviewJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const RecordedRequest &r = m_nam->requests().first();
        QCOMPARE(r.header("If-Match"), QByteArray("\"4\""));
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value(u"decision"_qs).toString(), u"reject"_qs);
        QCOMPARE(body.value(u"reasonCode"_qs).toString(), u"broken_pages"_qs);
        QCOMPARE(body.value(u"note"_qs).toString(), u"cart page is blank"_qs);
        QCOMPARE(done.first().first().value<ReviewDetail>().item.status, u"rejected"_qs);
    }

    void decisionLostRaceNamesTheWinner()
    {
        m_nam->addRoute("POST", u"^/api/v1/reviews/miniprogram-34/decision$"_qs,
            FakeResponse::problem(412, u"version_conflict"_qs,
                {{u"decidedBy"_qs, u"reviewer2"_qs}, {u"current"_qs, miniItem(u"approved"_qs, 5).toJson()}}));
        const ApiError error = failureOf(
            new DecideReviewJob(m_session, miniItem(), ReviewDecision::Approve, u"meets_guidelines"_qs));
        QCOMPARE(error.httpStatus, 412);
        QCOMPARE(DecideReviewJob::decidedBy(error), u"reviewer2"_qs);
        QVERIFY2(error.message().contains(u"reviewer2"_qs), qPrintable(error.message()));
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void decisionIsNeverRetried()
    {
        m_nam->addRoute("POST", u"^/api/v1/reviews/miniprogram-34/decision$"_qs,
            FakeResponse::problem(503, u"service_unavailable"_qs));
        auto *job = new DecideReviewJob(m_session, miniItem(), ReviewDecision::Approve);
        job->setRetryDelays(0, 0);
        const ApiError error = failureOf(job);
        QCOMPARE(error.httpStatus, 503);
        QCOMPARE(m_nam->requests().size(), 1);
    }

    void decisionRefusesBadInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("decision");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("note");
        const int approve = int(ReviewDecision::Approve), reject = int(ReviewDecision::Reject),
                  delay = int(ReviewDecision::Delay);
        QTest::newRow("already approved")
            << u"mini"_qs << u"approved"_qs << approve << QString() << QString();
        QTest::newRow("delay a delayed item")
            << u"mini"_qs << u"delayed"_qs << delay << u"needs_more_time"_qs << QString();
        QTest::newRow("reject without reason")
            << u"mini"_qs << u"submitted"_qs << reject << QString() << QString();
        QTest::newRow("delay without reason")
            << u"mini"_qs << u"submitted"_qs << delay << QString() << QString();
        QTest::newRow("reason of another decision")
            << u"mini"_qs << u"submitted"_qs << reject << u"needs_more_time"_qs << QString();
        QTest::newRow("other without note")
            << u"mini"_qs << u"submitted"_qs << reject << u"other"_qs << QString();
        QTest::newRow("note too long")
            << u"mini"_qs << u"submitted"_qs << reject << u"broken_pages"_qs << QString(501, u'x');
        QTest::newRow("partner delayed")
            << u"partner"_qs << u"in_review"_qs << delay << u"needs_more_time"_qs << QString();
        QTest::newRow("partner with a review reason")
            << u"partner"_qs << u"in_review"_qs << reject << u"broken_pages"_qs << QString();
        QTest::newRow("partner already active")
            << u"partner"_qs << u"active"_qs << approve << QString() << QString();
    }

    void decisionRefusesBadInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, status);
        QFETCH(int, decision);
        QFETCH(QString, reason);
        QFETCH(QString, note);
        ReviewQueueItem item = kind == u"mini" ? miniItem() : partnerItem();
        item.status = status;
        const ApiError error
            = failureOf(new DecideReviewJob(m_session, item, ReviewDecision(decision), reason, note));
        QVERIFY(error.kind == ApiError::Kind::Invalid);
        QVERIFY(!error.message().isEmpty());
        QVERIFY(m_nam->requests().isEmpty());
    }

    void partnerApplicationUsesPartnerReasons()
    {
        QJsonObject answer = partnerItem().toJson();
        answer.insert(u"status"_qs, u"active"_qs);
        answer.insert(u"partner"_qs, ApiTestData::partnerJson(17, 4));
        m_nam->addRoute("POST", u"^/api/v1/reviews/partner-17/decision$"_qs, FakeResponse::json(200, answer));
        auto *job = new DecideReviewJob(
            m_session, partnerItem(), ReviewDecision::Approve, u"documents_verified"_qs);
        QSignalSpy done(job, &DecideReviewJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(m_nam->requests().first().header("If-Match"), QByteArray("\"3\""));
        QVERIFY(!done.first().first().value<ReviewDetail>().submission);
    }

    void releaseSendsThePercent()
    {
        m_nam->addRoute("POST", u"^/api/v1/reviews/miniprogram-34/release$"_qs,
            FakeResponse::json(200, detailJson(miniItem(u"released"_qs, 6))));
        auto *job = new ReleaseMiniProgramJob(m_session, version(34, MiniProgramStatus::Approved), 10);
        QVERIFY(!job->isIdempotent());
        QSignalSpy done(job, &ReleaseMiniProgramJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const RecordedRequest &r = m_nam->requests().first();
        QCOMPARE(r.header("If-Match"), QByteArray("\"5\""));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"percent"_qs).toInt(), 10);
    }

    void releaseRefusals_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("gray");
        QTest::addColumn<int>("percent");
        QTest::newRow("submitted") << int(MiniProgramStatus::Submitted) << 0 << 10;
        QTest::newRow("zero") << int(MiniProgramStatus::Approved) << 0 << 0;
        QTest::newRow("over 100") << int(MiniProgramStatus::Approved) << 0 << 101;
        QTest::newRow("not increasing") << int(MiniProgramStatus::Released) << 10 << 10;
        QTest::newRow("already full") << int(MiniProgramStatus::Released) << 100 << 100;
    }

    void releaseRefusals()
    {
        QFETCH(int, status);
        QFETCH(int, gray);
        QFETCH(int, percent);
        const auto v
            = version(34, MiniProgramStatus(status), gray > 0 ? std::optional<int>(gray) : std::nullopt);
        const ApiError error = failureOf(new ReleaseMiniProgramJob(m_session, v, percent));
        QVERIFY(error.kind == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
    }

    void releaseWhileAnotherIsGraySaysSo()
    {
        m_nam->addRoute("POST", u"^/api/v1/reviews/miniprogram-34/release$"_qs,
            FakeResponse::problem(409, u"gray_in_progress"_qs));
        const ApiError error
            = failureOf(new ReleaseMiniProgramJob(m_session, version(34, MiniProgramStatus::Approved), 5));
        QVERIFY2(error.message().contains(u"gray"_qs), qPrintable(error.message()));
    }

    void rollback()
    {
        m_nam->addRoute("POST", u"^/api/v1/reviews/miniprogram-34/rollback$"_qs,
            FakeResponse::problem(409, u"no_previous_release"_qs));
        QVERIFY(
            failureOf(new RollbackMiniProgramJob(m_session, version(34, MiniProgramStatus::Approved))).kind
            == ApiError::Kind::Invalid);
        QVERIFY(m_nam->requests().isEmpty());
        const ApiError error = failureOf(new RollbackMiniProgramJob(
            m_session, version(34, MiniProgramStatus::Released, 100), u"crash on start"_qs));
        QCOMPARE(error.httpStatus, 409);
        QVERIFY2(error.message().contains(u"earlier release"_qs), qPrintable(error.message()));
        const RecordedRequest &r = m_nam->requests().first();
        QCOMPARE(r.header("If-Match"), QByteArray("\"5\""));
        QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"note"_qs).toString(), u"crash on start"_qs);
    }

    void screenshotBytes()
    {
        const QByteArray png("\x89PNG\r\n\x1a\nrest", 12);
        m_nam->addRoute(
            "GET", u"^/api/v1/miniprograms/screenshots/shot-1$"_qs, FakeResponse::raw(200, "image/png", png));
        auto *job = new GetScreenshotJob(m_session, u"shot-1"_qs);
        QSignalSpy done(job, &GetScreenshotJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        QCOMPARE(done.first().at(1).toByteArray(), png);
        QCOMPARE(done.first().at(2).toByteArray(), QByteArray("image/png"));
        QVERIFY(m_nam->requests().first().header("Accept").contains("image/png"));
    }

    void workload()
    {
        const QJsonObject answer {
            {u"reviewers"_qs,
                QJsonArray {QJsonObject {{u"reviewer"_qs, u"reviewer"_qs}, {u"claimed"_qs, 2},
                    {u"decidedToday"_qs, 5}, {u"oldestClaimedAt"_qs, u"2026-12-01T08:00:00.000Z"_qs}}}},
            {u"oldestWaiting"_qs,
                QJsonObject {{u"id"_qs, u"partner-3"_qs}, {u"enteredAt"_qs, u"2026-11-29T08:00:00.000Z"_qs},
                    {u"kind"_qs, u"partner_application"_qs}, {u"status"_qs, u"in_review"_qs},
                    {u"partnerId"_qs, 3}, {u"partnerName"_qs, u"云端音乐"_qs}, {u"version"_qs, 1}}},
            {u"waiting"_qs, 12}, {u"overdue"_qs, 3}};
        m_nam->addRoute("GET", u"^/api/v1/reviews/workload$"_qs, FakeResponse::json(200, answer));
        auto *job = new ReviewWorkloadJob(m_session);
        QSignalSpy done(job, &ReviewWorkloadJob::finished);
        QVERIFY(job->start());
        QVERIFY(done.wait(5000));
        const auto w = done.first().first().value<ReviewWorkload>();
        QCOMPARE(w.reviewers.size(), 1);
        QCOMPARE(w.reviewers.first().decidedToday, 5);
        QCOMPARE(w.oldestWaitingId, u"partner-3"_qs);
        QVERIFY(w.oldestWaiting);
        QCOMPARE(w.oldestWaiting->partnerName, u"云端音乐"_qs); // what the workload panel shows
        QCOMPARE(w.waiting, 12);
        QCOMPARE(w.overdue, 3);
    }
};

QTEST_GUILESS_MAIN(TestReviewJobs)
#include "tst_review_jobs.moc"
