// The network fault matrix (issue 8, docs/reliability.md): every endpoint job of api/ against every
// way a request can go wrong — 401, 403, 404, 409, 412, 422, 429 with Retry-After (honoured, and
// beyond the cap), 500, 503, a hang, a reset connection, a truncated body, malformed JSON and a
// wrong content type. For each pair: one outcome and no crash, the right kind of ApiError with a
// sentence for a person (never Qt's or the server's raw English), and the retry policy —
// idempotent requests (GET, PUT, DELETE, or a POST with an Idempotency-Key, the same key on every
// attempt) retried with backoff up to ApiJob::maxAttempts() when the failure is transient,
// everything else sent exactly once. tst_api_errors checks the messages and delays in depth on a
// few jobs; this walks the whole API surface.
#include "ApiTestData.h"
#include "FakeNetworkAccessManager.h"

#include "api/ApiSession.h"
#include "api/BulkPartnersJob.h"
#include "api/ChangePricingRuleStatusJob.h"
#include "api/ClaimReviewJob.h"
#include "api/CreateAnnotationJob.h"
#include "api/CreatePartnerJob.h"
#include "api/CreatePoolJob.h"
#include "api/CreatePricingRuleJob.h"
#include "api/CreateSessionJob.h"
#include "api/CreateUserJob.h"
#include "api/DecideReviewJob.h"
#include "api/DeleteAnnotationJob.h"
#include "api/DeleteSessionJob.h"
#include "api/ExplainPriceJob.h"
#include "api/ExportPartnersJob.h"
#include "api/GetCatalogSkuJob.h"
#include "api/GetCurrentSessionJob.h"
#include "api/GetPartnerJob.h"
#include "api/GetPoolJob.h"
#include "api/GetPricingPolicyJob.h"
#include "api/GetPricingRuleJob.h"
#include "api/GetReviewJob.h"
#include "api/GetScreenshotJob.h"
#include "api/GetUserJob.h"
#include "api/HealthJob.h"
#include "api/ImportPartnersJob.h"
#include "api/IssuePartnerKeyJob.h"
#include "api/ListAnnotationsJob.h"
#include "api/ListAuditJob.h"
#include "api/ListCatalogBrandsJob.h"
#include "api/ListCatalogCategoriesJob.h"
#include "api/ListCatalogSkusJob.h"
#include "api/ListPartnerGroupsJob.h"
#include "api/ListPartnerKeysJob.h"
#include "api/ListPartnersJob.h"
#include "api/ListPoolSkusJob.h"
#include "api/ListPoolsJob.h"
#include "api/ListPricingConflictsJob.h"
#include "api/ListPricingRulesJob.h"
#include "api/ListReviewsJob.h"
#include "api/ListSessionsJob.h"
#include "api/ListUsersJob.h"
#include "api/MetricsAvailabilityJob.h"
#include "api/MetricsOrdersJob.h"
#include "api/PartnerActionJob.h"
#include "api/PartnerTimelineJob.h"
#include "api/PreviewPoolJob.h"
#include "api/PricingImpactJob.h"
#include "api/ReleaseMiniProgramJob.h"
#include "api/ReleaseReviewClaimJob.h"
#include "api/ResetPasswordJob.h"
#include "api/ReviewWorkloadJob.h"
#include "api/RevokePartnerKeyJob.h"
#include "api/RevokeSessionJob.h"
#include "api/RollbackMiniProgramJob.h"
#include "api/RotatePartnerKeyJob.h"
#include "api/SloJob.h"
#include "api/UpdatePartnerGroupJob.h"
#include "api/UpdatePartnerJob.h"
#include "api/UpdatePoolJob.h"
#include "api/UpdatePricingRuleJob.h"
#include "api/UpdateUserJob.h"

#include <QDir>
#include <QJsonArray>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Kepler;
using ErrorKind = ApiError::Kind;

