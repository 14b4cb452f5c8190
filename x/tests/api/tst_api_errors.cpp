// The failure matrix of the API base job through the fake network: every error status of the
// contract, retries (what is retried, how often, after how long), timeouts, network errors and
// answers the console cannot read. Each must end in one failed() with the right ApiError and a
// sentence a person understands — never a raw Qt string.
#include "ApiTestData.h"
#include "FakeNetworkAccessManager.h"

#include "api/ApiSession.h"
#include "api/CreatePartnerJob.h"
#include "api/CreateSessionJob.h"
#include "api/DeleteSessionJob.h"
#include "api/GetPartnerJob.h"
#include "api/HealthJob.h"
#include "api/ListPartnersJob.h"
#include "api/UpdatePartnerJob.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Kepler;
using ErrorKind = ApiError::Kind;

namespace {

Partner edited()
{
    Partner p = ApiTestData::partner();
    p.commissionBps = 900;
    return p;
}

} // namespace

class TestApiErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void httpErrors_data();
    void httpErrors();
    void sessionExpiredIsSignalledOnce();
    void requestWaitsForSignInThenSucceeds();
    void signOutFailsWaitingRequests();
    void signOutIsNeverReplayed();
    void wrongPasswordDoesNotExpireTheSession();
    void tooManyAttemptsIsNotRetriedForPost();
    void rateLimitedGetWaitsForRetryAfter();
    void serviceUnavailableThenOk();
    void createRetriesWithTheSameIdempotencyKey();
    void maxAttemptsRespected_data();
    void maxAttemptsRespected();
    void retryAfterBeyondTheCapIsNotWaitedFor();
    void patchIsNeverRetried();
    void internalErrorIsNotRetried();
    void hangingServerTimesOut();
    void timeoutIsRetriedForGet();
    void networkErrors_data();
    void networkErrors();
    void unreadableAnswers_data();
    void unreadableAnswers();
    void abortCancels();
    void realNetworkConnectionRefused();
    void realNetworkSilentServerTimesOut();
    void fieldMessages_data();
    void fieldMessages();
    void fieldMessagesSayWhatWasWanted();

private:
    ApiError runToFailure(ApiJob *job);
    void checkHumanMessage(const ApiError &error);

    FakeNetworkAccessManager *m_nam = nullptr;
    ApiSession *m_session = nullptr;
    QStringList m_problems; // from runToFailure(), reported by cleanup()
};

void TestApiErrors::init()
{
    m_nam = new FakeNetworkAccessManager(this);
    m_session = new ApiSession(m_nam, this);
    m_session->setBaseUrl(QUrl(QString::fromLatin1(ApiTestData::BaseUrl)));
    m_session->setToken(QString::fromLatin1(ApiTestData::Token));
}

void TestApiErrors::cleanup()
{
    delete m_session;
    delete m_nam;
    const QStringList problems = std::exchange(m_problems, {});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_qs)));
}

ApiError TestApiErrors::runToFailure(ApiJob *job)
{
    QSignalSpy failed(job, &ApiJob::failed);
    QPointer<ApiJob> guard(job);
    if (!job->start())
        m_problems << u"job refused to start"_qs;
    if (!QTest::qWaitFor([&] { return !failed.isEmpty(); }, 10000)) {
        m_problems << u"failed() never came"_qs;
        return {};
    }
    const auto error = failed.at(0).at(0).value<ApiError>();
    if (!QTest::qWaitFor([&] { return guard.isNull(); }, 5000))
        m_problems << u"job did not delete itself after failing"_qs;
    if (failed.size() != 1)
        m_problems << u"failed() emitted %1 times"_qs.arg(failed.size());
    return error;
}

void TestApiErrors::checkHumanMessage(const ApiError &error)
{
    const QString message = error.message();
    QVERIFY(!message.isEmpty());
    for (const QString &raw : ApiTestData::rawQtPhrases())
        QVERIFY2(!message.contains(raw, Qt::CaseInsensitive), qPrintable(message));
    // The server's English title must not leak as the user-facing sentence either.
    if (!error.title.isEmpty())
        QVERIFY2(!message.contains(error.title), qPrintable(message));
}

