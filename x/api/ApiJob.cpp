#include "ApiJob.h"

#include "ApiLogging.h"
#include "ApiSession.h"

#include "domain/ErrorCode.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace Kepler {

const QByteArray ApiJob::UserAgent = "kepler-console/0.1";

static_assert(ApiJob::DefaultTimeoutMs == 15000, "ApiSession's default jobTimeoutMs() is the same");

namespace {

bool sendsBody(const QByteArray &verb)
{
    return verb == "POST" || verb == "PUT" || verb == "PATCH";
}

} // namespace

ApiJob::ApiJob(ApiSession *session)
    : QObject(session)
    , m_session(session)
{
    m_requestId = session ? session->nextRequestId() : QByteArray("kc-orphan");
    if (session)
        m_timeoutMs = session->jobTimeoutMs();
    m_timeoutTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    // A coarse timer may fire 5 % early: never retry before the server's Retry-After has passed.
    m_retryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &ApiJob::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
}

ApiJob::~ApiJob()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

ApiSession *ApiJob::session() const
{
    return m_session.data();
}

void ApiJob::setRetryDelays(int baseMs, int maxMs)
{
    m_retryBaseDelayMs = qMax(0, baseMs);
    m_maxRetryDelayMs = qMax(0, maxMs);
}

bool ApiJob::canStart(QString *why) const
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (!m_session || !m_session->networkAccessManager())
        return refuse(tr("The console is not connected to a server."));
    const QUrl base = m_session->baseUrl();
    if (!base.isValid() || base.host().isEmpty() || (base.scheme() != u"http" && base.scheme() != u"https"))
        return refuse(tr("The server address is not valid. Use an address such as http://host:port."));
    if (requiresAuth() && !m_session->hasToken())
        return refuse(tr("You are not signed in."));
    return true;
}

bool ApiJob::isIdempotent() const
{
    const QByteArray v = verb();
    if (v == "GET" || v == "HEAD" || v == "PUT" || v == "DELETE" || v == "OPTIONS")
        return true;
    // A POST with an Idempotency-Key gets the same answer twice and no second effect. A PATCH is
    // never retried here: the If-Match makes a repeat fail with 412 rather than do harm, but the
    // user should see what happened instead of a silent second attempt.
    if (v == "POST")
        return !headerValue(extraHeaders(), "Idempotency-Key").isEmpty();
    return false;
}