namespace {

using JobFactory = std::function<ApiJob *(ApiSession *)>;

constexpr int kMaxAttempts = ApiJob::DefaultMaxAttempts;
constexpr qint64 kAt = 1794362400000LL; // 2026-11-11 10:00 Beijing

ProductPool pool()
{
    ProductPool p;
    p.id = 3;
    p.version = 4;
    p.name = u"手机数码精选"_qs;
    p.criteria.categories = {1};
    p.criteria.priceMinFen = 9900;
    p.includes = {100005};
    p.modes = {PartnerMode::Guide};
    return p;
}

PricingRule rule(qint64 id = 7, int version = 2)
{
    PricingRule r;
    r.id = id;
    r.version = version;
    r.name = u"双11 手机通讯九折"_qs;
    r.scope.categories = {101};
    r.adjustment = PriceAdjustment::PercentDiscount;
    r.value = 1000;
    r.priority = 10;
    return r;
}

ReviewQueueItem reviewItem()
{
    ReviewQueueItem item;
    item.id = u"miniprogram-34"_qs;
    item.kind = ReviewItemKind::MiniProgramSubmission;
    item.status = u"submitted"_qs;
    item.partnerId = 17;
    item.partnerName = u"今日资讯"_qs;
    item.appId = u"wx123"_qs;
    item.codeVersion = u"1.3.0"_qs;
    item.enteredAt = QDateTime(QDate(2026, 11, 30), QTime(8, 0), Qt::UTC);
    item.version = 4;
    return item;
}

MiniProgramVersion miniVersion(MiniProgramStatus status, std::optional<int> gray = {})
{
    MiniProgramVersion v;
    v.id = 34;
    v.partnerId = 17;
    v.appId = u"wx123"_qs;
    v.codeVersion = u"1.34.0"_qs;
    v.description = u"A shop"_qs;
    v.pages = {u"pages/index/index"_qs};
    v.category = u"shopping"_qs;
    v.privacyDeclaration = u"Phone number for delivery"_qs;
    v.screenshots = {u"shot-1"_qs};
    v.status = status;
    v.grayPercent = gray;
    v.version = 5;
    return v;
}

Partner partnerWithStatus(PartnerStatus status)
{
    Partner p = ApiTestData::partner(17, 3);
    p.status = status;
    return p;
}

// Every endpoint job with input its canStart() accepts: the matrix is about the network.
QList<std::pair<const char *, JobFactory>> allJobs()
{
    return {
        {"Health",
            [](ApiSession *s) -> ApiJob * {
                return new HealthJob(s);
            }},
        {"CreateSession",
            [](ApiSession *s) -> ApiJob * {
                return new CreateSessionJob(s, u"operator"_qs, u"pw-123456"_qs);
            }},
        {"GetCurrentSession",
            [](ApiSession *s) -> ApiJob * {
                return new GetCurrentSessionJob(s);
            }},
        {"DeleteSession",
            [](ApiSession *s) -> ApiJob * {
                return new DeleteSessionJob(s);
            }},
        {"ListSessions",
            [](ApiSession *s) -> ApiJob * {
                return new ListSessionsJob(s);
            }},
        {"RevokeSession",
            [](ApiSession *s) -> ApiJob * {
                return new RevokeSessionJob(s, 12);
            }},
        // Declared in RevokeSessionJob.cpp beside it: one file, two endpoint jobs.
        {"RevokeUserSessions",
            [](ApiSession *s) -> ApiJob * {
                return new RevokeUserSessionsJob(s, 5);
            }},
        {"ListPartners",
            [](ApiSession *s) -> ApiJob * {
                return new ListPartnersJob(s, PartnerQuery {});
            }},
        {"GetPartner",
            [](ApiSession *s) -> ApiJob * {
                return new GetPartnerJob(s, 17);
            }},
        {"CreatePartner",
            [](ApiSession *s) -> ApiJob * {
                return new CreatePartnerJob(s, ApiTestData::partner(0, 1));
            }},
        {"UpdatePartner",
            [](ApiSession *s) -> ApiJob * {
                Partner after = ApiTestData::partner();
                after.commissionBps = 900;
                return new UpdatePartnerJob(s, ApiTestData::partner(), after);
            }},
        {"PartnerAction",
            [](ApiSession *s) -> ApiJob * {
                return new PartnerActionJob(
                    s, partnerWithStatus(PartnerStatus::Active), PartnerAction::Suspend, u"fraud"_qs);
            }},
        {"PartnerTimeline",
            [](ApiSession *s) -> ApiJob * {
                return new PartnerTimelineJob(s, 17);
            }},
        {"ListAudit",
            [](ApiSession *s) -> ApiJob * {
                return new ListAuditJob(s, AuditQuery {});
            }},
        {"ListPartnerKeys",
            [](ApiSession *s) -> ApiJob * {
                return new ListPartnerKeysJob(s, 17);
            }},
        {"IssuePartnerKey",
            [](ApiSession *s) -> ApiJob * {
                return new IssuePartnerKeyJob(s, 17);
            }},
        {"RotatePartnerKey",
            [](ApiSession *s) -> ApiJob * {
                return new RotatePartnerKeyJob(s, 17, 5, 2);
            }},
        {"RevokePartnerKey",
            [](ApiSession *s) -> ApiJob * {
                return new RevokePartnerKeyJob(s, 17, 5, u"leaked"_qs);
            }},
        {"ListUsers",
            [](ApiSession *s) -> ApiJob * {
                return new ListUsersJob(s);
            }},
        {"GetUser",
            [](ApiSession *s) -> ApiJob * {
                return new GetUserJob(s, 5);
            }},
        {"CreateUser",
            [](ApiSession *s) -> ApiJob * {
                return new CreateUserJob(s, u"newbie"_qs, u"New Bie"_qs, u"s3cret-pass"_qs, Role::Reviewer);
            }},
        {"UpdateUser",
            [](ApiSession *s) -> ApiJob * {
                StaffUser after = ApiTestData::user();
                after.displayName = u"Renamed"_qs;
                return new UpdateUserJob(s, ApiTestData::user(), after);
            }},
        {"ResetPassword",
            [](ApiSession *s) -> ApiJob * {
                return new ResetPasswordJob(s, 5, u"new-s3cret-pass"_qs);
            }},
        {"ListPartnerGroups",
            [](ApiSession *s) -> ApiJob * {
                return new ListPartnerGroupsJob(s);
            }},
        {"UpdatePartnerGroup",
            [](ApiSession *s) -> ApiJob * {
                const PartnerGroup before {u"gold"_qs, u"金牌"_qs, u"Gold"_qs, 500, 50000, 2};
                PartnerGroup after = before;
                after.rateLimit = 600;
                return new UpdatePartnerGroupJob(s, before, after);
            }},
        {"BulkPartners",
            [](ApiSession *s) -> ApiJob * {
                BulkRequest r;
                r.action = BulkAction::Suspend;
                r.ids = {3, 4};
                r.reasonCode = u"fraud"_qs;
                return new BulkPartnersJob(s, r);
            }},
        {"ImportPartners",
            [](ApiSession *s) -> ApiJob * {
                return new ImportPartnersJob(s, "name,mode,scenario\nA,guide,news_app\n", false);
            }},
        {"ExportPartners",
            [](ApiSession *s) -> ApiJob * {
                return new ExportPartnersJob(s, PartnerQuery {});
            }},
        {"ListReviews",
            [](ApiSession *s) -> ApiJob * {
                return new ListReviewsJob(s, ReviewQuery {});
            }},
        {"GetReview",
            [](ApiSession *s) -> ApiJob * {
                return new GetReviewJob(s, u"miniprogram-34"_qs);
            }},
        {"ClaimReview",
            [](ApiSession *s) -> ApiJob * {
                return new ClaimReviewJob(s, u"miniprogram-34"_qs);
            }},
        {"ReleaseReviewClaim",
            [](ApiSession *s) -> ApiJob * {
                return new ReleaseReviewClaimJob(s, u"miniprogram-34"_qs);
            }},
        {"DecideReview",
            [](ApiSession *s) -> ApiJob * {
                return new DecideReviewJob(s, reviewItem(), ReviewDecision::Approve, u"meets_guidelines"_qs);
            }},
        {"ReviewWorkload",
            [](ApiSession *s) -> ApiJob * {
                return new ReviewWorkloadJob(s);
            }},
        {"GetScreenshot",
            [](ApiSession *s) -> ApiJob * {
                return new GetScreenshotJob(s, u"shot-1"_qs);
            }},
        {"ReleaseMiniProgram",
            [](ApiSession *s) -> ApiJob * {
                return new ReleaseMiniProgramJob(s, miniVersion(MiniProgramStatus::Approved), 10);
            }},
        {"RollbackMiniProgram",
            [](ApiSession *s) -> ApiJob * {
                return new RollbackMiniProgramJob(
                    s, miniVersion(MiniProgramStatus::Released, 100), u"crash"_qs);
            }},
        {"ListCatalogSkus",
            [](ApiSession *s) -> ApiJob * {
                return new ListCatalogSkusJob(s, CatalogCriteria());
            }},
        {"GetCatalogSku",
            [](ApiSession *s) -> ApiJob * {
                return new GetCatalogSkuJob(s, 100001);
            }},
        {"ListCatalogCategories",
            [](ApiSession *s) -> ApiJob * {
                return new ListCatalogCategoriesJob(s);
            }},
        {"ListCatalogBrands",
            [](ApiSession *s) -> ApiJob * {
                return new ListCatalogBrandsJob(s);
            }},
        {"ListPools",
            [](ApiSession *s) -> ApiJob * {
                return new ListPoolsJob(s);
            }},
        {"GetPool",
            [](ApiSession *s) -> ApiJob * {
                return new GetPoolJob(s, 3);
            }},
        {"ListPoolSkus",
            [](ApiSession *s) -> ApiJob * {
                return new ListPoolSkusJob(s, 3);
            }},
        {"CreatePool",
            [](ApiSession *s) -> ApiJob * {
                ProductPool p = pool();
                p.id = 0;
                p.version = 1;
                return new CreatePoolJob(s, p);
            }},
        {"UpdatePool",
            [](ApiSession *s) -> ApiJob * {
                return new UpdatePoolJob(s, pool());
            }},
        {"PreviewPool",
            [](ApiSession *s) -> ApiJob * {
                return new PreviewPoolJob(s, pool());
            }},
        {"ListPricingRules",
            [](ApiSession *s) -> ApiJob * {
                return new ListPricingRulesJob(s);
            }},
        {"GetPricingRule",
            [](ApiSession *s) -> ApiJob * {
                return new GetPricingRuleJob(s, 7);
            }},
        {"CreatePricingRule",
            [](ApiSession *s) -> ApiJob * {
                return new CreatePricingRuleJob(s, rule(0, 1));
            }},
        {"UpdatePricingRule",
            [](ApiSession *s) -> ApiJob * {
                return new UpdatePricingRuleJob(s, rule());
            }},
        {"ChangePricingRuleStatus",
            [](ApiSession *s) -> ApiJob * {
                return new ChangePricingRuleStatusJob(s, 7, 2, true);
            }},
        {"GetPricingPolicy",
            [](ApiSession *s) -> ApiJob * {
                return new GetPricingPolicyJob(s);
            }},
        {"ListPricingConflicts",
            [](ApiSession *s) -> ApiJob * {
                return new ListPricingConflictsJob(s);
            }},
        {"PricingImpact",
            [](ApiSession *s) -> ApiJob * {
                return new PricingImpactJob(s, rule());
            }},
        {"ExplainPrice",
            [](ApiSession *s) -> ApiJob * {
                return new ExplainPriceJob(s, 17, 100001);
            }},
        {"MetricsOrders",
            [](ApiSession *s) -> ApiJob * {
                return new MetricsOrdersJob(s, {kAt - 3600000, kAt, {}, {}, {}, {}});
            }},
        {"MetricsAvailability",
            [](ApiSession *s) -> ApiJob * {
                return new MetricsAvailabilityJob(s, {kAt - 3600000, kAt, {}, {}, {}, {}});
            }},
        {"Slo",
            [](ApiSession *s) -> ApiJob * {
                return new SloJob(s);
            }},
        {"ListAnnotations",
            [](ApiSession *s) -> ApiJob * {
                return new ListAnnotationsJob(s, kAt - 3600000, kAt);
            }},
        {"CreateAnnotation",
            [](ApiSession *s) -> ApiJob * {
                return new CreateAnnotationJob(s, kAt, u"双11 演练"_qs);
            }},
        {"DeleteAnnotation",
            [](ApiSession *s) -> ApiJob * {
                return new DeleteAnnotationJob(s, 9);
            }},
    };
}

// What the fault should end in.
struct Expect
{
    ErrorKind kind = ErrorKind::Http;
    int status = 0;
    bool transient = false; // retried when the request is idempotent
    QString message; // exact sentence when the fault has one for every job; else only "human"
};

} // namespace