void TestApiErrors::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QJsonObject>("extra");
    QTest::addColumn<QString>("message");

    const QJsonObject none;
    QTest::newRow("400 malformed_json")
        << 400 << u"malformed_json"_qs << none
        << u"The server could not read the request. The server and console versions may not match."_qs;
    QTest::newRow("401 session_expired")
        << 401 << u"session_expired"_qs << none << u"Your session has ended. Please sign in again."_qs;
    QTest::newRow("403 forbidden") << 403 << u"forbidden"_qs << none << u"Your role does not allow this."_qs;
    QTest::newRow("404 not_found") << 404 << u"not_found"_qs << none
                                   << u"This record does not exist. It may have been deleted."_qs;
    QTest::newRow("409 duplicate") << 409 << u"duplicate"_qs << none
                                   << u"An entry with this name already exists."_qs;
    // The record as saved says who saved it (current.updatedBy), so the message names them.
    QTest::newRow("412 version_conflict")
        << 412 << u"version_conflict"_qs << QJsonObject {{u"current"_qs, ApiTestData::partnerJson(17, 4)}}
        << u"operator saved this record while you were editing it. Your edits are kept; load their version to compare."_qs;
    QTest::newRow("413 payload_too_large")
        << 413 << u"payload_too_large"_qs << none << u"The data is too large to send."_qs;
    QTest::newRow("422 validation_failed")
        << 422 << u"validation_failed"_qs
        << QJsonObject {{u"errors"_qs,
               QJsonArray {QJsonObject {{u"field"_qs, u"commissionBps"_qs}, {u"code"_qs, u"out_of_range"_qs},
                               {u"message"_qs, u"must be between 0 and 10000"_qs}},
                   QJsonObject {{u"field"_qs, u"contact.email"_qs}, {u"code"_qs, u"invalid_value"_qs},
                       {u"message"_qs, u"is not an e-mail address"_qs}}}}}
        << u"Some fields need attention."_qs;
    QTest::newRow("428 precondition_required")
        << 428 << u"precondition_required"_qs << none
        << u"The record's version is missing. Reload it and try again."_qs;
    QTest::newRow("500 internal_error")
        << 500 << u"internal_error"_qs << none << u"The server ran into an internal error."_qs;
    QTest::newRow("418 unknown code")
        << 418 << u"teapot"_qs << none << u"The server refused the request (HTTP 418)."_qs;
    QTest::newRow("507 unknown code")
        << 507 << u"disk_full"_qs << none << u"The server ran into an error (HTTP 507)."_qs;
}

void TestApiErrors::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QJsonObject, extra);
    QFETCH(QString, message);

    // A PATCH, so that nothing is retried and each status is seen exactly once.
    m_nam->addRoute("PATCH", u"/api/v1/partners/17"_qs, FakeResponse::problem(status, code, extra));
    // A 401 makes the job wait for a new sign-in; here the user declines it at once.
    connect(m_session, &ApiSession::sessionExpired, m_session, &ApiSession::abandonSignIn);
    const ApiError error = runToFailure(new UpdatePartnerJob(m_session, ApiTestData::partner(), edited()));
    QCOMPARE(error.kind, ErrorKind::Http);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.code, code);
    QCOMPARE(error.title, u"Title of "_qs + code);
    QCOMPARE(error.detail, u"English detail of "_qs + code);
    QCOMPARE(error.requestId, u"srv-header-id"_qs); // the header wins over the body
    QCOMPARE(error.message(), message);
    checkHumanMessage(error);
    QCOMPARE(m_nam->requests().size(), 1);
    QVERIFY(error.technicalDetails().contains(QString::number(status)));

    if (status == 412) {
        const auto current = UpdatePartnerJob::currentPartner(error);
        QVERIFY(current.has_value());
        QCOMPARE(current->version, 4);
        QCOMPARE(*current, ApiTestData::partner(17, 4));
    } else {
        QVERIFY(!UpdatePartnerJob::currentPartner(error).has_value());
    }
    if (status == 422) {
        QCOMPARE(error.fieldErrors.size(), 2);
        QCOMPARE(error.fieldErrors.at(0).field, u"commissionBps"_qs);
        QCOMPARE(error.fieldErrors.at(0).code, u"out_of_range"_qs);
        QCOMPARE(ApiError::fieldMessage(error.fieldErrors.at(0)), u"This value is out of range."_qs);
        QCOMPARE(error.fieldErrors.at(1).field, u"contact.email"_qs);
    } else {
        QVERIFY(error.fieldErrors.isEmpty());
    }
}