QNetworkRequest ApiJob::buildRequest() const
{
    QNetworkRequest request(m_session ? m_session->urlFor(path(), query()) : QUrl());
    request.setRawHeader("Accept", accept());
    if (sendsBody(verb()))
        request.setRawHeader("Content-Type", contentType());
    if (requiresAuth() && m_session && m_session->hasToken())
        request.setRawHeader("Authorization", "Bearer " + m_session->token().toUtf8());
    request.setRawHeader("X-Request-Id", m_requestId);
    request.setRawHeader("User-Agent", UserAgent);
    for (const auto &[name, value] : extraHeaders())
        request.setRawHeader(name, value);
    // Answers depend on who asks and change under us: never serve them from a cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

QByteArray ApiJob::bodyBytes() const
{
    if (!sendsBody(verb()))
        return {};
    return QJsonDocument(body()).toJson(QJsonDocument::Compact);
}

QByteArray ApiJob::headerValue(const Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ApiJob::handleRawSuccess(int status, const Headers &, const QByteArray &, ApiError *error)
{
    *error = ApiError::decode(u"the job does not read raw answers"_qs, status);
    return false;
}

bool ApiJob::handleErrorAnswer(int, const Headers &, const QJsonDocument &)
{
    return false;
}

bool ApiJob::handleNotModified(const Headers &)
{
    return false;
}

bool ApiJob::requireObject(const QJsonDocument &body, ApiError *error, int status)
{
    if (body.isObject())
        return true;
    *error = ApiError::decode(u"expected a JSON object"_qs, status);
    return false;
}

bool ApiJob::start()
{
    if (m_running || m_attempt > 0) {
        qCWarning(lcApi) << metaObject()->className() << "started twice";
        return false;
    }
    QString why;
    if (!canStart(&why)) {
        qCInfo(lcApi) << metaObject()->className() << "refused:" << why;
        const ApiError error = ApiError::invalid(why, inputErrors());
        // Delivered from the event loop, like every other outcome, so callers can connect after
        // start() and never see a signal from inside it.
        QMetaObject::invokeMethod(
            this,
            [this, error] {
                Q_EMIT failed(error);
                deleteLater();
            },
            Qt::QueuedConnection);
        return false;
    }
    m_running = true;
    sendAttempt();
    return true;
}

void ApiJob::sendAttempt()
{
    if (m_aborted)
        return;
    QNetworkAccessManager *nam = m_session ? m_session->networkAccessManager() : nullptr;
    if (!nam) {
        finishWithError(ApiError::invalid(tr("The console is not connected to a server.")));
        return;
    }
    ++m_attempt;
    m_timedOut = false;
    m_sentWithToken = requiresAuth() && m_session->hasToken();
    const QNetworkRequest request = buildRequest();
    const QByteArray v = verb();
    QNetworkReply *reply = nullptr;
    if (v == "GET")
        reply = nam->get(request);
    else if (v == "POST")
        reply = nam->post(request, bodyBytes());
    else if (v == "PUT")
        reply = nam->put(request, bodyBytes());
    else if (v == "DELETE")
        reply = nam->deleteResource(request);
    else if (v == "HEAD")
        reply = nam->head(request);
    else
        reply = nam->sendCustomRequest(request, v, bodyBytes());
    qCDebug(lcApi).noquote() << m_requestId << v << request.url().toString() << "attempt" << m_attempt;
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_timeoutTimer.start(m_timeoutMs);
}

void ApiJob::onTimeout()
{
    if (!m_reply)
        return;
    qCInfo(lcApi).noquote() << m_requestId << "timed out after" << m_timeoutMs << "ms";
    m_timedOut = true;
    m_reply->abort(); // finishes the reply; onReplyFinished() sees m_timedOut
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply.data();
    if (!reply || sender() != reply)
        return;
    m_reply = nullptr;
    m_timeoutTimer.stop();
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);

    const QString server = m_session ? m_session->serverName() : QString();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiError error;
    if (m_timedOut) {
        error = ApiError::timeout(server);
    } else if (status == 0) {
        const auto networkError
            = reply->error() == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : reply->error();
        error = ApiError::fromNetwork(networkError, server);
    } else {
        const Headers headers = reply->rawHeaderPairs();
        const QByteArray body = reply->readAll();
        const QByteArray contentType = headerValue(headers, "Content-Type");
        const QByteArray requestId = headerValue(headers, "X-Request-Id");
        if (status >= 200 && status < 300 && !expectsJsonAnswer()) {
            m_running = false;
            if (handleRawSuccess(status, headers, body, &error)) {
                qCDebug(lcApi).noquote() << m_requestId << "->" << status;
                finish();
                return;
            }
            error.kind = ApiError::Kind::Decode;
            error.httpStatus = status;
            error.requestId = QString::fromLatin1(requestId);
        } else if (status >= 200 && status < 300) {
            QJsonDocument doc;
            if (!body.trimmed().isEmpty()) {
                QJsonParseError parseError;
                if (!ApiError::isJsonContentType(contentType)) {
                    error = ApiError::decode(
                        u"expected JSON, got "_qs % QString::fromLatin1(contentType), status);
                } else {
                    doc = QJsonDocument::fromJson(body, &parseError);
                    if (parseError.error != QJsonParseError::NoError)
                        error = ApiError::decode(u"invalid JSON: "_qs % parseError.errorString(), status);
                }
            }
            if (!error.isError()) {
                ApiError decodeError;
                m_running = false; // slots on finished() see a job that is done
                if (handleSuccess(status, headers, doc, &decodeError)) {
                    qCDebug(lcApi).noquote() << m_requestId << "->" << status;
                    finish();
                    return;
                }
                error = decodeError;
                error.kind = ApiError::Kind::Decode;
                error.httpStatus = status;
            }
            error.requestId = QString::fromLatin1(requestId);
        } else {
            if (status == 304) {
                m_running = false; // slots on the job's signal see a job that is done
                if (handleNotModified(headers)) {
                    qCDebug(lcApi).noquote() << m_requestId << "-> 304";
                    finish();
                    return;
                }
                m_running = true;
            }
            error = ApiError::fromHttp(
                status, contentType, body, requestId, headerValue(headers, "Retry-After"));
            if (ApiError::isJsonContentType(contentType)) {
                m_running = false;
                if (handleErrorAnswer(status, headers, QJsonDocument::fromJson(body))) {
                    qCDebug(lcApi).noquote() << m_requestId << "->" << status << "(a result)";
                    finish();
                    return;
                }
                m_running = true;
            }
        }
    }

    if (error.httpStatus == 401 && m_sentWithToken && m_session
        && (error.code.isEmpty() || error.code == QLatin1String(ErrorCode::SessionExpired)
            || error.code == QLatin1String(ErrorCode::Unauthenticated))) {
        if (replaysAfterSignIn() && !m_replayedAfterSignIn) {
            waitForSignIn(error); // before the report: its handler may sign in at once (demo)
            m_session->reportSessionExpired();
            return;
        }
        m_session->reportSessionExpired();
    }

    if (isIdempotent() && error.isRetryable() && m_attempt < m_maxAttempts) {
        const int delay = retryDelayMs(error);
        if (delay >= 0) {
            qCInfo(lcApi).noquote() << m_requestId << "attempt" << m_attempt << "failed ("
                                    << error.technicalDetails() << "), retrying in" << delay << "ms";
            Q_EMIT retrying(m_attempt + 1, delay, error);
            m_retryTimer.start(delay);
            return;
        }
    }
    finishWithError(error);
}

int ApiJob::retryDelayMs(const ApiError &error) const
{
    if (error.retryAfterSeconds >= 0) {
        const qint64 wanted = qint64(error.retryAfterSeconds) * 1000;
        return wanted > m_maxRetryDelayMs ? -1 : int(wanted);
    }
    const qint64 backoff = qint64(m_retryBaseDelayMs) << qMin(m_attempt - 1, 16);
    // Jitter spreads the retries of many clients that failed at the same moment.
    const qint64 jitter
        = m_retryBaseDelayMs > 0 ? QRandomGenerator::global()->bounded(m_retryBaseDelayMs / 2 + 1) : 0;
    return int(qMin<qint64>(backoff + jitter, m_maxRetryDelayMs));
}

void ApiJob::waitForSignIn(const ApiError &error)
{
    m_parkedError = error;
    qCInfo(lcApi).noquote() << m_requestId << verb() << path() << "waits for a new sign-in";
    // A new token: send again, once. No token (signed out) or the sign-in given up: fail.
    m_signInWait << connect(m_session, &ApiSession::tokenChanged, this, [this] {
        stopWaitingForSignIn();
        if (!m_session || !m_session->hasToken()) {
            finishWithError(m_parkedError);
            return;
        }
        m_replayedAfterSignIn = true;
        sendAttempt();
    });
    m_signInWait << connect(m_session, &ApiSession::signInAbandoned, this, [this] {
        stopWaitingForSignIn();
        finishWithError(m_parkedError);
    });
    Q_EMIT waitingForSignIn();
}

void ApiJob::stopWaitingForSignIn()
{
    for (const QMetaObject::Connection &c : std::as_const(m_signInWait))
        disconnect(c);
    m_signInWait.clear();
}

void ApiJob::abort()
{
    if (!m_running)
        return;
    stopWaitingForSignIn();
    m_aborted = true;
    m_retryTimer.stop();
    m_timeoutTimer.stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply.data();
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
    finishWithError(ApiError::cancelled());
}

void ApiJob::finishWithError(const ApiError &error)
{
    ApiError e = error;
    if (e.requestId.isEmpty())
        e.requestId = QString::fromLatin1(m_requestId);
    if (e.kind != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << m_requestId << verb() << path() << "failed:" << e.technicalDetails();
    m_running = false;
    if ((e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout) && m_session)
        Q_EMIT m_session->serverUnreachable();
    Q_EMIT failed(e);
    deleteLater();
}

void ApiJob::finish()
{
    m_running = false;
    deleteLater();
}

} // namespace Kepler
