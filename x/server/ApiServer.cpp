#include "ApiServer.h"

#include "Logging.h"
#include "Problem.h"
#include "RequestExecutor.h"
#include "SessionToken.h"

#include "domain/ErrorCode.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <algorithm>

namespace Kepler::Server {

// The responder must be used on the server thread and only while its socket lives; the QPointer
// tells us when the client has gone away in the meantime.
struct PendingResponse
{
    PendingResponse(QHttpServerResponder &&r, QTcpSocket *s)
        : responder(std::move(r))
        , socket(s)
    {
    }

    QHttpServerResponder responder;
    QPointer<QTcpSocket> socket;
    quint64 sequence = 0;
    QByteArray requestId;
    QByteArray method;
    QString path;
    QElapsedTimer clock;
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool isJsonContentType(const QByteArray &value)
{
    const QByteArray type = value.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || (type.startsWith("application/") && type.endsWith("+json"));
}

// JSON unless the route names the media types it takes.
bool acceptsContentType(const Route *route, const QByteArray &value)
{
    if (!route || route->bodyTypes.isEmpty())
        return isJsonContentType(value);
    return route->bodyTypes.contains(value.split(';').constFirst().trimmed().toLower());
}

QString mebibytes(qsizetype bytes)
{
    return QString::number(bytes / (1024 * 1024));
}

// The JSON path of the first key or string holding U+0000, if any. Only bodies that hold the escape
// at all are parsed (raw NUL bytes are not valid JSON and fail the route's own parse).
std::optional<QString> pathWithNul(const QJsonValue &value, const QString &path)
{
    const QChar nul(u'\0');
    if (value.isString())
        return value.toString().contains(nul) ? std::optional<QString>(path) : std::nullopt;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (auto found = pathWithNul(array.at(i), u"%1[%2]"_qs.arg(path).arg(i)))
                return found;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (it.key().contains(nul))
                return key;
            if (auto found = pathWithNul(it.value(), key))
                return found;
        }
    }
    return std::nullopt;
}

std::optional<QString> jsonFieldWithNul(const QByteArray &body)
{
    if (!body.contains("\\u0000"))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? pathWithNul(doc.object(), {})
        : doc.isArray()   ? pathWithNul(doc.array(), u"body"_qs)
                          : std::nullopt;
}

} // namespace

ApiServer::ApiServer(const Router *router, Services *services, int workerThreads, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_router(router)
    , m_services(services)
{
    m_workers.setMaxThreadCount(workerThreads);
    m_workers.setExpiryTimeout(-1); // threads keep their database connection for the process's life
    m_workers.setObjectName(u"kepler-workers"_qs);
    m_clock.start();
    connect(&m_sweep, &QTimer::timeout, this, &ApiServer::closeStalledConnections);
    setClientTimeoutMs(DefaultClientTimeoutMs);
}

void ApiServer::setClientTimeoutMs(qint64 ms)
{
    m_clientTimeoutMs = ms;
    if (ms <= 0) {
        m_sweep.stop();
        return;
    }
    m_sweep.start(int(std::clamp<qint64>(ms / 4, 50, 1000)));
}

void ApiServer::markProgress(QTcpSocket *socket)
{
    if (!m_progress.contains(socket))
        connect(socket, &QObject::destroyed, this, [this, socket] { m_progress.remove(socket); });
    m_progress.insert(socket, m_clock.elapsed());
}

// Qt makes each accepted socket a child of its QTcpServer; a new one is first seen here (at most
// one sweep after it opened, so the timeout is never shorter than configured).
void ApiServer::closeStalledConnections()
{
    const qint64 now = m_clock.elapsed();
    for (QTcpServer *server : servers()) {
        const auto sockets = server->findChildren<QTcpSocket *>(Qt::FindDirectChildrenOnly);
        for (QTcpSocket *socket : sockets) {
            const auto it = m_progress.constFind(socket);
            if (it == m_progress.constEnd()) {
                markProgress(socket);
                continue;
            }
            if (now - *it < m_clientTimeoutMs || m_sequencer.busy(socket)
                || socket->state() != QAbstractSocket::ConnectedState)
                continue;
            qCDebug(lcServer) << "closing a connection idle or incomplete for" << now - *it << "ms";
            socket->abort();
        }
    }
}

ApiServer::~ApiServer()
{
    shutdown();
}

void ApiServer::shutdown()
{
    m_sweep.stop();
    for (QTcpServer *server : servers())
        server->close();
    m_workers.waitForDone();
}

HttpRequest ApiServer::copyRequest(const QHttpServerRequest &request) const
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    // Every line of the forwarding headers, in order (r.headers keeps one value per name).
    QList<QByteArray> xForwardedFor, forwarded;
    for (const auto &[name, value] : request.headers()) {
        const QByteArray lower = name.toLower();
        if (lower == "x-forwarded-for")
            xForwardedFor << value;
        else if (lower == "forwarded")
            forwarded << value;
        r.headers.insert(lower, value);
    }
    r.body = request.body();
    r.requestId = requestIdFor(r);
    r.remoteAddress
        = ClientAddress::resolve(request.remoteAddress(), xForwardedFor, forwarded, m_trustedProxies);
    return r;
}

