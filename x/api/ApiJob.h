#pragma once

#include "ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

namespace Kepler {

class ApiSession;

// One call of the platform API. Subclasses describe the request (verb, path, query, body,
// headers, canStart) and decode a success; everything else lives here so that every endpoint
// gets the same behaviour: request headers, transfer timeout, retries with backoff for idempotent
// requests honouring Retry-After, problem+json decoding, sessionExpired, deleteLater().
//
// Every job that start()s ends with exactly one of the subclass's finished(...) or failed() —
// also when it is refused (Invalid, delivered from the event loop) or abort()ed (Cancelled, which
// the UI usually ignores) — and then deletes itself. The session is the parent. Deleting a running
// job (or its session) aborts the request without any signal.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QNetworkReply::RawHeaderPair>;

    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr int DefaultMaxAttempts = 3;
    static constexpr int DefaultRetryBaseDelayMs = 500;
    static constexpr int DefaultMaxRetryDelayMs = 30000;

    explicit ApiJob(ApiSession *session);
    ~ApiJob() override;

    ApiSession *session() const;

    // The request, as the subclass describes it.
    virtual QByteArray verb() const = 0; // "GET", "POST", "PATCH", ...
    virtual QString path() const = 0; // "/api/v1/partners/17"
    virtual QUrlQuery query() const { return {}; }
    virtual QJsonObject body() const { return {}; } // sent for POST, PUT and PATCH
    // Most endpoints speak JSON; a job that sends or receives something else (CSV import and
    // export) overrides these three and, for a non-JSON answer, handleRawSuccess().
    virtual QByteArray contentType() const { return "application/json"; }
    virtual QByteArray accept() const { return "application/json, application/problem+json"; }
    virtual bool expectsJsonAnswer() const { return true; }
    virtual Headers extraHeaders() const { return {}; } // If-Match, Idempotency-Key
    virtual bool requiresAuth() const { return true; }
    // Refuses bad input before any traffic; *why gets a translated sentence for the user.
    virtual bool canStart(QString *why) const;
    // Field-level reasons behind a refusal, so a form can mark the editors.
    virtual FieldErrors inputErrors() const { return {}; }
    // Safe to send twice: only such requests are retried automatically.
    virtual bool isIdempotent() const;
    // A request refused because the session ended (401) waits for the user to sign in again and
    // is then sent once more with the new token (the service did nothing the first time). Off
    // for requests about the session itself (sign-out, "who am I").
    virtual bool replaysAfterSignIn() const { return true; }

    QNetworkRequest buildRequest() const;
    virtual QByteArray bodyBytes() const; // body() as compact JSON, for POST, PUT and PATCH
    QByteArray requestId() const { return m_requestId; }

    // Returns false when refused; failed(Invalid) then follows from the event loop.
    bool start();
    void abort();
    bool isRunning() const { return m_running; }
    int attempts() const { return m_attempt; }

    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = qMax(1, attempts); }
    // Backoff: base * 2^(attempt-1) plus up to 50 % jitter, at most maxDelay. A Retry-After
    // longer than maxDelay is not waited for: the error goes to the UI, which can say how long.
    void setRetryDelays(int baseMs, int maxMs);

    static QByteArray headerValue(const Headers &headers, const QByteArray &name);
    static const QByteArray UserAgent;

Q_SIGNALS:
    void failed(const Kepler::ApiError &error);
    // Before a retry: which attempt comes next and after how long.
    void retrying(int nextAttempt, int delayMs, const Kepler::ApiError &lastError);
    // The session ended under this request: it waits for a new sign-in (or fails if none comes).
    void waitingForSignIn();

protected:
    // Decodes a 2xx answer and emits the subclass's finished(...). Returns false with *error set
    // when the answer cannot be read; the base then emits failed().
    virtual bool handleSuccess(int status, const Headers &headers, const QJsonDocument &body, ApiError *error)
        = 0;

    // For jobs whose expectsJsonAnswer() is false: the 2xx answer's bytes as they came.
    virtual bool handleRawSuccess(
        int status, const Headers &headers, const QByteArray &body, ApiError *error);
    // An HTTP error answer whose body the job understands as a result (the import's 422 report):
    // return true after emitting the job's finished(...); the job then ends without failed().
    virtual bool handleErrorAnswer(int status, const Headers &headers, const QJsonDocument &body);
    // 304 Not Modified to a conditional GET (If-None-Match): return true after emitting the job's
    // own "nothing changed" signal. By default a 304 is an error: no job asked for one.
    virtual bool handleNotModified(const Headers &headers);

    // Helpers for subclasses.
    static bool requireObject(const QJsonDocument &body, ApiError *error, int status);

private:
    void sendAttempt();
    void onReplyFinished();
    void onTimeout();
    void finishWithError(const ApiError &error);
    void finish();
    void waitForSignIn(const ApiError &error);
    void stopWaitingForSignIn();
    int retryDelayMs(const ApiError &error) const;

    QPointer<ApiSession> m_session;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QByteArray m_requestId;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_maxAttempts = DefaultMaxAttempts;
    int m_retryBaseDelayMs = DefaultRetryBaseDelayMs;
    int m_maxRetryDelayMs = DefaultMaxRetryDelayMs;
    int m_attempt = 0;
    bool m_running = false;
    bool m_timedOut = false;
    bool m_aborted = false;
    bool m_sentWithToken = false;
    bool m_replayedAfterSignIn = false; // once only: a second 401 fails
    ApiError m_parkedError; // what to report if the sign-in never comes
    QList<QMetaObject::Connection> m_signInWait;
};

} // namespace Kepler