void TestApiErrors::sessionExpiredIsSignalledOnce()
{
    m_nam->addRoute("GET", u"/api/v1/partners.*"_qs, FakeResponse::problem(401, u"session_expired"_qs));
    QSignalSpy expired(m_session, &ApiSession::sessionExpired);
    // Two jobs in flight with the same stale token: one sign-in prompt, not two. Both wait for it.
    auto *first = new GetPartnerJob(m_session, 17);
    auto *second = new ListPartnersJob(m_session, PartnerQuery());
    QSignalSpy firstFailed(first, &ApiJob::failed);
    QSignalSpy secondFailed(second, &ApiJob::failed);
    QSignalSpy firstWaiting(first, &ApiJob::waitingForSignIn);
    QVERIFY(first->start());
    QVERIFY(second->start());
    QTRY_COMPARE(firstWaiting.size(), 1);
    QTRY_COMPARE(expired.size(), 1);
    QCOMPARE(m_nam->requests().size(), 2); // 401 is not retried
    QCOMPARE(firstFailed.size(), 0);
    // The user declines to sign in again: both fail now, with the session's words.
    m_session->abandonSignIn();
    QTRY_COMPARE(firstFailed.size(), 1);
    QTRY_COMPARE(secondFailed.size(), 1);
    QCOMPARE(firstFailed.at(0).at(0).value<ApiError>().code, u"session_expired"_qs);

    // A new token re-arms the prompt. The job waits, is sent once more with the newer token,
    // and a second 401 then fails it: no loop.
    m_session->setToken(u"new-token"_qs);
    auto *third = new GetPartnerJob(m_session, 17);
    QSignalSpy thirdFailed(third, &ApiJob::failed);
    QVERIFY(third->start());
    QTRY_COMPARE(expired.size(), 2);
    m_session->setToken(u"newer-token"_qs);
    QTRY_COMPARE(thirdFailed.size(), 1);
    QCOMPARE(m_nam->requests().constLast().header("Authorization"), QByteArray("Bearer newer-token"));
}

void TestApiErrors::requestWaitsForSignInThenSucceeds()
{
    // A save refused because the session ended goes through after the user signs in again.
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs,
        {FakeResponse::problem(401, u"session_expired"_qs),
            FakeResponse::json(200, ApiTestData::partnerJson(), {{"ETag", "\"3\""}})});
    auto *job = new GetPartnerJob(m_session, 17);
    QSignalSpy done(job, &GetPartnerJob::finished);
    QSignalSpy failed(job, &ApiJob::failed);
    QSignalSpy waiting(job, &ApiJob::waitingForSignIn);
    QVERIFY(job->start());
    QTRY_COMPARE(waiting.size(), 1);
    m_session->setToken(u"after-sign-in"_qs);
    QTRY_COMPARE(done.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_nam->requests().size(), 2);
    QCOMPARE(m_nam->requests().at(1).header("Authorization"), QByteArray("Bearer after-sign-in"));
}

void TestApiErrors::signOutFailsWaitingRequests()
{
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs, FakeResponse::problem(401, u"session_expired"_qs));
    auto *job = new GetPartnerJob(m_session, 17);
    QSignalSpy failed(job, &ApiJob::failed);
    QSignalSpy waiting(job, &ApiJob::waitingForSignIn);
    QVERIFY(job->start());
    QTRY_COMPARE(waiting.size(), 1);
    m_session->clear(); // signing out: no token, nothing to wait for
    QTRY_COMPARE(failed.size(), 1);
}