Q_DECLARE_METATYPE(JobFactory)

class TestApiFaultMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyJobIsInTheMatrix();
    void matrix_data();
    void matrix();
    void retriesBackOff();

private:
    static QList<std::pair<const char *, FakeResponse>> faults();
};

QList<std::pair<const char *, FakeResponse>> TestApiFaultMatrix::faults()
{
    const QJsonObject fieldErrors {{u"errors"_qs,
        QJsonArray {QJsonObject {{u"field"_qs, u"name"_qs}, {u"code"_qs, u"required"_qs},
            {u"message"_qs, u"must not be empty"_qs}}}}};
    FakeResponse hang = FakeResponse::hanging();
    return {
        {"401", FakeResponse::problem(401, u"session_expired"_qs)},
        {"403", FakeResponse::problem(403, u"forbidden"_qs)},
        {"404", FakeResponse::problem(404, u"not_found"_qs)},
        {"409", FakeResponse::problem(409, u"duplicate"_qs)},
        {"412", FakeResponse::problem(412, u"version_conflict"_qs)},
        {"422", FakeResponse::problem(422, u"validation_failed"_qs, fieldErrors)},
        {"429 Retry-After 0", FakeResponse::problem(429, u"rate_limited"_qs, {}, {{"Retry-After", "0"}})},
        {"429 Retry-After 120", FakeResponse::problem(429, u"rate_limited"_qs, {}, {{"Retry-After", "120"}})},
        {"500", FakeResponse::problem(500, u"internal_error"_qs)},
        {"503", FakeResponse::problem(503, u"service_unavailable"_qs)},
        {"hang", hang},
        {"connection reset", FakeResponse::error(QNetworkReply::RemoteHostClosedError)},
        {"connection refused", FakeResponse::error(QNetworkReply::ConnectionRefusedError)},
        {"truncated body", FakeResponse::raw(200, "application/json", R"({"items":[{"id":17,"name":"今日)")},
        {"malformed JSON", FakeResponse::raw(200, "application/json", "<<not json>>")},
        {"wrong content type",
            FakeResponse::raw(200, "text/html; charset=utf-8", "<html><body>Welcome to nginx</body></html>")},
    };
}

static Expect expectationFor(const QByteArray &fault)
{
    if (fault == "hang")
        return {ErrorKind::Timeout, 0, true, {}};
    if (fault.startsWith("connection"))
        return {ErrorKind::Network, 0, true, {}};
    if (fault == "truncated body" || fault == "malformed JSON" || fault == "wrong content type")
        return {ErrorKind::Decode, 200, false, {}};
    const int status = fault.left(3).toInt();
    Expect e {ErrorKind::Http, status, status == 503 || fault == "429 Retry-After 0", {}};
    if (status == 403)
        e.message = u"Your role does not allow this."_qs;
    else if (status == 404)
        e.message = u"This record does not exist. It may have been deleted."_qs;
    else if (status == 500)
        e.message = u"The server ran into an internal error."_qs;
    return e;
}

void TestApiFaultMatrix::everyJobIsInTheMatrix()
{
    // A new *Job.cpp in api/ must be added to allJobs() (one job class per endpoint).
    const QDir api(QStringLiteral(KEPLER_API_DIR));
    QStringList files = api.entryList({u"*Job.cpp"_qs}, QDir::Files);
    files.removeAll(u"ApiJob.cpp"_qs);
    QStringList listed;
    for (const auto &[name, factory] : allJobs()) {
        if (qstrcmp(name, "RevokeUserSessions") != 0)
            listed << QString::fromLatin1(name) + u"Job.cpp"_qs;
    }
    files.sort();
    listed.sort();
    QCOMPARE(listed, files);
}

void TestApiFaultMatrix::matrix_data()
{
    QTest::addColumn<JobFactory>("factory");
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QByteArray>("name");
    for (const auto &[job, factory] : allJobs()) {
        for (const auto &[fault, response] : faults())
            QTest::addRow("%s %s", job, fault) << factory << response << QByteArray(fault) << QByteArray(job);
    }
}

void TestApiFaultMatrix::matrix()
{
    QFETCH(JobFactory, factory);
    QFETCH(FakeResponse, response);
    QFETCH(QByteArray, fault);
    QFETCH(QByteArray, name);
    const Expect expect = expectationFor(fault);

    FakeNetworkAccessManager nam;
    ApiSession session(&nam);
    session.setBaseUrl(QUrl(QString::fromLatin1(ApiTestData::BaseUrl)));
    session.setToken(QString::fromLatin1(ApiTestData::Token));
    // A 401 makes a request wait for a new sign-in; here the user declines at once.
    connect(&session, &ApiSession::sessionExpired, &session, &ApiSession::abandonSignIn);
    for (const QByteArray verb : {"GET", "POST", "PUT", "PATCH", "DELETE"})
        nam.addRoute(verb, u".*"_qs, response);

    QPointer<ApiJob> job = factory(&session);
    job->setTimeoutMs(40);
    job->setRetryDelays(1, 1000); // short backoff; a Retry-After over 1 s is not waited for
    const bool idempotent = job->isIdempotent();
    const int maxAttempts
        = job->maxAttempts(); // DeleteSession: 1 (a retried sign-out could revoke a newer one)
    const bool rawAnswer = !job->expectsJsonAnswer();
    QSignalSpy failed(job.data(), &ApiJob::failed);
    QSignalSpy retrying(job.data(), &ApiJob::retrying);
    QVERIFY2(job->start(), "the fixture must be input the job accepts");
    QVERIFY2(QTest::qWaitFor([&] { return job.isNull(); }, 10000), "the job never ended");
    QVERIFY(failed.size() <= 1);

    // The policy itself: what may be sent twice. GET, PUT and DELETE may; a POST with an
    // Idempotency-Key may; a PATCH never (a repeat would only get 412); a POST without a key only
    // where the job says why (claiming twice keeps one claim; previews and impact only read).
    const QByteArray key
        = nam.requests().isEmpty() ? QByteArray() : nam.requests().first().header("Idempotency-Key");
    const QByteArray verb = nam.requests().isEmpty() ? QByteArray() : nam.requests().first().verb;
    static const QByteArrayList readingPosts {"ClaimReview", "PreviewPool", "PricingImpact"};
    if (verb == "GET")
        QVERIFY(idempotent);
    if (verb == "PATCH")
        QVERIFY(!idempotent);
    if (verb == "POST" && key.isEmpty() && idempotent)
        QVERIFY2(readingPosts.contains(name), "a POST without Idempotency-Key declared idempotent");
    const int wanted = idempotent && expect.transient ? maxAttempts : 1;
    QCOMPARE(nam.requests().size(), wanted);
    QCOMPARE(retrying.size(), wanted - 1);
    for (const RecordedRequest &r : nam.requests())
        QCOMPARE(r.header("Idempotency-Key"), key); // a retry is the same request

    if (failed.isEmpty()) {
        // Only answers that are a job's result may end without failed(): raw (CSV, image) bodies,
        // and the import's 422 report.
        QVERIFY2(rawAnswer || (fault == "422" && name == "ImportPartners"), "ended without failed()");
        return;
    }
    const auto error = failed.first().first().value<ApiError>();
    if (rawAnswer && expect.kind == ErrorKind::Decode) {
        QVERIFY(error.kind == ErrorKind::Decode);
    } else {
        QCOMPARE(error.kind, expect.kind);
        QCOMPARE(error.httpStatus, expect.status);
    }
    if (fault.startsWith("429"))
        QCOMPARE(error.retryAfterSeconds, fault.endsWith(" 0") ? 0 : 120);
    const QString message = error.message();
    QVERIFY(!message.isEmpty());
    if (!expect.message.isEmpty())
        QCOMPARE(message, expect.message);
    for (const QString &raw : ApiTestData::rawQtPhrases())
        QVERIFY2(!message.contains(raw, Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(
        !message.contains(u"Title of"_qs) && !message.contains(u"English detail"_qs), qPrintable(message));
    QVERIFY2(!message.contains(u"nginx"_qs) && !message.contains(u"<html"_qs), qPrintable(message));
    QVERIFY(!error.requestId.isEmpty());
}

void TestApiFaultMatrix::retriesBackOff()
{
    // Backoff grows (base * 2^n plus jitter up to half the base) and the attempts stay few.
    FakeNetworkAccessManager nam;
    ApiSession session(&nam);
    session.setBaseUrl(QUrl(QString::fromLatin1(ApiTestData::BaseUrl)));
    session.setToken(QString::fromLatin1(ApiTestData::Token));
    nam.addRoute("GET", u".*"_qs, FakeResponse::problem(503, u"service_unavailable"_qs));
    QPointer<ApiJob> job = new GetPartnerJob(&session, 17);
    job->setRetryDelays(40, 1000);
    QSignalSpy retrying(job.data(), &ApiJob::retrying);
    QVERIFY(job->start());
    QVERIFY(QTest::qWaitFor([&] { return job.isNull(); }, 10000));
    QCOMPARE(retrying.size(), kMaxAttempts - 1);
    const int first = retrying.at(0).at(1).toInt();
    const int second = retrying.at(1).at(1).toInt();
    QVERIFY2(first >= 40 && first <= 60, qPrintable(QString::number(first)));
    QVERIFY2(second >= 80 && second <= 100, qPrintable(QString::number(second)));
    const QList<RecordedRequest> &sent = nam.requests();
    QCOMPARE(sent.size(), kMaxAttempts);
    QVERIFY(sent.at(1).elapsedMs - sent.at(0).elapsedMs >= first - 5);
    QVERIFY(sent.at(2).elapsedMs - sent.at(1).elapsedMs >= second - 5);
}

QTEST_GUILESS_MAIN(TestApiFaultMatrix)
#include "tst_api_fault_matrix.moc"
