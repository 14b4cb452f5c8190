// Issue 4's three steps for real, against a kepler-platform process: a partner (signed /open/v1
// calls with a key an operator issued in the console) authorises a mini-program, uploads a
// screenshot, drafts and submits a version; the console's queue model sees it; a reviewer claims
// it, approves it, releases it to 10 % and then to everyone; a second version goes the same way
// and is rolled back, and the first is live again. A second reviewer who decides too late is
// told who won. The console side uses the real jobs and models.
#include "GatewaySigner.h"
#include "HttpClient.h"
#include "PlatformProcess.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "api/ClaimReviewJob.h"
#include "api/DecideReviewJob.h"
#include "api/GetReviewJob.h"
#include "api/GetScreenshotJob.h"
#include "api/IssuePartnerKeyJob.h"
#include "api/ReleaseMiniProgramJob.h"
#include "api/ReviewWorkloadJob.h"
#include "api/RollbackMiniProgramJob.h"
#include "models/ReviewQueueModel.h"
#include "widgets/MessageBar.h"
#include "widgets/ReleaseDialog.h"
#include "widgets/ReviewDecisionDialog.h"
#include "widgets/ReviewDetailPanel.h"
#include "widgets/ReviewQueuePage.h"
#include "widgets/ScreenshotStrip.h"
#include "widgets/ScreenshotViewer.h"

#include <QBuffer>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Kepler;
using namespace Kepler::Test;