void TestApiErrors::signOutIsNeverReplayed()
{
    // DELETE /sessions/current with a dead token must not revoke the next session.
    m_nam->addRoute(
        "DELETE", u"/api/v1/sessions/current"_qs, FakeResponse::problem(401, u"session_expired"_qs));
    auto *job = new DeleteSessionJob(m_session);
    QSignalSpy failed(job, &ApiJob::failed);
    QSignalSpy waiting(job, &ApiJob::waitingForSignIn);
    QVERIFY(job->start());
    QTRY_COMPARE(failed.size(), 1);
    QCOMPARE(waiting.size(), 0);
}

void TestApiErrors::wrongPasswordDoesNotExpireTheSession()
{
    m_session->setToken({});
    m_nam->addRoute("POST", u"/api/v1/sessions"_qs, FakeResponse::problem(401, u"invalid_credentials"_qs));
    QSignalSpy expired(m_session, &ApiSession::sessionExpired);
    const ApiError error = runToFailure(new CreateSessionJob(m_session, u"operator"_qs, u"wrong"_qs));
    QCOMPARE(error.code, u"invalid_credentials"_qs);
    QCOMPARE(error.message(), u"The user name or password is wrong."_qs);
    QCOMPARE(expired.size(), 0);
    QVERIFY(!m_session->hasToken());
}

void TestApiErrors::tooManyAttemptsIsNotRetriedForPost()
{
    m_session->setToken({});
    m_nam->addRoute("POST", u"/api/v1/sessions"_qs,
        FakeResponse::problem(429, u"too_many_attempts"_qs, {}, {{"Retry-After", "30"}}));
    auto *job = new CreateSessionJob(m_session, u"operator"_qs, u"kepler-demo"_qs);
    job->setRetryDelays(1, 60000);
    const ApiError error = runToFailure(job);
    QCOMPARE(error.httpStatus, 429);
    QCOMPARE(error.retryAfterSeconds, 30);
    QCOMPARE(error.message(), u"Too many failed sign-ins. Try again in 30 second(s)."_qs);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiErrors::rateLimitedGetWaitsForRetryAfter()
{
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs,
        {FakeResponse::problem(429, u"rate_limited"_qs, {}, {{"Retry-After", "1"}}),
            FakeResponse::json(200, ApiTestData::partnerJson(), {{"ETag", "\"3\""}})});
    auto *job = new GetPartnerJob(m_session, 17);
    QSignalSpy finished(job, &GetPartnerJob::finished);
    QSignalSpy retrying(job, &ApiJob::retrying);
    QVERIFY(job->start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(retrying.at(0).at(1).toInt(), 1000);
    QCOMPARE(m_nam->requests().size(), 2);
    const qint64 waited = m_nam->requests().at(1).elapsedMs - m_nam->requests().at(0).elapsedMs;
    QVERIFY2(waited >= 990, qPrintable(QString::number(waited)));
    // Same request id on every attempt: the service log ties them together.
    QCOMPARE(m_nam->requests().at(0).header("X-Request-Id"), m_nam->requests().at(1).header("X-Request-Id"));
}

void TestApiErrors::serviceUnavailableThenOk()
{
    m_nam->addRoute("GET", u"/api/v1/partners"_qs,
        {FakeResponse::problem(503, u"service_unavailable"_qs),
            FakeResponse::json(
                200, {{u"items"_qs, QJsonArray {}}, {u"nextCursor"_qs, QJsonValue()}, {u"total"_qs, 0}})});
    auto *job = new ListPartnersJob(m_session, PartnerQuery());
    job->setRetryDelays(20, 100);
    QSignalSpy finished(job, &ListPartnersJob::finished);
    QSignalSpy failed(job, &ApiJob::failed);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_nam->requests().size(), 2);
    const qint64 waited = m_nam->requests().at(1).elapsedMs - m_nam->requests().at(0).elapsedMs;
    QVERIFY2(waited >= 19, qPrintable(QString::number(waited))); // backoff, not an instant hammering
}