QByteArray ApiServer::requestIdFor(const HttpRequest &request)
{
    static const QRegularExpression sane(u"^[A-Za-z0-9._-]{1,64}$"_qs);
    const QByteArray given = request.header("x-request-id");
    if (!given.isEmpty() && sane.match(QString::fromLatin1(given)).hasMatch())
        return given;
    return SessionToken::randomId(12);
}

std::optional<HttpResponse> ApiServer::refuseEarly(
    const HttpRequest &request, const Router::Match &match) const
{
    const QByteArray &id = request.requestId;
    // Qt HTTP Server 6.4 passes on a request with a header of megabytes and then misreads the next
    // request on that connection (measured: tst_security_injection); refuse it and close.
    qsizetype headerBytes = 0;
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        headerBytes += it.key().size() + it.value().size() + 4;
    if (headerBytes > MaxHeaderBytes)
        return Problem(431, ErrorCode::HeadersTooLarge,
            u"The request headers may hold at most %1 KiB"_qs.arg(MaxHeaderBytes / 1024))
            .header("Connection", "close")
            .response(id);
    // Every HTTP/1.1 client sends Host (RFC 9112 §3.2). Without it the request is not what the client
    // sent: Qt 6.4 hands on a request whose header block of megabytes it dropped whole — Authorization
    // included — and misreads what follows on that connection.
    if (request.header("host").isEmpty())
        return Problem(400, ErrorCode::InvalidRequest, u"The request has no Host header"_qs)
            .header("Connection", "close")
            .response(id);
    // Qt 6.4 has already buffered the body; refusing here still spares parsing and the database.
    const qsizetype cap
        = match.route && match.route->maxBodyBytes > 0 ? match.route->maxBodyBytes : MaxBodyBytes;
    if (request.body.size() > cap)
        return Problem(
            413, ErrorCode::PayloadTooLarge, u"The body may hold at most %1 MiB"_qs.arg(mebibytes(cap)))
            .response(id);
    if (!match.route && !match.allowedMethods.isEmpty())
        return Problem(405, ErrorCode::MethodNotAllowed,
            u"%1 is not allowed here"_qs.arg(QString::fromLatin1(request.method)))
            .header("Allow", match.allowedMethods.join(", "))
            .response(id);
    if (!match.route)
        return Problem(404, ErrorCode::RouteNotFound, u"No route for %1"_qs.arg(request.path)).response(id);
    if (!request.body.isEmpty() && !acceptsContentType(match.route, request.header("content-type")))
        return Problem(415, ErrorCode::UnsupportedMediaType,
            u"Send the body as %1"_qs.arg(match.route->bodyTypes.isEmpty()
                    ? u"application/json"_qs
                    : QString::fromLatin1(match.route->bodyTypes.join(" or "))))
            .response(id);
    // PostgreSQL's text cannot hold U+0000 (SQLite's can): a NUL in the request target or in a JSON
    // body's text is refused here, the same on both stores, instead of failing in the database (500;
    // found by tst_security_injection_pg).
    if (QUrl::fromPercentEncoding(request.path.toUtf8()).contains(QChar(u'\0'))
        || request.query.toString(QUrl::FullyDecoded).contains(QChar(u'\0')))
        return Problem(400, ErrorCode::InvalidRequest, u"The request target must not hold a NUL character"_qs)
            .response(id);
    if (const auto field = jsonFieldWithNul(request.body))
        return Problem::validation({{*field, u"invalid_value"_qs, u"must not contain a NUL character"_qs}})
            .response(id);
    return std::nullopt;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpRequest copy = copyRequest(request);
    auto pending = std::make_shared<PendingResponse>(makeResponder(request, socket), socket);
    pending->requestId = copy.requestId;
    pending->method = copy.method;
    pending->path = copy.path;
    pending->clock.start();
    if (!m_sequencer.knows(socket))
        connect(socket, &QObject::destroyed, this, [this, socket] { m_sequencer.forget(socket); });
    pending->sequence = m_sequencer.assign(socket);
    markProgress(socket);

    Router::Match match = m_router->match(copy.method, copy.path);
    if (const auto refusal = refuseEarly(copy, match)) {
        complete(pending, *refusal);
        return true;
    }
    if (match.route->runOnLoop && match.route->runOnLoop(copy)) {
        complete(pending, RequestExecutor::execute(*m_services, *match.route, match.params, copy));
        return true;
    }
    runOnWorker(std::move(pending), std::move(copy), std::move(match));
    return true;
}