namespace {

QByteArray pngScreenshot()
{
    QImage image(360, 640, QImage::Format_RGB32);
    image.fill(QColor(0x1e, 0x88, 0xe5));
    QPainter painter(&image);
    painter.fillRect(20, 80, 320, 200, Qt::white);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Runs a job to its end; the result (or the error) comes back through the out parameters.
template<typename Job, typename Result> bool run(Job *job, Result *result, ApiError *error = nullptr)
{
    bool ok = false;
    bool done = false;
    QObject::connect(job, &Job::finished, job, [&](const Result &r) {
        *result = r;
        ok = true;
        done = true;
    });
    QObject::connect(job, &ApiJob::failed, job, [&](const ApiError &e) {
        if (error)
            *error = e;
        else
            qWarning().noquote() << "job failed:" << e.message() << e.technicalDetails();
        done = true;
    });
    job->start();
    QElapsedTimer clock;
    clock.start();
    while (!done && clock.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return ok;
}

} // namespace

class TestE2EReviews : public QObject
{
    Q_OBJECT

private:
    PlatformProcess m_platform;
    QNetworkAccessManager m_network;
    ApiSession *m_operator = nullptr;
    ApiSession *m_reviewer = nullptr;
    ApiSession *m_reviewer2 = nullptr;
    HttpClient m_partnerHttp;
    GatewayKey m_key;
    QString m_screenshotId;
    const QString m_appId = u"wxe2ereview0001"_qs;

    ApiSession *signIn(const QString &username)
    {
        HttpClient http(m_platform.url());
        const HttpResult login = http.login(username, u"kepler-demo"_qs);
        if (login.status != 201)
            return nullptr;
        auto *session = new ApiSession(&m_network, this);
        session->setBaseUrl(m_platform.url());
        session->setToken(http.token());
        const QJsonObject user = login.object().value(u"user"_qs).toObject();
        StaffUser me;
        me.id = user.value(u"id"_qs).toInteger();
        me.username = username;
        QStringList roles;
        for (const QJsonValue &role : user.value(u"roles"_qs).toArray())
            roles << role.toString();
        me.roles = rolesFromStrings(roles);
        session->setCurrentUser(me);
        return session;
    }

    HttpResult partnerCall(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        SignedCall call;
        call.method = method;
        call.pathAndQuery = path;
        if (!body.isEmpty())
            call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        return sendSigned(m_partnerHttp, m_key, call);
    }

    // Draft and submit a version of the app (the partner's step 2); returns its id.
    qint64 submitVersion(const QString &codeVersion, const QString &description)
    {
        const QJsonObject draft {{u"appId"_qs, m_appId}, {u"codeVersion"_qs, codeVersion},
            {u"description"_qs, description},
            {u"pages"_qs, QJsonArray {u"pages/index/index"_qs, u"pages/cart/cart"_qs}},
            {u"category"_qs, u"shopping"_qs},
            {u"privacyDeclaration"_qs, u"Phone number, only to deliver orders."_qs},
            {u"screenshots"_qs, QJsonArray {m_screenshotId}},
            {u"partnerNotes"_qs, u"Test account: demo/demo"_qs}};
        const HttpResult created = partnerCall("POST", u"/open/v1/miniprograms/versions"_qs, draft);
        if (created.status != 201) {
            qWarning() << "draft:" << created.status << created.body;
            return 0;
        }
        const qint64 id = created.object().value(u"id"_qs).toInteger();
        const HttpResult submitted
            = partnerCall("POST", u"/open/v1/miniprograms/versions/%1/submit"_qs.arg(id));
        if (submitted.status != 200) {
            qWarning() << "submit:" << submitted.status << submitted.body;
            return 0;
        }
        return id;
    }

    // The reviewer's step 3 up to the approval: the queue shows it, claim, load, approve.
    bool reviewAndApprove(qint64 versionId, ReviewDetail *approved)
    {
        const QString itemId = ReviewQueueItem::makeId(ReviewItemKind::MiniProgramSubmission, versionId);
        ReviewQueueModel queue(m_reviewer);
        ReviewQuery query;
        query.kind = u"miniprogram_submission"_qs;
        query.limit = 500;
        QSignalSpy refreshed(&queue, &ReviewQueueModel::refreshed);
        queue.setQuery(query);
        if (!refreshed.wait(20000) || queue.rowOf(itemId) < 0) {
            qWarning() << "the queue does not show" << itemId;
            return false;
        }
        const ReviewQueueItem row = queue.itemAt(queue.rowOf(itemId));
        if (row.status != u"submitted" || row.appId != m_appId)
            return false;

        ReviewQueueItem claimed;
        if (!run(new ClaimReviewJob(m_reviewer, itemId), &claimed))
            return false;
        if (!claimed.claim || claimed.claim->by != u"reviewer")
            return false;
        // Another reviewer sees the claim and cannot take the item.
        ReviewQueueItem stolen;
        ApiError refused;
        if (run(new ClaimReviewJob(m_reviewer2, itemId), &stolen, &refused)
            || refused.code != u"review_claimed" || !refused.message().contains(u"reviewer"_qs))
            return false;

        ReviewDetail detail;
        if (!run(new GetReviewJob(m_reviewer, itemId), &detail) || !detail.submission)
            return false;
        if (detail.submission->screenshots != QStringList {m_screenshotId})
            return false;
        return run(
            new DecideReviewJob(m_reviewer, detail.item, ReviewDecision::Approve, u"meets_guidelines"_qs),
            approved);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_platform.start({u"--demo"_qs}), qPrintable(m_platform.errorString()));
        m_operator = signIn(u"operator"_qs);
        m_reviewer = signIn(u"reviewer"_qs);
        m_reviewer2 = signIn(u"reviewer2"_qs);
        QVERIFY(m_operator && m_reviewer && m_reviewer2);
        m_partnerHttp.setBaseUrl(m_platform.url());

        // An operator issues a key for an active demo partner (the console's Keys tab does this).
        HttpClient http(m_platform.url());
        QCOMPARE(http.login(u"operator"_qs, u"kepler-demo"_qs).status, 201);
        const auto page = http.get(u"/api/v1/partners?status=active&limit=1"_qs);
        const qint64 partnerId
            = page.object().value(u"items"_qs).toArray().at(0).toObject().value(u"id"_qs).toInteger();
        QVERIFY(partnerId > 0);
        IssuedPartnerKey issued;
        QVERIFY(run(new IssuePartnerKeyJob(m_operator, partnerId), &issued));
        m_key = {issued.key.appKey, issued.secret};
    }

    void partnerAuthorisesAndUploads()
    {
        const HttpResult authorised = partnerCall(
            "POST", u"/open/v1/miniprograms"_qs, {{u"appId"_qs, m_appId}, {u"name"_qs, u"E2E Mall"_qs}});
        QVERIFY2(authorised.status == 200 || authorised.status == 201, authorised.body.constData());
        QCOMPARE(authorised.object().value(u"status"_qs).toString(), u"authorised"_qs);

        SignedCall upload;
        upload.method = "POST";
        upload.pathAndQuery = u"/open/v1/miniprograms/screenshots"_qs;
        upload.body = pngScreenshot();
        Headers headers = signedHeaders(m_key, upload);
        headers.append(std::pair<QByteArray, QByteArray>("Content-Type", "image/png"));
        const HttpResult stored = m_partnerHttp.requestRaw("POST", upload.pathAndQuery, upload.body, headers);
        QVERIFY2(stored.status == 201, stored.body.constData());
        m_screenshotId = stored.object().value(u"id"_qs).toString();
        QVERIFY(!m_screenshotId.isEmpty());
        QCOMPARE(stored.object().value(u"width"_qs).toInt(), 360);
    }

    void submitApproveReleaseThenRollBack()
    {
        // Version 1: submitted → approved → 10 % → 100 %.
        const qint64 first = submitVersion(u"1.0.0"_qs, u"A shop for daily goods."_qs);
        QVERIFY(first > 0);
        ReviewDetail approved;
        QVERIFY(reviewAndApprove(first, &approved));
        QCOMPARE(approved.item.status, u"approved"_qs);
        QVERIFY(!approved.item.claim); // a decision releases the claim
        QVERIFY(approved.submission);

        // The screenshot comes back as the partner sent it.
        QString shotId;
        QByteArray bytes;
        auto *shot = new GetScreenshotJob(m_reviewer, m_screenshotId);
        bool gotShot = false;
        connect(shot, &GetScreenshotJob::finished, this,
            [&](const QString &, const QByteArray &b, const QByteArray &) {
                bytes = b;
                gotShot = true;
            });
        shot->start();
        QTRY_VERIFY_WITH_TIMEOUT(gotShot, 20000);
        QCOMPARE(bytes, pngScreenshot());

        ReviewDetail gray;
        QVERIFY(run(new ReleaseMiniProgramJob(m_reviewer, *approved.submission, 10), &gray));
        QCOMPARE(gray.item.status, u"released"_qs);
        QCOMPARE(gray.submission->grayPercent, std::optional<int>(10));
        ReviewDetail full;
        QVERIFY(run(new ReleaseMiniProgramJob(m_reviewer, *gray.submission, 100), &full));
        QCOMPARE(full.submission->grayPercent, std::optional<int>(100));
        // The partner sees it live (get_auditstatus).
        const HttpResult status = partnerCall("GET", u"/open/v1/miniprograms/versions/%1"_qs.arg(first));
        QCOMPARE(status.object().value(u"status"_qs).toString(), u"released"_qs);

        // Version 2: approved (a second reviewer deciding late is told who won), released, rolled back.
        const qint64 second = submitVersion(u"1.1.0"_qs, u"A shop for daily goods, now with coupons."_qs);
        QVERIFY(second > 0);
        const QString secondId = ReviewQueueItem::makeId(ReviewItemKind::MiniProgramSubmission, second);
        ReviewDetail stale;
        QVERIFY(run(new GetReviewJob(m_reviewer2, secondId), &stale));
        QVERIFY(stale.liveRelease);
        QCOMPARE(stale.liveRelease->codeVersion, u"1.0.0"_qs); // what the reviewer compares against
        ReviewDetail approved2;
        QVERIFY(reviewAndApprove(second, &approved2));
        ReviewDetail late;
        ApiError lost;
        QVERIFY(!run(new DecideReviewJob(m_reviewer2, stale.item, ReviewDecision::Reject, u"broken_pages"_qs),
            &late, &lost));
        QCOMPARE(lost.httpStatus, 412);
        QVERIFY2(lost.message().contains(u"reviewer"_qs), qPrintable(lost.message()));
        QCOMPARE(DecideReviewJob::decidedBy(lost), u"reviewer"_qs);

        ReviewDetail live2;
        QVERIFY(run(new ReleaseMiniProgramJob(m_reviewer, *approved2.submission, 100), &live2));
        QCOMPARE(live2.item.status, u"released"_qs);
        ReviewDetail rolledBack;
        QVERIFY(run(
            new RollbackMiniProgramJob(m_reviewer, *live2.submission, u"Crashes on start"_qs), &rolledBack));
        QCOMPARE(rolledBack.item.status, u"rolled_back"_qs);
        ReviewDetail firstNow;
        QVERIFY(run(new GetReviewJob(
                        m_reviewer, ReviewQueueItem::makeId(ReviewItemKind::MiniProgramSubmission, first)),
            &firstNow));
        QCOMPARE(firstNow.item.status, u"released"_qs);
        QCOMPARE(firstNow.submission->grayPercent, std::optional<int>(100));

        // Rolling back the only release left is refused in words.
        ReviewDetail none;
        ApiError noPrevious;
        QVERIFY(!run(new RollbackMiniProgramJob(m_reviewer, *firstNow.submission), &none, &noPrevious));
        QCOMPARE(noPrevious.code, u"no_previous_release"_qs);

        ReviewWorkload workload;
        QVERIFY(run(new ReviewWorkloadJob(m_reviewer), &workload));
        bool counted = false;
        for (const ReviewerLoad &load : std::as_const(workload.reviewers))
            counted |= load.reviewer == u"reviewer" && load.decidedToday >= 2;
        QVERIFY(counted);
    }

    void reviewerWorksInThePage()
    {
        const qint64 id = submitVersion(u"1.2.0"_qs, u"A shop for daily goods, with a faster cart."_qs);
        QVERIFY(id > 0);
        const QString itemId = ReviewQueueItem::makeId(ReviewItemKind::MiniProgramSubmission, id);
        ReviewQueuePage page(m_reviewer);
        page.resize(1400, 900);
        page.show();
        page.setKindFilter(ReviewQueuePage::MiniProgramSubmissions);
        page.selectItem(itemId);
        ReviewDetailPanel *detail = page.detail();
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasDetail() && detail->itemId() == itemId, 20000);
        QVERIFY(detail->detail().liveRelease); // 1.0.0 is live: the comparison has two sides
        auto *claim = detail->findChild<QPushButton *>(u"claimButton"_qs);
        auto *releaseClaim = detail->findChild<QPushButton *>(u"releaseClaimButton"_qs);
        auto *approve = detail->findChild<QPushButton *>(u"approveButton"_qs);
        QVERIFY(claim && releaseClaim && approve);

        // Claim and give it back with the buttons; the queue row says who holds it.
        QVERIFY(claim->isVisible() && claim->isEnabled());
        claim->click();
        QTRY_VERIFY_WITH_TIMEOUT(releaseClaim->isVisible(), 20000);
        QCOMPARE(page.model()->claimState(page.model()->itemAt(page.model()->rowOf(itemId))),
            ReviewQueueModel::ClaimState::Mine);
        // A reviewer who stays on the item keeps it: with 25 minutes gone (the panel's clock),
        // the claim is extended quietly before it runs out.
        const QDateTime firstExpiry = detail->detail().item.claim->expiresAt;
        detail->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(25 * 60); });
        QSignalSpy renewed(detail, &ReviewDetailPanel::itemChanged);
        detail->keepClaimAlive();
        QTRY_VERIFY_WITH_TIMEOUT(!renewed.isEmpty(), 20000);
        QVERIFY(detail->detail().item.claim->expiresAt > firstExpiry);
        detail->setClock([] { return QDateTime::currentDateTimeUtc(); });
        QTRY_VERIFY_WITH_TIMEOUT(!detail->isRenewingClaim(), 20000); // a poll may have asked once more
        const QDateTime secondExpiry = detail->detail().item.claim->expiresAt;
        detail->keepClaimAlive(); // plenty of time left now: nothing is sent
        QTest::qWait(300);
        QCOMPARE(detail->detail().item.claim->expiresAt, secondExpiry);
        releaseClaim->click();
        QTRY_VERIFY_WITH_TIMEOUT(claim->isVisible() && !releaseClaim->isVisible(), 20000);

        // Approve with an unticked checklist asks first; then the dialog. Meanwhile reviewer2
        // decides: the dialog stays open with its note and says who won.
        int asked = 0;
        detail->setConfirmHandler([&](const QString &) {
            ++asked;
            return true;
        });
        approve->click();
        QCOMPARE(asked, 1);
        auto *dialog = detail->findChild<ReviewDecisionDialog *>();
        QVERIFY(dialog);
        dialog->reasonBox()->setCurrentIndex(dialog->reasonBox()->findData(u"other"_qs));
        QVERIFY(!dialog->okButton()->isEnabled()); // "other" needs a note
        dialog->noteEdit()->setPlainText(u"Checked on two phones."_qs);
        QVERIFY(dialog->okButton()->isEnabled());
        ReviewDetail winner;
        QVERIFY(run(new DecideReviewJob(
                        m_reviewer2, detail->detail().item, ReviewDecision::Reject, u"broken_pages"_qs),
            &winner));
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->errorText().isEmpty(), 20000);
        QVERIFY2(dialog->errorText().contains(u"reviewer2"_qs), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->noteEdit()->toPlainText(), u"Checked on two phones."_qs);
        QVERIFY(dialog->isVisible());
        QVERIFY(page.messageBar()->text().contains(u"reviewer2"_qs));
        dialog->reject();

        // The page shows the winner's decision after a reload: nothing left to decide.
        detail->reload();
        QTRY_COMPARE_WITH_TIMEOUT(detail->detail().item.status, u"rejected"_qs, 20000);
        QVERIFY(!approve->isVisible());
    }

    void releaseFromThePageAndManagersOnlyLook()
    {
        const qint64 id = submitVersion(u"1.3.0"_qs, u"A shop for daily goods, with gift cards."_qs);
        QVERIFY(id > 0);
        ReviewDetail approved;
        QVERIFY(reviewAndApprove(id, &approved));
        const QString itemId = approved.item.id;

        ReviewQueuePage page(m_reviewer);
        page.resize(1400, 900);
        page.show();
        page.setStatusFilter(ReviewQueuePage::ToRelease);
        page.selectItem(itemId);
        ReviewDetailPanel *detail = page.detail();
        QTRY_VERIFY_WITH_TIMEOUT(detail->hasDetail() && detail->itemId() == itemId, 20000);
        auto *release = detail->findChild<QPushButton *>(u"releaseButton"_qs);
        QVERIFY(release && release->isVisible() && release->isEnabled());
        release->click();
        auto *dialog = detail->findChild<ReleaseDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QToolButton *>(u"preset5"_qs)->click();
        QCOMPARE(dialog->percent(), 5);
        QSignalSpy changed(detail, &ReviewDetailPanel::itemChanged);
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
        const auto released = changed.first().first().value<ReviewQueueItem>();
        QCOMPARE(released.status, u"released"_qs);
        QCOMPARE(released.grayPercent, std::optional<int>(5));
        QVERIFY(page.messageBar()->text().contains(u"5 %"_qs));
        // Released items leave "Approved – to release": the queue moves on to the next one.
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(itemId) < 0, 20000);

        // A manager sees the same item, and why they cannot act on it.
        ApiSession *manager = signIn(u"manager"_qs);
        QVERIFY(manager);
        ReviewQueuePage readOnly(manager);
        readOnly.resize(1400, 900);
        readOnly.show();
        readOnly.setStatusFilter(ReviewQueuePage::Released);
        readOnly.selectItem(itemId);
        QTRY_VERIFY_WITH_TIMEOUT(
            readOnly.detail()->hasDetail() && readOnly.detail()->itemId() == itemId, 20000);
        auto *managerRelease = readOnly.detail()->findChild<QPushButton *>(u"releaseButton"_qs);
        auto *managerRollback = readOnly.detail()->findChild<QPushButton *>(u"rollbackButton"_qs);
        QVERIFY(managerRelease->isVisible() && !managerRelease->isEnabled());
        QVERIFY(!managerRollback->isEnabled());
        QVERIFY(!managerRelease->toolTip().isEmpty());
        QVERIFY(readOnly.detail()->findChild<QLabel *>(u"readOnlyNote"_qs)->isVisible());
    }

    void pageShowsTheDemoQueue()
    {
        // The page as a reviewer sees it: the demo queue loads, the first item opens in the detail.
        ReviewQueuePage page(m_reviewer);
        page.resize(1400, 900);
        page.show();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->hasDetail(), 20000);
        QVERIFY(page.waitingCount() > 0);
        // Released items with screenshots: the strip fetches them from the service.
        page.setStatusFilter(ReviewQueuePage::Released);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() > 0 && page.detail()->hasDetail(), 20000);
        QVERIFY(page.detail()->detail().submission);
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->screenshots()->loadedCount(),
            int(page.detail()->detail().submission->screenshots.size()), 20000);
        // Full size, stepped through with the arrow keys.
        page.detail()->screenshots()->openViewer(0);
        auto *viewer = page.detail()->findChild<ScreenshotViewer *>();
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->isVisible(), 5000);
        QTest::keyClick(viewer, Qt::Key_Right);
        QCOMPARE(viewer->current(), qMin(1, int(page.detail()->detail().submission->screenshots.size()) - 1));
        QTest::keyClick(viewer, Qt::Key_Left);
        QCOMPARE(viewer->current(), 0);
        viewer->close();
    }
};

QTEST_MAIN(TestE2EReviews)
#include "tst_e2e_reviews.moc"