void TestApiErrors::createRetriesWithTheSameIdempotencyKey()
{
    m_nam->addRoute("POST", u"/api/v1/partners"_qs,
        {FakeResponse::error(QNetworkReply::RemoteHostClosedError),
            FakeResponse::json(201, ApiTestData::partnerJson(241, 1), {{"ETag", "\"1\""}})});
    auto *job = new CreatePartnerJob(m_session, ApiTestData::partner(0));
    job->setRetryDelays(1, 10);
    QSignalSpy finished(job, &CreatePartnerJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_nam->requests().size(), 2);
    const QByteArray key = m_nam->requests().at(0).header("Idempotency-Key");
    QVERIFY(!key.isEmpty());
    // The same key and body: the service answers the retry without creating a second partner.
    QCOMPARE(m_nam->requests().at(1).header("Idempotency-Key"), key);
    QCOMPARE(m_nam->requests().at(1).body, m_nam->requests().at(0).body);
}

void TestApiErrors::maxAttemptsRespected_data()
{
    QTest::addColumn<int>("maxAttempts");
    QTest::newRow("default 3") << 0;
    QTest::newRow("1: no retry") << 1;
    QTest::newRow("5") << 5;
}

void TestApiErrors::maxAttemptsRespected()
{
    QFETCH(int, maxAttempts);
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs, FakeResponse::problem(503, u"service_unavailable"_qs));
    auto *job = new GetPartnerJob(m_session, 17);
    if (maxAttempts > 0)
        job->setMaxAttempts(maxAttempts);
    job->setRetryDelays(1, 5);
    const int expected = job->maxAttempts();
    const ApiError error = runToFailure(job);
    QCOMPARE(error.httpStatus, 503);
    QCOMPARE(error.message(), u"The server is temporarily unavailable. Try again in a moment."_qs);
    QCOMPARE(m_nam->requests().size(), expected);
}

void TestApiErrors::retryAfterBeyondTheCapIsNotWaitedFor()
{
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs,
        FakeResponse::problem(503, u"service_unavailable"_qs, {}, {{"Retry-After", "120"}}));
    const ApiError error = runToFailure(new GetPartnerJob(m_session, 17));
    QCOMPARE(error.retryAfterSeconds, 120);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiErrors::patchIsNeverRetried()
{
    m_nam->addRoute(
        "PATCH", u"/api/v1/partners/17"_qs, FakeResponse::error(QNetworkReply::RemoteHostClosedError));
    auto *job = new UpdatePartnerJob(m_session, ApiTestData::partner(), edited());
    job->setRetryDelays(1, 5);
    const ApiError error = runToFailure(job);
    QCOMPARE(error.kind, ErrorKind::Network);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiErrors::internalErrorIsNotRetried()
{
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs, FakeResponse::problem(500, u"internal_error"_qs));
    auto *job = new GetPartnerJob(m_session, 17);
    job->setRetryDelays(1, 5);
    runToFailure(job);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiErrors::hangingServerTimesOut()
{
    m_nam->addRoute("PATCH", u"/api/v1/partners/17"_qs, FakeResponse::hanging());
    auto *job = new UpdatePartnerJob(m_session, ApiTestData::partner(), edited());
    job->setTimeoutMs(100);
    const ApiError error = runToFailure(job);
    QCOMPARE(error.kind, ErrorKind::Timeout);
    QCOMPARE(error.message(), u"The server did not answer in time."_qs);
    checkHumanMessage(error);
    QCOMPARE(m_nam->requests().size(), 1);
}

void TestApiErrors::timeoutIsRetriedForGet()
{
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs,
        {FakeResponse::hanging(), FakeResponse::json(200, ApiTestData::partnerJson())});
    auto *job = new GetPartnerJob(m_session, 17);
    job->setTimeoutMs(100);
    job->setRetryDelays(1, 5);
    QSignalSpy finished(job, &GetPartnerJob::finished);
    QVERIFY(job->start());
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_nam->requests().size(), 2);
}