void ApiServer::runOnWorker(
    std::shared_ptr<PendingResponse> pending, HttpRequest request, Router::Match match)
{
    m_workers.start([this, pending = std::move(pending), request = std::move(request),
                        match = std::move(match)]() mutable {
        HttpResponse response = RequestExecutor::execute(*m_services, *match.route, match.params, request);
        // Move the responder along so its last reference drops on the server thread.
        QMetaObject::invokeMethod(
            this,
            [this, pending = std::move(pending), response = std::move(response)]() mutable {
                complete(pending, std::move(response));
            },
            Qt::QueuedConnection);
    });
}

void ApiServer::complete(const std::shared_ptr<PendingResponse> &pending, HttpResponse response)
{
    if (!pending->socket) {
        qCDebug(lcServer) << "client left before request" << pending->requestId << "was answered";
        return;
    }
    m_sequencer.complete(pending->socket, pending->sequence,
        [pending, response = std::move(response)] { write(*pending, response); });
    if (pending->socket)
        markProgress(pending->socket); // the next request's time starts after this answer
}

void ApiServer::write(PendingResponse &pending, const HttpResponse &response)
{
    if (!pending.socket)
        return;
    QHttpServerResponder &out = pending.responder;
    out.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    for (const auto &[name, value] : response.headers)
        out.writeHeader(name, value);
    out.writeHeader("X-Request-Id", pending.requestId);
    out.writeHeader("Cache-Control", "no-store");
    // OWASP REST headers on every answer, errors included: no MIME sniffing of JSON or CSV, and
    // nothing of the API may be framed or run as a page if a browser is pointed at it.
    out.writeHeader("X-Content-Type-Options", "nosniff");
    out.writeHeader("X-Frame-Options", "DENY");
    out.writeHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    if (response.status != 204)
        out.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    out.writeBody(response.body);
    if (response.header("Connection") == "close")
        pending.socket->disconnectFromHost(); // the connection's state cannot be trusted any more
    qCDebug(lcServer).noquote() << pending.method << pending.path << response.status
                                << QString::number(double(pending.clock.nsecsElapsed()) / 1e6, 'f', 2)
            + u" ms"_qs << pending.requestId;
}

void ApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // handleRequest() answers everything; this only runs if Qt calls it anyway.
    const HttpRequest copy = copyRequest(request);
    PendingResponse pending(makeResponder(request, socket), socket);
    pending.requestId = copy.requestId;
    write(pending, Problem(404, ErrorCode::RouteNotFound).response(copy.requestId));
}

} // namespace Kepler::Server