void TestApiErrors::networkErrors_data()
{
    QTest::addColumn<int>("networkError");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("attempts"); // of a GET allowed 3

    QTest::newRow("connection refused")
        << int(QNetworkReply::ConnectionRefusedError)
        << u"Cannot reach the server at 127.0.0.1:8765. Is it running?"_qs << 3;
    QTest::newRow("host not found") << int(QNetworkReply::HostNotFoundError)
                                    << u"The server 127.0.0.1:8765 was not found. Check the address."_qs << 1;
    QTest::newRow("remote closed") << int(QNetworkReply::RemoteHostClosedError)
                                   << u"The server closed the connection unexpectedly. Try again."_qs << 3;
    QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError)
                         << u"A secure connection to 127.0.0.1:8765 could not be established. "
                            "Check the address and the server's certificate."_qs
                         << 1;
    QTest::newRow("network down") << int(QNetworkReply::TemporaryNetworkFailureError)
                                  << u"The network is not available. Check your connection."_qs << 3;
    QTest::newRow("proxy") << int(QNetworkReply::ProxyNotFoundError)
                           << u"The proxy server could not be used. Check the proxy settings."_qs << 1;
    QTest::newRow("other") << int(QNetworkReply::ContentReSendError)
                           << u"A network problem stopped the request to 127.0.0.1:8765."_qs << 1;
}

void TestApiErrors::networkErrors()
{
    QFETCH(int, networkError);
    QFETCH(QString, message);
    QFETCH(int, attempts);

    m_nam->addRoute(
        "GET", u"/api/v1/partners/17"_qs, FakeResponse::error(QNetworkReply::NetworkError(networkError)));
    auto *job = new GetPartnerJob(m_session, 17);
    job->setRetryDelays(1, 5);
    const ApiError error = runToFailure(job);
    QCOMPARE(error.kind, ErrorKind::Network);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(int(error.networkError), networkError);
    QCOMPARE(error.message(), message);
    checkHumanMessage(error);
    QCOMPARE(m_nam->requests().size(), attempts);
    QVERIFY(!error.requestId.isEmpty()); // ours, so the log still ties the attempts together
}

void TestApiErrors::unreadableAnswers_data()
{
    QTest::addColumn<FakeResponse>("response");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");

    QTest::newRow("truncated JSON") << FakeResponse::raw(200, "application/json", R"({"id":17,"name":"今日)")
                                    << int(ErrorKind::Decode) << 200;
    QTest::newRow("JSON array instead of object")
        << FakeResponse::raw(200, "application/json", "[1,2,3]") << int(ErrorKind::Decode) << 200;
    QTest::newRow("HTML with 200") << FakeResponse::raw(
        200, "text/html", "<html><body>Welcome to nginx</body></html>")
                                   << int(ErrorKind::Decode) << 200;
    QTest::newRow("empty 200") << FakeResponse::raw(200, "application/json", "") << int(ErrorKind::Decode)
                               << 200;
    QTest::newRow("HTML 502 from a proxy")
        << FakeResponse::raw(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>")
        << int(ErrorKind::Http) << 502;
    QTest::newRow("garbage problem 500")
        << FakeResponse::raw(500, "application/problem+json", "{\"code\":") << int(ErrorKind::Http) << 500;
    QTest::newRow("HTML 404") << FakeResponse::raw(404, "text/html", "<h1>Not Found</h1>")
                              << int(ErrorKind::Http) << 404;
}

void TestApiErrors::unreadableAnswers()
{
    QFETCH(FakeResponse, response);
    QFETCH(int, kind);
    QFETCH(int, status);

    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs, response);
    auto *job = new GetPartnerJob(m_session, 17);
    job->setMaxAttempts(1);
    const ApiError error = runToFailure(job);
    QCOMPARE(int(error.kind), kind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY(error.code.isEmpty());
    checkHumanMessage(error);
    QVERIFY(!error.message().contains(u"<html"_qs));
    QVERIFY(!error.detail.isEmpty()); // the log says what was wrong
}

void TestApiErrors::abortCancels()
{
    m_nam->addRoute("GET", u"/api/v1/partners/17"_qs, FakeResponse::hanging());
    auto *job = new GetPartnerJob(m_session, 17);
    QPointer<ApiJob> guard(job);
    QSignalSpy failed(job, &ApiJob::failed);
    QSignalSpy finished(job, &GetPartnerJob::finished);
    QVERIFY(job->start());
    QVERIFY(job->isRunning());
    job->abort();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(0).value<ApiError>().kind, ErrorKind::Cancelled);
    QTRY_VERIFY(guard.isNull());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(failed.size(), 1);
}

// The fake replies imitate Qt; these two check the same paths with Qt's real HTTP stack.
void TestApiErrors::realNetworkConnectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now

    QNetworkAccessManager nam;
    ApiSession session(&nam);
    session.setBaseUrl(QUrl(u"http://127.0.0.1:"_qs + QString::number(port)));
    auto *job = new HealthJob(&session);
    job->setRetryDelays(1, 5);
    const ApiError error = runToFailure(job);
    QCOMPARE(error.kind, ErrorKind::Network);
    QCOMPARE(error.networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(error.message(), u"Cannot reach the server at 127.0.0.1:%1. Is it running?"_qs.arg(port));
    checkHumanMessage(error);
}

void TestApiErrors::realNetworkSilentServerTimesOut()
{
    // Accepts the connection and reads the request, but never answers.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            held << socket;
    });

    QNetworkAccessManager nam;
    ApiSession session(&nam);
    session.setBaseUrl(QUrl(u"http://127.0.0.1:"_qs + QString::number(server.serverPort())));
    auto *job = new HealthJob(&session);
    job->setTimeoutMs(200);
    job->setMaxAttempts(2);
    job->setRetryDelays(1, 5);
    const ApiError error = runToFailure(job);
    QCOMPARE(error.kind, ErrorKind::Timeout);
    QCOMPARE(error.message(), u"The server did not answer in time."_qs);
    QTRY_COMPARE(held.size(), 2); // retried once, on a fresh connection
}

void TestApiErrors::fieldMessages_data()
{
    QTest::addColumn<QString>("code");
    for (const char *code : {"required", "wrong_type", "out_of_range", "too_short", "too_long", "too_many",
             "duplicate", "invalid_value", "read_only", "unknown_field", "cannot_disable_self",
             "cannot_remove_own_admin", "min_above_max"})
        QTest::newRow(code) << QString::fromLatin1(code);
}

void TestApiErrors::fieldMessages()
{
    QFETCH(QString, code);
    const QString fallback = ApiError::fieldMessage({u"x"_qs, u"no_such_code"_qs, u"raw english"_qs});
    const QString message = ApiError::fieldMessage({u"name"_qs, code, u"raw english"_qs});
    QVERIFY(!message.isEmpty());
    QVERIFY(message != fallback); // every documented code has its own sentence
    QVERIFY(!message.contains(u"raw english"_qs));
}

void TestApiErrors::fieldMessagesSayWhatWasWanted()
{
    const QString generic = ApiError::fieldMessage({u"name"_qs, u"invalid_value"_qs, u"x"_qs});
    const QString email = ApiError::fieldMessage({u"contact.email"_qs, u"invalid_value"_qs, u"x"_qs});
    const QString phone = ApiError::fieldMessage({u"contact.phone"_qs, u"invalid_value"_qs, u"x"_qs});
    const QString mode = ApiError::fieldMessage({u"mode"_qs, u"invalid_value"_qs, u"unknown mode"_qs});
    QVERIFY(email != generic && email.contains(u"e-mail"_qs));
    QVERIFY(phone != generic && phone.contains(u"digits"_qs));
    QCOMPARE(ApiError::fieldMessage({u"contactEmail"_qs, u"invalid_value"_qs, u"x"_qs}), email); // CSV column
    // A CSV cell holds the wire value: the allowed ones are listed.
    for (const char *value : {"guide", "settle_in", "buyout"})
        QVERIFY2(mode.contains(QLatin1String(value)), qPrintable(mode));
    QVERIFY(ApiError::fieldMessage({u"criteria.priceMaxFen"_qs, u"min_above_max"_qs, u"x"_qs})
                .contains(u"lowest price"_qs));
}

QTEST_GUILESS_MAIN(TestApiErrors)
#include "tst_api_errors.moc"
